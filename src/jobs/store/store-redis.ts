import type { Redis, Result } from 'ioredis';
import type { JobKindName } from '../../tencent/job-kinds.ts';
import { TooManyQueuedJobsError } from '../domain/errors.ts';
import {
  finishedTime,
  holdsInputBlobs,
  type InputBlobs,
  type JobRecord,
  type JobStatus,
  TERMINAL_STATUSES,
} from '../domain/job.ts';
import { checkPageLimit, claimable, idempotencySlot, type JobChange } from '../domain/transitions.ts';
import { decodeJobRecord, encodeJobRecord } from './record-codec.ts';
import { checkBatch, type JobStore, type NewJobRecord, type QueueState } from './store.ts';
import { FencedError } from './store-errors.ts';

export interface RedisJobStoreOptions {
  /** The connection; it stays the caller's to close unless `ownsConnection` is set. */
  redis: Redis;
  /** Prepended to every key, to separate deployments (and tests) sharing one Redis. @default 'h3dgw:' */
  keyPrefix?: string;
  /** `close()` quits `redis` too. @default false */
  ownsConnection?: boolean;
  /**
   * The full key (keyPrefix not applied) of the leader lease, whose value is the holder's term
   * token. A write with a `fence` happens only while this key holds that fence, checked in the
   * write's own script; otherwise it throws FencedError. Without it, fences are not checked.
   */
  leaseKey?: string | undefined;
}

type Reply = (string | null)[];

