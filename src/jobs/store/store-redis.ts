import type { Redis, Result } from 'ioredis';
import type { JobRecord, JobStatus } from '../domain/job.ts';
import { decodeJobRecord, encodeJobRecord } from './record-codec.ts';
import type { JobStore } from './store.ts';

export interface RedisJobStoreOptions {
  /** The connection; it stays the caller's to close unless `ownsConnection` is set. */
  redis: Redis;
  /** Prepended to every key, to separate deployments (and tests) sharing one Redis. @default 'h3dgw:' */
  keyPrefix?: string;
  /** `close()` quits `redis` too. @default false */
  ownsConnection?: boolean;
}

type Reply = (string | null)[];

declare module 'ioredis' {
  interface RedisCommander<Context> {
    h3dgwJobInsert(...args: string[]): Result<Reply, Context>;
    h3dgwJobWrite(...args: string[]): Result<Reply, Context>;
    h3dgwJobGetVia(prefix: string, hash: string, field: string): Result<string | null, Context>;
    h3dgwJobList(prefix: string, ...statuses: string[]): Result<string[], Context>;
    h3dgwJobPage(prefix: string, key: string, max: string, limit: string): Result<string[], Context>;
  }
}

/*
 * Key layout (P = keyPrefix). Scripts build key names from P, so the store needs one Redis node,
 * not a Cluster.
 *   P seq                        counter for seq
 *   P job:<id>                   hash: json (the record, record-codec), rev (bumped on every write,
 *                                for compare-and-set), and what the indexes were built from: seq,
 *                                status, owner, external, idem, upstream
 *   P idem                       hash owner \0 idempotencyKey → id
 *   P upstream                   hash upstreamJobId → id
 *   P status:<S>                 zset id by seq, every job in status S (listByStatus)
 *   P page / page:s:<S> / page:o:<owner> / page:os:<S>:<owner>
 *                                zsets id by seq of non-external jobs, one per page filter, so any
 *                                page is one ZREVRANGEBYSCORE ... LIMIT (statuses contain no ':').
 * The record text is JSON written by JavaScript and never re-encoded in Lua: Redis's cjson turns
 * `[]` into `{}` and rounds numbers to 14 digits. Lua only splices `seq`, which the encoder puts
 * first as the placeholder `{"seq":0,`.
 */
const LUA_INDEX = `
local function pageKeys(p, status, owner)
  return { p .. 'page', p .. 'page:s:' .. status, p .. 'page:o:' .. owner, p .. 'page:os:' .. status .. ':' .. owner }
end
local function index(p, id, seq, status, owner, external)
  redis.call('ZADD', p .. 'status:' .. status, seq, id)
  if external ~= '1' then
    for _, key in ipairs(pageKeys(p, status, owner)) do redis.call('ZADD', key, seq, id) end
  end
end
local function unindex(p, id, status, owner, external)
  redis.call('ZREM', p .. 'status:' .. status, id)
  if external ~= '1' then
    for _, key in ipairs(pageKeys(p, status, owner)) do redis.call('ZREM', key, id) end
  end
end
local function withSeq(json, seq)
  if string.sub(json, 1, 9) ~= '{"seq":0,' then
    error('job record must start with the seq placeholder {"seq":0,')
  end
  return '{"seq":' .. seq .. string.sub(json, 9)
end
`;

/** ARGV: prefix, id, json, status, owner, external, hasIdem, idemSlot, hasUpstream, upstreamJobId */
const LUA_INSERT = `${LUA_INDEX}
local p, id = ARGV[1], ARGV[2]
local status, owner, external = ARGV[4], ARGV[5], ARGV[6]
local idem = ARGV[7] == '1' and ARGV[8] or false
local upstream = ARGV[9] == '1' and ARGV[10] or false
for _, slot in ipairs({ { p .. 'idem', idem }, { p .. 'upstream', upstream } }) do
  if slot[2] then
    local holder = redis.call('HGET', slot[1], slot[2])
    if holder then
      local json = redis.call('HGET', p .. 'job:' .. holder, 'json')
      if json then return { 'existing', json } end
    end
  end
end
local jobKey = p .. 'job:' .. id
if redis.call('EXISTS', jobKey) == 1 then return { 'duplicate' } end
local seq = redis.call('INCR', p .. 'seq')
local json = withSeq(ARGV[3], seq)
redis.call('HSET', jobKey, 'json', json, 'rev', 1, 'seq', seq, 'status', status, 'owner', owner,
  'external', external)
if idem then
  redis.call('HSET', jobKey, 'idem', idem)
  redis.call('HSET', p .. 'idem', idem, id)
end
if upstream then
  redis.call('HSET', jobKey, 'upstream', upstream)
  redis.call('HSET', p .. 'upstream', upstream, id)
end
index(p, id, seq, status, owner, external)
return { 'created', json }
`;

/**
 * Replaces a record and moves it between indexes. ARGV as insert, then expectedRev: when not '',
 * writes only if the record is still at that rev (compare-and-set for claim and cancel).
 */
