import type { Redis, Result } from 'ioredis';
import { TooManyWebhooksError } from './errors.ts';
import type { WebhookEventType } from './events.ts';
import {
  claimableAt,
  DELIVERY_ID_RE,
  type Delivery,
  type DeliveryStatus,
  decodeEndpoint,
  ENDPOINT_ID_RE,
  encodeEndpoint,
  pendingDelivery,
  replayed,
  type Settlement,
  settled,
  type WebhookEndpoint,
  type WebhookStore,
} from './store.ts';

export interface RedisWebhookStoreOptions {
  /** The connection; it stays the caller's to close. */
  redis: Redis;
  /** The gateway's REDIS_KEY_PREFIX. @default 'h3dgw:' */
  keyPrefix?: string;
}

declare module 'ioredis' {
  interface RedisCommander<Context> {
    h3dgwWebhookCreate(...args: string[]): Result<string, Context>;
    h3dgwWebhookCas(key: string, expected: string, next: string): Result<number, Context>;
    h3dgwWebhookDelete(prefix: string, id: string, owner: string): Result<number, Context>;
    h3dgwWebhookAddEvent(...args: string[]): Result<number, Context>;
    h3dgwWebhookClaim(...args: string[]): Result<string[][], Context>;
    h3dgwWebhookWrite(...args: string[]): Result<string, Context>;
    h3dgwWebhookDisable(prefix: string, endpointId: string, now: string): Result<number, Context>;
    h3dgwWebhookPrune(prefix: string, before: string, limit: string): Result<number, Context>;
    h3dgwWebhookMark(key: string, to: string): Result<number, Context>;
  }
}

/*
 * Key layout (P = keyPrefix), beside the job store's:
 *   P wh:ep:<id>            the endpoint record (JSON), replaced only by compare-and-set
 *   P wh:eps:<owner>        zset endpoint id by createdAt: an owner's endpoints and their count
 *   P wh:evt:<event key>    set once per event (SET NX), expiring with the delivery log's age limit
 *   P wh:d:<id>             hash: a delivery, one field per Delivery property (absent = undefined)
 *   P wh:due                zset delivery id by the time it can be claimed (PENDING only): its next
 *                           attempt, or the end of the lease of the attempt in flight
 *   P wh:log:<endpoint id>  zset delivery id by createdAt: the endpoint's delivery log
 *   P wh:all                zset delivery id by createdAt: pruning by age
 *   P wh:watermark          how far the leader's rescan derived finished jobs' events (ms)
 * Every write is one script, so the indexes never drift from the records.
 */

/** ARGV: prefix, id, owner, createdAt, json, max. */
const LUA_CREATE = `
local p = ARGV[1]
local owned = p .. 'wh:eps:' .. ARGV[3]
if redis.call('ZCARD', owned) >= tonumber(ARGV[6]) then return 'too-many' end
redis.call('SET', p .. 'wh:ep:' .. ARGV[2], ARGV[5])
redis.call('ZADD', owned, ARGV[4], ARGV[2])
return 'ok'
`;

const LUA_CAS = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1
`;

/** ARGV: prefix, endpoint id, owner: the endpoint, its index entry and every delivery of it. */
const LUA_DELETE = `
local p, id = ARGV[1], ARGV[2]
if redis.call('DEL', p .. 'wh:ep:' .. id) == 0 then return 0 end
redis.call('ZREM', p .. 'wh:eps:' .. ARGV[3], id)
local log = p .. 'wh:log:' .. id
for _, d in ipairs(redis.call('ZRANGE', log, 0, -1)) do
  redis.call('DEL', p .. 'wh:d:' .. d)
  redis.call('ZREM', p .. 'wh:due', d)
  redis.call('ZREM', p .. 'wh:all', d)