declare module 'ioredis' {
  interface RedisCommander<Context> {
    h3dgwJobInsert(...args: string[]): Result<Reply, Context>;
    h3dgwJobInsertBatch(...args: string[]): Result<Reply, Context>;
    h3dgwJobWrite(...args: string[]): Result<Reply, Context>;
    h3dgwJobGetVia(prefix: string, hash: string, field: string): Result<string | null, Context>;
    h3dgwJobList(prefix: string, ...statuses: string[]): Result<string[], Context>;
    h3dgwJobPage(prefix: string, key: string, max: string, limit: string): Result<string[], Context>;
    h3dgwQueueStateSet(...args: string[]): Result<string, Context>;
    h3dgwJobDeleteFinished(prefix: string, before: string, limit: string): Result<string[], Context>;
    h3dgwJobIndexFinished(
      prefix: string,
      status: string,
      after: string,
      limit: string,
    ): Result<Reply, Context>;
    h3dgwJobDeleteOrphanBlobs(prefix: string, ...blobKeys: string[]): Result<number, Context>;
    h3dgwJobAppendHistory(
      prefix: string,
      id: string,
      version: string,
      json: string,
      keep: string,
    ): Result<number, Context>;
    h3dgwJobFinishedSince(prefix: string, since: string, limit: string): Result<(string | null)[], Context>;
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
 *                                page:os:QUEUED:<owner> is also the owner's queued count (queued
 *                                jobs are never external).
 *   P round:owner:<kind>         hash owner → round of the owner's last QUEUED insert
 *   P round:served:<kind>        the highest round a claim has taken
 *   P queue-state                hash kind → QueueState JSON
 *   P blob:<id>                  hash part → base64 text: the job's input blobs until it is DONE
 *   P finished                   zset id by finishedTime, every finished job (retention)
 *   P finished:indexed           set once every finished job written before `finished` existed is in it
 *   P history:<id>               zset of the job's last versions (appendHistory): member the record
 *                                text at that version, score the version; deleted with the job
 * The record text is JSON written by JavaScript and never re-encoded in Lua: Redis's cjson turns
 * `[]` into `{}` and rounds numbers to 14 digits. Lua only splices `seq`, which the encoder puts
 * first as the placeholder `{"seq":0,`, and on a QUEUED insert `queueRound`, the second key, as
 * `{"seq":0,"queueRound":0,`.
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
-- The idempotency-key and JobId lookups of a record, kept in its hash and in the shared lookup hashes.
local function lookups(p, jobKey, id, idem, upstream)
  if idem then
    redis.call('HSET', jobKey, 'idem', idem)
    redis.call('HSET', p .. 'idem', idem, id)
  end
  if upstream then
    redis.call('HSET', jobKey, 'upstream', upstream)
    redis.call('HSET', p .. 'upstream', upstream, id)
  end
end
local function unindex(p, id, status, owner, external)
  redis.call('ZREM', p .. 'status:' .. status, id)
  if external ~= '1' then
    for _, key in ipairs(pageKeys(p, status, owner)) do redis.call('ZREM', key, id) end
  end
end
local function withSeq(json, seq, round)
  local head = '{"seq":0,'
  if round then head = '{"seq":0,"queueRound":0,' end
  if string.sub(json, 1, #head) ~= head then
    error('job record must start with the placeholder ' .. head)
  end
  local spliced = '{"seq":' .. seq .. ','
  if round then spliced = spliced .. '"queueRound":' .. round .. ',' end
  return spliced .. string.sub(json, #head + 1)
end
-- A fenced write (fence given and a lease key configured) only while the lease holds the fence.
local function fenced(leaseKey, fence)
  return leaseKey ~= '' and redis.call('GET', leaseKey) ~= fence
end
-- A finished job is in the retention index by its finish time ('' = not finished).
local function finishing(p, id, score)
  if score ~= '' then redis.call('ZADD', p .. 'finished', score, id) else redis.call('ZREM', p .. 'finished', id) end
end
`;

/**
 * ARGV: prefix, id, json, status, owner, external, hasIdem, idemSlot, hasUpstream, upstreamJobId,
 * kind, then maxQueuedPerOwner ('' for no limit), finishedTime ('' while not finished), then the
 * input blobs as part, data pairs (written with the record, only when it is created).
 */
/**
 * Insert scripts: the stored record (JSON) that already holds this idempotency key or upstream
 * JobId (either may be false), if any: the insert answers with it instead of writing.
 */
const LUA_EXISTING = `
local function existingHolder(p, idem, upstream)
  for _, slot in ipairs({ { p .. 'idem', idem }, { p .. 'upstream', upstream } }) do
    if slot[2] then
      local holder = redis.call('HGET', slot[1], slot[2])
      if holder then
        local json = redis.call('HGET', p .. 'job:' .. holder, 'json')
        if json then return json end
      end
    end
  end
  return false
end
`;

const LUA_INSERT = `${LUA_INDEX}${LUA_EXISTING}
local p, id = ARGV[1], ARGV[2]
local status, owner, external, kind = ARGV[4], ARGV[5], ARGV[6], ARGV[11]
local idem = ARGV[7] == '1' and ARGV[8] or false
local upstream = ARGV[9] == '1' and ARGV[10] or false
local existing = existingHolder(p, idem, upstream)
if existing then return { 'existing', existing } end
local jobKey = p .. 'job:' .. id
if redis.call('EXISTS', jobKey) == 1 then return { 'duplicate' } end
local round = false
if status == 'QUEUED' then
  if ARGV[12] ~= '' and redis.call('ZCARD', p .. 'page:os:QUEUED:' .. owner) >= tonumber(ARGV[12]) then
    return { 'too-many' }
  end
  -- nextQueueRound (domain/transitions.ts): max(ownerLast, served) + 1
  local ownerLast = tonumber(redis.call('HGET', p .. 'round:owner:' .. kind, owner) or '0')
  local served = tonumber(redis.call('GET', p .. 'round:served:' .. kind) or '0')
  round = math.max(ownerLast, served) + 1
  redis.call('HSET', p .. 'round:owner:' .. kind, owner, round)
end
local seq = redis.call('INCR', p .. 'seq')
local json = withSeq(ARGV[3], seq, round)
redis.call('HSET', jobKey, 'json', json, 'rev', 1, 'seq', seq, 'status', status, 'owner', owner,
  'external', external)
lookups(p, jobKey, id, idem, upstream)
index(p, id, seq, status, owner, external)
if ARGV[13] ~= '' then finishing(p, id, ARGV[13]) end
if #ARGV >= 15 then
  local blobs = {}
  for i = 14, #ARGV do blobs[#blobs + 1] = ARGV[i] end
  redis.call('HSET', p .. 'blob:' .. id, unpack(blobs))
end
return { 'created', json }
`;

/**
 * Several new records in one script, all or none. ARGV: prefix, maxQueuedPerOwner ('' for no
 * limit), then per job: id, json, status, owner, external, hasIdem, idemSlot, hasUpstream,
 * upstreamJobId, kind (recordArgs without the prefix), finishedTime ('' while not finished), the
 * number of blob parts, and those parts as part, data pairs. Every check comes before any write.
 */
const LUA_INSERT_BATCH = `${LUA_INDEX}${LUA_EXISTING}
local p, limit = ARGV[1], ARGV[2]
local jobs = {}
local i = 3
while i <= #ARGV do
  local job = { id = ARGV[i], json = ARGV[i + 1], status = ARGV[i + 2], owner = ARGV[i + 3],
    external = ARGV[i + 4], idem = ARGV[i + 5] == '1' and ARGV[i + 6] or false,
    upstream = ARGV[i + 7] == '1' and ARGV[i + 8] or false, kind = ARGV[i + 9], finished = ARGV[i + 10],
    blobs = {} }
  local parts = tonumber(ARGV[i + 11])
  for b = 1, parts * 2 do job.blobs[b] = ARGV[i + 11 + b] end
  i = i + 12 + parts * 2
  jobs[#jobs + 1] = job
end
local queued = {}
for _, job in ipairs(jobs) do
  local existing = existingHolder(p, job.idem, job.upstream)
  if existing then return { 'existing', existing } end
  if redis.call('EXISTS', p .. 'job:' .. job.id) == 1 then return { 'duplicate', job.id } end
  if job.status == 'QUEUED' then queued[job.owner] = (queued[job.owner] or 0) + 1 end
end
if limit ~= '' then
  for owner, count in pairs(queued) do
    if redis.call('ZCARD', p .. 'page:os:QUEUED:' .. owner) + count > tonumber(limit) then
      return { 'too-many', owner }
    end
  end
end
local out = { 'created' }
for _, job in ipairs(jobs) do
  local round = false
  if job.status == 'QUEUED' then
    -- nextQueueRound (domain/transitions.ts): max(ownerLast, served) + 1
    local ownerLast = tonumber(redis.call('HGET', p .. 'round:owner:' .. job.kind, job.owner) or '0')
    local served = tonumber(redis.call('GET', p .. 'round:served:' .. job.kind) or '0')
    round = math.max(ownerLast, served) + 1
    redis.call('HSET', p .. 'round:owner:' .. job.kind, job.owner, round)
  end
  local seq = redis.call('INCR', p .. 'seq')
  local json = withSeq(job.json, seq, round)
  local jobKey = p .. 'job:' .. job.id
  redis.call('HSET', jobKey, 'json', json, 'rev', 1, 'seq', seq, 'status', job.status, 'owner', job.owner,
    'external', job.external)
  lookups(p, jobKey, job.id, job.idem, job.upstream)
  index(p, job.id, seq, job.status, job.owner, job.external)
  if job.finished ~= '' then finishing(p, job.id, job.finished) end
  if #job.blobs > 0 then redis.call('HSET', p .. 'blob:' .. job.id, unpack(job.blobs)) end
  out[#out + 1] = json
end
return out
`;

/**
 * Replaces a record and moves it between indexes, only if it is still at the rev its change read
 * (compare-and-set). ARGV as insert up to kind, then expectedRev, claimRound (the job's round when
 * the write claims it, to advance the kind's served round; '' otherwise), leaseKey and fence ('' for
 * an unfenced write), finishedTime ('' while not finished) and dropBlobs ('1' when the write takes
 * the job DONE, holdsInputBlobs: its input blobs go with the same write).
 */
const LUA_WRITE = `${LUA_INDEX}
local p, id = ARGV[1], ARGV[2]
local status, owner, external, kind = ARGV[4], ARGV[5], ARGV[6], ARGV[11]
local idem = ARGV[7] == '1' and ARGV[8] or false
local upstream = ARGV[9] == '1' and ARGV[10] or false
local jobKey = p .. 'job:' .. id
local cur = redis.call('HMGET', jobKey, 'rev', 'seq', 'status', 'owner', 'external', 'idem', 'upstream')
local rev, seq = cur[1], cur[2]
if not rev then return { 'missing' } end
if fenced(ARGV[14], ARGV[15]) then return { 'fenced' } end
if ARGV[12] ~= rev then return { 'conflict' } end
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
local json = withSeq(ARGV[3], seq, false)
redis.call('HSET', jobKey, 'json', json, 'rev', tonumber(rev) + 1, 'status', status, 'owner', owner,
  'external', external)
lookups(p, jobKey, id, idem, upstream)
index(p, id, seq, status, owner, external)
finishing(p, id, ARGV[16])
if ARGV[17] == '1' then redis.call('DEL', p .. 'blob:' .. id) end
if ARGV[13] ~= '' then
  local servedKey = p .. 'round:served:' .. kind
  if tonumber(ARGV[13]) > tonumber(redis.call('GET', servedKey) or '0') then
    redis.call('SET', servedKey, ARGV[13])
  end
end
return { 'written', json }
`;

/** ARGV: hash key, kind, state JSON ('' clears it), leaseKey, fence ('' for an unfenced write). */
const LUA_QUEUE_STATE_SET = `${LUA_INDEX}
if fenced(ARGV[4], ARGV[5]) then return 'fenced' end
if ARGV[3] == '' then redis.call('HDEL', ARGV[1], ARGV[2]) else redis.call('HSET', ARGV[1], ARGV[2], ARGV[3]) end
return 'ok'
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

/**
 * ARGV: prefix, before (ms), limit → the ids deleted: finished jobs whose finish time is before
 * `before`, oldest first, with their blobs and every index and lookup entry. An entry whose job is
 * gone or no longer finished (revived by a late JobId under an older version) only leaves the index.
 */
const LUA_DELETE_FINISHED = `${LUA_INDEX}
local p, limit = ARGV[1], tonumber(ARGV[3])
local deleted = {}
for _ = 1, 10 do
  local ids = redis.call('ZRANGEBYSCORE', p .. 'finished', '-inf', '(' .. ARGV[2], 'LIMIT', 0, limit - #deleted)
  if #ids == 0 then break end
  for _, id in ipairs(ids) do
    local jobKey = p .. 'job:' .. id
    local cur = redis.call('HMGET', jobKey, 'status', 'owner', 'external', 'idem', 'upstream')
    local status = cur[1]
    if status == 'DONE' or status == 'FAIL' or status == 'CANCELED' then
      unindex(p, id, status, cur[2], cur[3])
      if cur[4] and redis.call('HGET', p .. 'idem', cur[4]) == id then redis.call('HDEL', p .. 'idem', cur[4]) end
      if cur[5] and redis.call('HGET', p .. 'upstream', cur[5]) == id then
        redis.call('HDEL', p .. 'upstream', cur[5])
      end
      redis.call('DEL', jobKey, p .. 'blob:' .. id, p .. 'history:' .. id)
      deleted[#deleted + 1] = id
    end
    redis.call('ZREM', p .. 'finished', id)
  end
  if #deleted >= limit then break end
end
return deleted
`;

/**
 * Puts finished jobs written before the retention index existed into it. ARGV: prefix, a finished
 * status, the seq to continue after, batch size → { last seq seen or '' when the status is done }.
 * The finish time is read from the record text without decoding it (records may be megabytes):
 * the top-level "finishedAt" (escaped inside string values, so never matched there), else
 * "updatedAt".
 */
const LUA_INDEX_FINISHED = `
local p, status = ARGV[1], ARGV[2]
local ids = redis.call('ZRANGEBYSCORE', p .. 'status:' .. status, '(' .. ARGV[3], '+inf', 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[4]))
if #ids == 0 then return { '' } end
for i = 1, #ids, 2 do
  local id = ids[i]
  if not redis.call('ZSCORE', p .. 'finished', id) then
    local json = redis.call('HGET', p .. 'job:' .. id, 'json')
    if json and redis.call('HGET', p .. 'job:' .. id, 'status') == status then
      local at = string.match(json, ',"finishedAt":(%d+)') or string.match(json, ',"updatedAt":(%d+)') or '0'
      redis.call('ZADD', p .. 'finished', at, id)
    end
  end
end
return { ids[#ids] }
`;

/** ARGV: prefix, blob keys → how many were deleted: those whose job is gone or DONE (holdsInputBlobs). */
const LUA_DELETE_ORPHAN_BLOBS = `
local p = ARGV[1]
local deleted = 0
for i = 2, #ARGV do
  local id = string.sub(ARGV[i], #p + #'blob:' + 1)
  local status = redis.call('HGET', p .. 'job:' .. id, 'status')
  if not status or status == 'DONE' then
    deleted = deleted + redis.call('DEL', ARGV[i])
  end
end
return deleted
`;

/**
 * ARGV: prefix, since (ms), limit → records of finished jobs by finish time, oldest first. An index
 * entry whose job is gone or no longer finished gives false (dropped by the caller).
 */
const LUA_FINISHED_SINCE = `
local p = ARGV[1]
local ids = redis.call('ZRANGEBYSCORE', p .. 'finished', ARGV[2], '+inf', 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for i, id in ipairs(ids) do
  local cur = redis.call('HMGET', p .. 'job:' .. id, 'status', 'json')
  if cur[1] == 'DONE' or cur[1] == 'FAIL' or cur[1] == 'CANCELED' then out[i] = cur[2] else out[i] = false end
end
return out
`;

/**
 * ARGV: prefix, id, version, record text, keep → 1 when kept, 0 when that version was already there
 * or the job is gone. Then only the `keep` highest versions stay.
 */
const LUA_APPEND_HISTORY = `
local p, id, version = ARGV[1], ARGV[2], ARGV[3]
if redis.call('EXISTS', p .. 'job:' .. id) == 0 then return 0 end
local key = p .. 'history:' .. id
if redis.call('ZCOUNT', key, version, version) > 0 then return 0 end
redis.call('ZADD', key, version, ARGV[4])
redis.call('ZREMRANGEBYRANK', key, 0, -(tonumber(ARGV[5]) + 1))
return 1
`;

/** A transition retries when another write lands between its read and its write. */
const MAX_CAS_ATTEMPTS = 50;

/**
 * Arguments shared by the insert and write scripts (ARGV 1..11). The record is encoded with
 * `seq: 0` as its first key and, when `queueRound` is 'placeholder' (a QUEUED insert), with
 * `queueRound: 0` as its second; the script puts the store's values there.
 */
function recordArgs(
  prefix: string,
  job: NewJobRecord | JobRecord,
  queueRound: 'placeholder' | number | undefined,
): string[] {
  const { seq: _seq, queueRound: _queueRound, ...rest } = job as JobRecord;
  const json = encodeJobRecord({
    seq: 0,
    queueRound: queueRound === 'placeholder' ? 0 : queueRound,
    ...rest,
  });
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
    job.kind,
  ];
}

function decodeAll(texts: (string | null)[]): JobRecord[] {
  // Every indexed id has a record (a deletion removes both in one script); a null would mean a
  // broken index.
  return texts.filter((text): text is string => typeof text === 'string').map(decodeJobRecord);
}

/** Jobs in Redis, shared by gateway replicas. Every write is one Lua script, so indexes never drift. */
export function createRedisJobStore(opts: RedisJobStoreOptions): JobStore {
  const { redis } = opts;
  const prefix = opts.keyPrefix ?? 'h3dgw:';
  // Defining again on a shared connection (several stores) replaces an identical script.
  redis.defineCommand('h3dgwJobInsert', { numberOfKeys: 0, lua: LUA_INSERT });
  redis.defineCommand('h3dgwJobInsertBatch', { numberOfKeys: 0, lua: LUA_INSERT_BATCH });
  redis.defineCommand('h3dgwJobWrite', { numberOfKeys: 0, lua: LUA_WRITE });
  redis.defineCommand('h3dgwJobGetVia', { numberOfKeys: 0, lua: LUA_GET_VIA });
  redis.defineCommand('h3dgwJobList', { numberOfKeys: 0, lua: LUA_LIST });
  redis.defineCommand('h3dgwJobPage', { numberOfKeys: 0, lua: LUA_PAGE });
  redis.defineCommand('h3dgwQueueStateSet', { numberOfKeys: 0, lua: LUA_QUEUE_STATE_SET });
  redis.defineCommand('h3dgwJobDeleteFinished', { numberOfKeys: 0, lua: LUA_DELETE_FINISHED });
  redis.defineCommand('h3dgwJobIndexFinished', { numberOfKeys: 0, lua: LUA_INDEX_FINISHED });
  redis.defineCommand('h3dgwJobDeleteOrphanBlobs', { numberOfKeys: 0, lua: LUA_DELETE_ORPHAN_BLOBS });
  redis.defineCommand('h3dgwJobAppendHistory', { numberOfKeys: 0, lua: LUA_APPEND_HISTORY });
  redis.defineCommand('h3dgwJobFinishedSince', { numberOfKeys: 0, lua: LUA_FINISHED_SINCE });
  let closed = false;
  /** The retention index holds every finished job (indexFinishedOnce ran, here or elsewhere). */
  let finishedIndexed = false;
  /** Where the orphan-blob scan goes on ('0': from the start). */
  let orphanCursor = '0';

  const jobKey = (id: string): string => `${prefix}job:${id}`;
  const finishedArg = (job: JobRecord | NewJobRecord): string => String(finishedTime(job) ?? '');

  /**
   * Finished jobs stored before the retention index existed (an older version) join it once, in
   * batches; a marker key tells every later start that it is done.
   */
  async function indexFinishedOnce(batch: number): Promise<void> {
    if (finishedIndexed) return;
    const marker = `${prefix}finished:indexed`;
    if ((await redis.exists(marker)) === 1) {
      finishedIndexed = true;
      return;
    }
    for (const status of TERMINAL_STATUSES) {
      let after = '0';
      for (;;) {
        const [last] = await redis.h3dgwJobIndexFinished(prefix, status, after, String(batch));
        if (!last) break;
        after = last;
      }
    }
    await redis.set(marker, '1');
    finishedIndexed = true;
  }

  const queueStateKey = `${prefix}queue-state`;
  /** leaseKey and fence arguments: empty (unchecked) unless both a fence and a lease key are given. */
  const fenceArgs = (fence: string | undefined): [string, string] =>
    fence !== undefined && opts.leaseKey !== undefined ? [opts.leaseKey, fence] : ['', ''];

  /**
   * Writes `next` over the record `current` (read at `rev`) unless another write landed since.
   * A claim also advances the kind's served round to the job's round, in the same script.
   */
  async function write(
    current: JobRecord,
    next: JobRecord,
    rev: string,
    fence: string | undefined,
  ): Promise<JobRecord | 'conflict' | 'missing'> {
    const claimRound =
      claimable(current) && next.submitAttemptAt !== undefined ? String(current.queueRound ?? 0) : '';
    const [outcome, detail] = await redis.h3dgwJobWrite(
      ...recordArgs(prefix, next, next.queueRound),
      rev,
      claimRound,
      ...fenceArgs(fence),
      finishedArg(next),
      holdsInputBlobs(current) && !holdsInputBlobs(next) ? '1' : '0',
    );
    switch (outcome) {
      case 'written':
        return decodeJobRecord(detail!);
      case 'conflict':
      case 'missing':
        return outcome;
      case 'fenced':
        throw new FencedError('transition');
      case 'idem-taken':
        throw new Error(`transition: idempotency key of job ${next.id} is already used by job ${detail}`);
      case 'upstream-taken':
        throw new Error(
          `transition: upstreamJobId ${next.upstreamJobId} of job ${next.id} is already recorded by job ${detail}`,
        );
      default:
        throw new Error(`redis job store: unexpected write reply ${String(outcome)}`);
    }
  }

  return {
    async insert(job, insertOpts = {}) {
      const limit = insertOpts.maxQueuedPerOwner;
      const [outcome, json] = await redis.h3dgwJobInsert(
        ...recordArgs(prefix, job, job.status === 'QUEUED' ? 'placeholder' : undefined),
        limit === undefined ? '' : String(limit),
        finishedArg(job),
        ...Object.entries(insertOpts.blobs ?? {}).flat(),
      );
      if (outcome === 'too-many') throw new TooManyQueuedJobsError(job.owner, limit!);
      if (outcome === 'duplicate') {
        throw new Error(`insert: job ${job.id} already exists; use transition to change it`);
      }
      if ((outcome !== 'created' && outcome !== 'existing') || typeof json !== 'string') {
        throw new Error(`redis job store: unexpected insert reply ${String(outcome)}`);
      }
      return { job: decodeJobRecord(json), created: outcome === 'created' };
    },

    async insertBatch(jobs, batchOpts = {}) {
      checkBatch(jobs);
      if (jobs.length === 0) return { created: true, jobs: [] };
      const limit = batchOpts.maxQueuedPerOwner;
      const args = jobs.flatMap((job, i) => {
        const parts = Object.entries(batchOpts.blobs?.[i] ?? {});
        return [
          ...recordArgs(prefix, job, job.status === 'QUEUED' ? 'placeholder' : undefined).slice(1),
          finishedArg(job),
          String(parts.length),
          ...parts.flat(),
        ];
      });
      const [outcome, ...rest] = await redis.h3dgwJobInsertBatch(
        prefix,
        limit === undefined ? '' : String(limit),
        ...args,
      );
      if (outcome === 'too-many') throw new TooManyQueuedJobsError(rest[0] ?? '', limit!);
      if (outcome === 'duplicate') {
        throw new Error(`insertBatch: job ${rest[0]} already exists; use transition to change it`);
      }
      if (outcome === 'existing' && typeof rest[0] === 'string') {
        return { created: false, existing: decodeJobRecord(rest[0]) };
      }
      if (outcome !== 'created' || rest.length !== jobs.length) {
        throw new Error(`redis job store: unexpected batch insert reply ${String(outcome)}`);
      }
      return { created: true, jobs: rest.map((json) => decodeJobRecord(json as string)) };
    },

    /**
     * Read, decide, compare-and-set: retries when another write landed in between (so `change`
     * may be called more than once), so the decision is always made on the record it replaces.
     */
    async transition(id: string, change: JobChange, transitionOpts = {}) {
      for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
        const [json, rev] = await redis.hmget(jobKey(id), 'json', 'rev');
        if (json == null || rev == null) return undefined;
        const current = decodeJobRecord(json);
        const proposed = change(structuredClone(current));
        if (!proposed) return { job: current, changed: false };
        if (proposed.id !== id)
          throw new Error(`transition: a change of job ${id} returned job ${proposed.id}`);
        const next: JobRecord = { ...proposed, seq: current.seq, queueRound: current.queueRound };
        const written = await write(current, next, rev, transitionOpts.fence);
        if (written === 'missing') return undefined;
        if (written !== 'conflict') return { job: written, changed: true };
      }
      throw new Error(
        `redis job store: job ${id} changed under ${MAX_CAS_ATTEMPTS} attempts in a row to write it; ` +
          'another writer is updating it in a loop',
      );
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

    async getInputBlobs(id) {
      return (await redis.hgetall(`${prefix}blob:${id}`)) as InputBlobs;
    },

    async deleteFinished(before, limit) {
      checkPageLimit(limit);
      if (limit === 0) return [];
      await indexFinishedOnce(Math.max(limit, 100));
      return redis.h3dgwJobDeleteFinished(prefix, String(before), String(limit));
    },

    async listFinishedSince(since, limit) {
      checkPageLimit(limit);
      if (limit === 0) return [];
      return decodeAll(await redis.h3dgwJobFinishedSince(prefix, String(since), String(limit)));
    },

    async appendHistory(job, keep) {
      await redis.h3dgwJobAppendHistory(
        prefix,
        job.id,
        String(job.version),
        encodeJobRecord(job),
        String(Math.max(1, keep)),
      );
    },

    async history(id, afterVersion) {
      const texts = await redis.zrangebyscore(`${prefix}history:${id}`, `(${afterVersion}`, '+inf');
      return texts.map(decodeJobRecord);
    },

    /**
     * Scans the blob keys (SCAN, a page at a time, never blocking Redis), from where the previous
     * call stopped until `limit` jobs' blobs went or the keyspace was walked once.
     */
    async deleteOrphanBlobs(limit) {
      checkPageLimit(limit);
      let deleted = 0;
      const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}blob:*`;
      do {
        const [next, keys] = await redis.scan(orphanCursor, 'MATCH', pattern, 'COUNT', 1000);
        orphanCursor = next;
        if (keys.length > 0) deleted += await redis.h3dgwJobDeleteOrphanBlobs(prefix, ...keys);
      } while (orphanCursor !== '0' && deleted < limit);
      return deleted;
    },

    async setQueueState(kind, state, transitionOpts = {}) {
      const reply = await redis.h3dgwQueueStateSet(
        queueStateKey,
        kind,
        state === undefined ? '' : JSON.stringify(state),
        ...fenceArgs(transitionOpts.fence),
      );
      if (reply === 'fenced') throw new FencedError('setQueueState');
    },

    async queueStates() {
      const states: Partial<Record<JobKindName, QueueState>> = {};
      for (const [kind, json] of Object.entries(await redis.hgetall(queueStateKey))) {
        states[kind as JobKindName] = JSON.parse(json) as QueueState;
      }
      return states;
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