const LUA_WRITE = `${LUA_INDEX}
local p, id = ARGV[1], ARGV[2]
local status, owner, external = ARGV[4], ARGV[5], ARGV[6]
local idem = ARGV[7] == '1' and ARGV[8] or false
local upstream = ARGV[9] == '1' and ARGV[10] or false
local jobKey = p .. 'job:' .. id
local cur = redis.call('HMGET', jobKey, 'rev', 'seq', 'status', 'owner', 'external', 'idem', 'upstream')
local rev, seq = cur[1], cur[2]
if not rev then return { 'missing' } end
if ARGV[11] ~= '' and ARGV[11] ~= rev then return { 'conflict' } end
if idem then
  local holder = redis.call('HGET', p .. 'idem', idem)
  if holder and holder ~= id then return { 'idem-taken', holder } end
end
if upstream then
  local holder = redis.call('HGET', p .. 'upstream', upstream)
  if holder and holder ~= id then return { 'upstream-taken', holder } end
end
unindex(p, id, cur[3], cur[4], cur[5])
if cur[6] then redis.call('HDEL', p .. 'idem', cur[6]) end
if cur[7] then redis.call('HDEL', p .. 'upstream', cur[7]) end
redis.call('HDEL', jobKey, 'idem', 'upstream')
local json = withSeq(ARGV[3], seq)
redis.call('HSET', jobKey, 'json', json, 'rev', tonumber(rev) + 1, 'status', status, 'owner', owner,
  'external', external)
if idem then
  redis.call('HSET', jobKey, 'idem', idem)
  redis.call('HSET', p .. 'idem', idem, id)
end
if upstream then
  redis.call('HSET', jobKey, 'upstream', upstream)
  redis.call('HSET', p .. 'upstream', upstream, id)
end
index(p, id, seq, status, owner, external)
return { 'written', json }
`;

/** One round trip for lookups through a hash: ARGV prefix, hash name, field. */
const LUA_GET_VIA = `
local id = redis.call('HGET', ARGV[1] .. ARGV[2], ARGV[3])
if not id then return false end
return redis.call('HGET', ARGV[1] .. 'job:' .. id, 'json')
`;

/** ARGV: prefix, statuses... → records oldest first. A job is in exactly one status set. */
const LUA_LIST = `
local keys = {}
for i = 2, #ARGV do keys[#keys + 1] = ARGV[1] .. 'status:' .. ARGV[i] end
local ids = redis.call('ZUNION', #keys, unpack(keys))
local out = {}
for i, id in ipairs(ids) do out[i] = redis.call('HGET', ARGV[1] .. 'job:' .. id, 'json') end
return out
`;

/** ARGV: prefix, page key, max score ('(seq' or '+inf'), limit → records newest first. */
const LUA_PAGE = `
local ids = redis.call('ZREVRANGEBYSCORE', ARGV[2], ARGV[3], '-inf', 'LIMIT', 0, tonumber(ARGV[4]))
local out = {}
for i, id in ipairs(ids) do out[i] = redis.call('HGET', ARGV[1] .. 'job:' .. id, 'json') end
return out
`;

/** Claim and cancel retry when another write lands between their read and their write. */
const MAX_CAS_ATTEMPTS = 50;

function checkPageLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`page limit must be a non-negative integer, got ${limit}`);
  }
}

/** `\u0000` cannot appear in an API key name, so owner + key never collide across owners. */
function idempotencySlot(owner: string, key: string): string {
  return `${owner}\u0000${key}`;
}

const claimable = (job: JobRecord): boolean => job.status === 'QUEUED' && job.submitAttemptAt === undefined;

/**
 * Arguments shared by the insert and write scripts. The record is encoded with `seq: 0` as its
 * first key; the script puts the store's seq there.
 */
function recordArgs(prefix: string, job: Omit<JobRecord, 'seq'>): string[] {
  const { seq: _ignored, ...rest } = job as JobRecord;
  const json = encodeJobRecord({ seq: 0, ...rest });
  const idem = job.idempotencyKey === undefined ? '' : idempotencySlot(job.owner, job.idempotencyKey);
  return [
    prefix,
    job.id,
    json,
    job.status,
    job.owner,
    job.external ? '1' : '0',
    job.idempotencyKey === undefined ? '0' : '1',
    idem,
    job.upstreamJobId === undefined ? '0' : '1',
    job.upstreamJobId ?? '',
  ];
}

function decodeAll(texts: (string | null)[]): JobRecord[] {
  // Every indexed id has a record (nothing is deleted); a null would mean a broken index.
  return texts.filter((text): text is string => typeof text === 'string').map(decodeJobRecord);
}