end
redis.call('DEL', log)
return 1
`;

/**
 * ARGV: prefix, event key, createdAt, keepMs, maxPerEndpoint, count, width, then per delivery: id,
 * endpoint id, createdAt, due, and `width` hash arguments (field, value, …).
 */
const LUA_ADD_EVENT = `
local p = ARGV[1]
if not redis.call('SET', p .. 'wh:evt:' .. ARGV[2], ARGV[3], 'PX', ARGV[4], 'NX') then return 0 end
local count, width, i = tonumber(ARGV[6]), tonumber(ARGV[7]), 8
local touched = {}
for _ = 1, count do
  local id, ep = ARGV[i], ARGV[i + 1]
  redis.call('HSET', p .. 'wh:d:' .. id, unpack(ARGV, i + 4, i + 3 + width))
  redis.call('ZADD', p .. 'wh:due', ARGV[i + 3], id)
  redis.call('ZADD', p .. 'wh:log:' .. ep, ARGV[i + 2], id)
  redis.call('ZADD', p .. 'wh:all', ARGV[i + 2], id)
  touched[ep] = true
  i = i + 4 + width
end
-- At most max deliveries per endpoint: the oldest finished go; a PENDING one is never dropped.
local max = tonumber(ARGV[5])
for ep in pairs(touched) do
  local log = p .. 'wh:log:' .. ep
  local over = redis.call('ZCARD', log) - max
  local start = 0
  while over > 0 do
    local ids = redis.call('ZRANGE', log, start, start + 99)
    if #ids == 0 then break end
    for _, d in ipairs(ids) do
      if over <= 0 then break end
      if redis.call('HGET', p .. 'wh:d:' .. d, 'status') ~= 'PENDING' then
        redis.call('DEL', p .. 'wh:d:' .. d)
        redis.call('ZREM', log, d)
        redis.call('ZREM', p .. 'wh:all', d)
        redis.call('ZREM', p .. 'wh:due', d)
        over = over - 1
      else
        start = start + 1
      end
    end
  end
end
return 1
`;

/** ARGV: prefix, now, limit, lease token, lease until → the claimed deliveries (HGETALL each). */
const LUA_CLAIM = `
local p = ARGV[1]
local out = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', p .. 'wh:due', '-inf', ARGV[2], 'LIMIT', 0, tonumber(ARGV[3]))) do
  local key = p .. 'wh:d:' .. id
  if redis.call('HGET', key, 'status') == 'PENDING' then
    redis.call('HSET', key, 'leaseToken', ARGV[4], 'leaseUntil', ARGV[5])
    redis.call('HINCRBY', key, 'attempts', 1)
    redis.call('ZADD', p .. 'wh:due', ARGV[5], id)
    out[#out + 1] = redis.call('HGETALL', key)
  else
    redis.call('ZREM', p .. 'wh:due', id)
  end
end
return out
`;

/**
 * Compare-and-set of a delivery on (status, leaseToken). ARGV: prefix, id, expected status, expected
 * token ('' = none), due score ('' = not claimable), n, then n hash arguments to set, then the fields
 * to delete.
 */
const LUA_WRITE = `
local p, id = ARGV[1], ARGV[2]
local key = p .. 'wh:d:' .. id
local cur = redis.call('HMGET', key, 'status', 'leaseToken')
if not cur[1] then return 'missing' end
if cur[1] ~= ARGV[3] or (cur[2] or '') ~= ARGV[4] then return 'conflict' end
local n = tonumber(ARGV[6])
if n > 0 then redis.call('HSET', key, unpack(ARGV, 7, 6 + n)) end
if #ARGV >= 7 + n then redis.call('HDEL', key, unpack(ARGV, 7 + n, #ARGV)) end
if ARGV[5] == '' then redis.call('ZREM', p .. 'wh:due', id) else redis.call('ZADD', p .. 'wh:due', ARGV[5], id) end
return 'written'
`;

/** ARGV: prefix, endpoint id, now → how many PENDING deliveries not in flight became DISABLED. */
const LUA_DISABLE = `
local p = ARGV[1]
local count = 0
for _, id in ipairs(redis.call('ZRANGE', p .. 'wh:log:' .. ARGV[2], 0, -1)) do
  local key = p .. 'wh:d:' .. id
  local cur = redis.call('HMGET', key, 'status', 'leaseToken', 'leaseUntil')
  if cur[1] == 'PENDING' and (not cur[2] or tonumber(cur[3] or '0') <= tonumber(ARGV[3])) then
    redis.call('HSET', key, 'status', 'DISABLED')
    redis.call('HDEL', key, 'nextAttemptAt', 'leaseToken', 'leaseUntil')
    redis.call('ZREM', p .. 'wh:due', id)
    count = count + 1
  end
end
return count
`;

/** ARGV: prefix, before, limit → deliveries deleted (event keys expire by themselves). */
const LUA_PRUNE = `
local p = ARGV[1]
local ids = redis.call('ZRANGEBYSCORE', p .. 'wh:all', '-inf', '(' .. ARGV[2], 'LIMIT', 0, tonumber(ARGV[3]))
for _, id in ipairs(ids) do
  local key = p .. 'wh:d:' .. id
  local ep = redis.call('HGET', key, 'endpointId')
  if ep then redis.call('ZREM', p .. 'wh:log:' .. ep, id) end
  redis.call('DEL', key)
  redis.call('ZREM', p .. 'wh:due', id)
  redis.call('ZREM', p .. 'wh:all', id)
end
return #ids
`;

const LUA_MARK = `
local cur = redis.call('GET', KEYS[1])
if not cur or tonumber(ARGV[1]) > tonumber(cur) then redis.call('SET', KEYS[1], ARGV[1]) return 1 end
return 0
`;

const NUMBER_FIELDS = [
  'attempts',
  'step',
  'createdAt',
  'nextAttemptAt',
  'lastAttemptAt',
  'responseStatus',
  'leaseUntil',
] as const;

/** A delivery as hash arguments (field, value, …) for its defined properties. */
function toHash(d: Delivery): string[] {
  const args: string[] = [];
  for (const [field, value] of Object.entries(d)) {
    if (value !== undefined) args.push(field, String(value));
  }
  return args;
}

function fromHash(h: Record<string, string>): Delivery | undefined {
  if (!h.id || !h.endpointId || !h.status || h.body === undefined) return undefined;
  const num = (field: (typeof NUMBER_FIELDS)[number]) =>
    h[field] === undefined ? undefined : Number(h[field]);
  return {
    id: h.id,
    endpointId: h.endpointId,
    owner: h.owner ?? '',
    eventId: h.eventId ?? '',
    eventKey: h.eventKey ?? '',
    type: (h.type ?? '') as WebhookEventType,
    subjectId: h.subjectId ?? '',
    body: h.body,
    status: h.status as DeliveryStatus,
    attempts: num('attempts') ?? 0,
    step: num('step') ?? 0,
    createdAt: num('createdAt') ?? 0,
    nextAttemptAt: num('nextAttemptAt'),
    lastAttemptAt: num('lastAttemptAt'),
    responseStatus: num('responseStatus'),
    lastError: h.lastError,
    leaseToken: h.leaseToken,
    leaseUntil: num('leaseUntil'),
  };
}

/** HGETALL's flat reply inside a script answer: field, value, … */
function pairs(flat: string[]): Record<string, string> {
  const h: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) h[flat[i]!] = flat[i + 1]!;
  return h;
}

const MAX_CAS_ATTEMPTS = 50;

/** Webhooks in Redis under the gateway's key prefix, shared by every replica. */
export function createRedisWebhookStore(opts: RedisWebhookStoreOptions): WebhookStore {
  const { redis } = opts;
  const p = opts.keyPrefix ?? 'h3dgw:';
  redis.defineCommand('h3dgwWebhookCreate', { numberOfKeys: 0, lua: LUA_CREATE });
  redis.defineCommand('h3dgwWebhookCas', { numberOfKeys: 1, lua: LUA_CAS });
  redis.defineCommand('h3dgwWebhookDelete', { numberOfKeys: 0, lua: LUA_DELETE });
  redis.defineCommand('h3dgwWebhookAddEvent', { numberOfKeys: 0, lua: LUA_ADD_EVENT });
  redis.defineCommand('h3dgwWebhookClaim', { numberOfKeys: 0, lua: LUA_CLAIM });
  redis.defineCommand('h3dgwWebhookWrite', { numberOfKeys: 0, lua: LUA_WRITE });
  redis.defineCommand('h3dgwWebhookDisable', { numberOfKeys: 0, lua: LUA_DISABLE });
  redis.defineCommand('h3dgwWebhookPrune', { numberOfKeys: 0, lua: LUA_PRUNE });
  redis.defineCommand('h3dgwWebhookMark', { numberOfKeys: 1, lua: LUA_MARK });
  const endpointKey = (id: string) => `${p}wh:ep:${id}`;
  const deliveryKey = (id: string) => `${p}wh:d:${id}`;

  async function readEndpoint(id: string): Promise<{ json: string; endpoint: WebhookEndpoint } | undefined> {
    // Only ids of the form we give: nothing else reaches Redis as a key.
    if (!ENDPOINT_ID_RE.test(id)) return undefined;
    const json = await redis.get(endpointKey(id));
    const endpoint = json == null ? undefined : decodeEndpoint(json);
    return endpoint && json != null ? { json, endpoint } : undefined;
  }

  async function readDelivery(id: string): Promise<Delivery | undefined> {
    if (!DELIVERY_ID_RE.test(id)) return undefined;
    return fromHash(await redis.hgetall(deliveryKey(id)));
  }

  /**
   * Writes `next` over `current` only if its status and lease are still what `current` says;
   * 'conflict' when another write landed in between.
   */
  async function write(current: Delivery, next: Delivery): Promise<'written' | 'conflict' | 'missing'> {
    // Only what changed (never the body, which a delivery keeps for life).
    const set = toHash(next).filter((_, i, all) => {
      const field = all[i - (i % 2)] as keyof Delivery;
      return String(current[field]) !== all[i - (i % 2) + 1];
    });
    const cleared = Object.keys(current).filter(
      (field) =>
        current[field as keyof Delivery] !== undefined && next[field as keyof Delivery] === undefined,
    );
    const reply = await redis.h3dgwWebhookWrite(
      p,
      current.id,
      current.status,
      current.leaseToken ?? '',
      next.status === 'PENDING' ? String(claimableAt(next)) : '',
      String(set.length),
      ...set,
      ...cleared,
    );
    return reply as 'written' | 'conflict' | 'missing';
  }

  /** Read, decide, compare-and-set, again on conflict: `decide` always sees what it replaces. */
  async function change(
    id: string,
    decide: (d: Delivery) => Delivery | undefined,
  ): Promise<{ current: Delivery; next: Delivery | undefined } | undefined> {
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const current = await readDelivery(id);
      if (!current) return undefined;
      const next = decide(current);
      if (!next) return { current, next };
      const outcome = await write(current, next);
      if (outcome === 'written') return { current, next };
      if (outcome === 'missing') return undefined;
    }
    throw new Error(
      `redis webhook store: delivery ${id} changed under ${MAX_CAS_ATTEMPTS} attempts in a row`,
    );
  }

  return {
    async createEndpoint(endpoint, maxPerOwner) {
      const reply = await redis.h3dgwWebhookCreate(
        p,
        endpoint.id,
        endpoint.owner,
        String(endpoint.createdAt),
        encodeEndpoint(endpoint),
        String(maxPerOwner),
      );
      if (reply === 'too-many') throw new TooManyWebhooksError(maxPerOwner);
    },
    async getEndpoint(id) {
      return (await readEndpoint(id))?.endpoint;
    },
    async listEndpoints(owner) {
      const ids = await redis.zrange(`${p}wh:eps:${owner}`, 0, -1);
      if (ids.length === 0) return [];
      const texts = await redis.mget(...ids.map(endpointKey));
      return texts
        .map((json) => (json == null ? undefined : decodeEndpoint(json)))
        .filter((e): e is WebhookEndpoint => e !== undefined);
    },
    async updateEndpoint(id, changeEndpoint) {
      for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
        const read = await readEndpoint(id);
        if (!read) return undefined;
        const next = changeEndpoint(structuredClone(read.endpoint));
        if (!next) return read.endpoint;
        const record = { ...next, id };
        if ((await redis.h3dgwWebhookCas(endpointKey(id), read.json, encodeEndpoint(record))) === 1)
          return record;
      }
      throw new Error(
        `redis webhook store: endpoint ${id} changed under ${MAX_CAS_ATTEMPTS} attempts in a row`,
      );
    },
    async deleteEndpoint(id) {
      const read = await readEndpoint(id);
      if (!read) return false;
      return (await redis.h3dgwWebhookDelete(p, id, read.endpoint.owner)) === 1;
    },
    async addEvent(event, list, addOpts) {
      const hashes = list.map((d) => toHash(pendingDelivery(d)));
      // Every delivery's hash has the same fields (a new delivery's), so one width fits all.
      const width = hashes[0]?.length ?? 0;
      if (hashes.some((h) => h.length !== width)) throw new Error('addEvent: deliveries of different shapes');
      const reply = await redis.h3dgwWebhookAddEvent(
        p,
        event.key,
        String(event.createdAt),
        String(Math.max(1, Math.ceil(addOpts.keepMs))),
        String(addOpts.maxPerEndpoint),
        String(list.length),
        String(width),
        ...list.flatMap((d, i) => [
          d.id,
          d.endpointId,
          String(d.createdAt),
          String(d.nextAttemptAt),
          ...hashes[i]!,
        ]),
      );
      return reply === 1;
    },
    async claimDue(now, limit, lease) {
      if (limit <= 0) return [];
      const rows = await redis.h3dgwWebhookClaim(
        p,
        String(now),
        String(limit),
        lease.token,
        String(lease.until),
      );
      return rows.map((flat) => fromHash(pairs(flat))).filter((d): d is Delivery => d !== undefined);
    },
    async settle(id, token, settlement: Settlement) {
      const result = await change(id, (d) => settled(d, token, settlement));
      return result?.next !== undefined;
    },
    getDelivery: readDelivery,
    async listDeliveries(endpointId, limit) {
      if (!ENDPOINT_ID_RE.test(endpointId) || limit <= 0) return [];
      const ids = await redis.zrevrange(`${p}wh:log:${endpointId}`, 0, limit - 1);
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hgetall(deliveryKey(id));
      const replies = (await pipeline.exec()) ?? [];
      return replies
        .map(([err, h]) => (err ? undefined : fromHash(h as Record<string, string>)))
        .filter((d): d is Delivery => d !== undefined);
    },
    async replay(id, now) {
      const result = await change(id, (d) => replayed(d, now));
      return result && (result.next ?? result.current);
    },
    async countPending() {
      // wh:due holds exactly the PENDING deliveries (every script that ends one removes it): O(1).
      return redis.zcard(`${p}wh:due`);
    },
    async disableDeliveries(endpointId, now) {
      if (!ENDPOINT_ID_RE.test(endpointId)) return 0;
      return redis.h3dgwWebhookDisable(p, endpointId, String(now));
    },
    async prune(before, limit) {
      if (limit <= 0) return 0;
      return redis.h3dgwWebhookPrune(p, String(before), String(limit));
    },
    async watermark() {
      const value = await redis.get(`${p}wh:watermark`);
      return value == null ? undefined : Number(value);
    },
    async advanceWatermark(to) {
      await redis.h3dgwWebhookMark(`${p}wh:watermark`, String(to));
    },
    async ping() {
      await redis.ping();
    },
    async close() {},
  };
}