/** Jobs in Redis, shared by gateway replicas. Every write is one Lua script, so indexes never drift. */
export function createRedisJobStore(opts: RedisJobStoreOptions): JobStore {
  const { redis } = opts;
  const prefix = opts.keyPrefix ?? 'h3dgw:';
  // Defining again on a shared connection (several stores) replaces an identical script.
  redis.defineCommand('h3dgwJobInsert', { numberOfKeys: 0, lua: LUA_INSERT });
  redis.defineCommand('h3dgwJobWrite', { numberOfKeys: 0, lua: LUA_WRITE });
  redis.defineCommand('h3dgwJobGetVia', { numberOfKeys: 0, lua: LUA_GET_VIA });
  redis.defineCommand('h3dgwJobList', { numberOfKeys: 0, lua: LUA_LIST });
  redis.defineCommand('h3dgwJobPage', { numberOfKeys: 0, lua: LUA_PAGE });
  let closed = false;

  const jobKey = (id: string): string => `${prefix}job:${id}`;

  /** Writes `job` over the stored record; with `expectedRev`, only if nobody wrote since. */
  async function write(job: JobRecord, expectedRev: string): Promise<JobRecord | 'conflict'> {
    const [outcome, detail] = await redis.h3dgwJobWrite(...recordArgs(prefix, job), expectedRev);
    switch (outcome) {
      case 'written':
        return decodeJobRecord(detail!);
      case 'conflict':
        return 'conflict';
      case 'missing':
        throw new Error(`update: no job ${job.id}; insert it first`);
      case 'idem-taken':
        throw new Error(`update: idempotency key of job ${job.id} is already used by job ${detail}`);
      case 'upstream-taken':
        throw new Error(
          `update: upstreamJobId ${job.upstreamJobId} of job ${job.id} is already recorded by job ${detail}`,
        );
      default:
        throw new Error(`redis job store: unexpected write reply ${String(outcome)}`);
    }
  }

  /**
   * Read, decide, compare-and-set: `change` returns the next record, or undefined to leave the job
   * as it is. Retries when another write landed in between, so the decision is always made on the
   * record it replaces. Resolves undefined for an unknown id.
   */
  async function transition(
    id: string,
    change: (job: JobRecord) => JobRecord | undefined,
  ): Promise<{ job: JobRecord; changed: boolean } | undefined> {
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const [json, rev] = await redis.hmget(jobKey(id), 'json', 'rev');
      if (json == null || rev == null) return undefined;
      const current = decodeJobRecord(json);
      const next = change(current);
      if (!next) return { job: current, changed: false };
      const written = await write(next, rev);
      if (written !== 'conflict') return { job: written, changed: true };
    }
    throw new Error(
      `redis job store: job ${id} changed under ${MAX_CAS_ATTEMPTS} attempts in a row to claim or cancel it; ` +
        'another writer is updating it in a loop',
    );
  }

  return {
    async insert(job) {
      const [outcome, json] = await redis.h3dgwJobInsert(...recordArgs(prefix, job));
      if (outcome === 'duplicate') {
        throw new Error(`insert: job ${job.id} already exists; use update to change it`);
      }
      if ((outcome !== 'created' && outcome !== 'existing') || typeof json !== 'string') {
        throw new Error(`redis job store: unexpected insert reply ${String(outcome)}`);
      }
      return { job: decodeJobRecord(json), created: outcome === 'created' };
    },

    async claimForSubmit(id, at) {
      const result = await transition(id, (job) =>
        claimable(job) ? { ...job, submitAttemptAt: at } : undefined,
      );
      return result?.changed ? result.job : undefined;
    },

    async cancelIfQueued(id, at) {
      const result = await transition(id, (job) =>
        claimable(job)
          ? { ...job, status: 'CANCELED', finishedAt: at, updatedAt: at, version: job.version + 1 }
          : undefined,
      );
      return result && { job: result.job, canceled: result.changed };
    },

    async update(job) {
      // Unconditional, like the other stores: the last update wins. seq stays the store's.
      await write(job, '');
    },

    async get(id) {
      const json = await redis.hget(jobKey(id), 'json');
      return json == null ? undefined : decodeJobRecord(json);
    },

    async getByUpstreamId(upstreamJobId) {
      const json = await redis.h3dgwJobGetVia(prefix, 'upstream', upstreamJobId);
      return json == null ? undefined : decodeJobRecord(json);
    },

    async getByIdempotencyKey(owner, key) {
      const json = await redis.h3dgwJobGetVia(prefix, 'idem', idempotencySlot(owner, key));
      return json == null ? undefined : decodeJobRecord(json);
    },

    async listByStatus(statuses: readonly JobStatus[]) {
      if (statuses.length === 0) return [];
      return decodeAll(await redis.h3dgwJobList(prefix, ...new Set(statuses)));
    },

    async page({ limit, beforeSeq, owner, status }) {
      checkPageLimit(limit);
      if (limit === 0) return [];
      let key = `${prefix}page`;
      if (owner !== undefined && status !== undefined) key = `${prefix}page:os:${status}:${owner}`;
      else if (owner !== undefined) key = `${prefix}page:o:${owner}`;
      else if (status !== undefined) key = `${prefix}page:s:${status}`;
      const max = beforeSeq === undefined ? '+inf' : `(${beforeSeq}`;
      return decodeAll(await redis.h3dgwJobPage(prefix, key, max, String(limit)));
    },

    async ping() {
      await redis.ping();
    },

    async close() {
      if (closed) return;
      closed = true;
      if (opts.ownsConnection && redis.status !== 'end') await redis.quit();
    },
  };
}
