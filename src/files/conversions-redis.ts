import type { Redis, Result } from 'ioredis';
import type { ResultFile } from '../jobs/domain/job.ts';
import {
  CONVERSION_ID_RE,
  type Conversion,
  type Conversions,
  type ConversionsOptions,
  fromRow,
  maxConversions,
  newConversionId,
  toRow,
} from './conversions.ts';

export interface RedisConversionsOptions extends ConversionsOptions {
  /** The connection; it stays the caller's to close. */
  redis: Redis;
  /** The gateway's REDIS_KEY_PREFIX. @default 'h3dgw:' */
  keyPrefix?: string;
}

declare module 'ioredis' {
  interface RedisCommander<Context> {
    h3dgwConversionAdd(
      prefix: string,
      id: string,
      json: string,
      ttlMs: string,
      expiresAt: string,
      now: string,
      max: string,
    ): Result<number, Context>;
  }
}

/*
 * Key layout (P = keyPrefix), beside the job store's:
 *   P cnv:<id>        the record as JSON (id, type, url, createdAt, expiresAt), with a TTL up to its
 *                     expiresAt, so Redis forgets it by itself
 *   P conversions     zset id by expiresAt: trims expired ids and, beyond the cap, drops the ones that
 *                     expire first (the oldest: every conversion lives 24 hours); its own TTL follows
 *                     its newest member, so an idle deployment leaves nothing behind
 * One script per add keeps the record, the index and the cap together.
 */
const LUA_ADD = `
local p, id = ARGV[1], ARGV[2]
local index = p .. 'conversions'
redis.call('SET', p .. 'cnv:' .. id, ARGV[3], 'PX', ARGV[4])
redis.call('ZADD', index, ARGV[5], id)
-- Expired records leave the index with their keys (Redis would expire those soon anyway).
local expired = redis.call('ZRANGEBYSCORE', index, '-inf', ARGV[6], 'LIMIT', 0, 1000)
for _, old in ipairs(expired) do redis.call('DEL', p .. 'cnv:' .. old) end
if #expired > 0 then redis.call('ZREM', index, unpack(expired)) end
local over = redis.call('ZCARD', index) - tonumber(ARGV[7])
if over > 0 then
  local dropped = redis.call('ZPOPMIN', index, over)
  for i = 1, #dropped, 2 do redis.call('DEL', p .. 'cnv:' .. dropped[i]) end
end
if redis.call('PTTL', index) < tonumber(ARGV[4]) then redis.call('PEXPIRE', index, ARGV[4]) end
return redis.call('ZCARD', index)
`;

/**
 * Conversion records in Redis, under the gateway's key prefix, shared by every replica: a conversion
 * run on one is served by all. At most `max` records; each expires (TTL) at its `expiresAt`.
 */
export function createRedisConversions(opts: RedisConversionsOptions): Conversions {
  const { redis } = opts;
  const prefix = opts.keyPrefix ?? 'h3dgw:';
  const max = maxConversions(opts);
  redis.defineCommand('h3dgwConversionAdd', { numberOfKeys: 0, lua: LUA_ADD });
  const recordKey = (id: string) => `${prefix}cnv:${id}`;

  return {
    async add(file: ResultFile, createdAt: number, expiresAt: number) {
      const record: Conversion = {
        id: newConversionId(),
        file: { type: file.type, url: file.url, previewImageUrl: undefined },
        createdAt,
        expiresAt,
      };
      // Relative to the gateway's clock, so the Redis server's clock does not matter; at least 1 ms
      // (a record born expired is useless, but PX needs a positive time).
      const ttlMs = Math.max(1, Math.ceil(expiresAt - createdAt));
      await redis.h3dgwConversionAdd(
        prefix,
        record.id,
        JSON.stringify(toRow(record)),
        String(ttlMs),
        String(expiresAt),
        String(createdAt),
        String(max),
      );
      return record;
    },

    async get(id, now) {
      // Only ids of the form we give: nothing else reaches Redis as a key.
      if (!CONVERSION_ID_RE.test(id)) return undefined;
      const json = await redis.get(recordKey(id));
      if (json == null) return undefined;
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        return undefined;
      }
      const record = fromRow(parsed);
      if (!record || record.id !== id) return undefined;
      // Redis's TTL runs on its own clock; the gateway's decides. Its index entry goes at the next add.
      if (now >= record.expiresAt) {
        await redis.del(recordKey(id));
        return undefined;
      }
      return record;
    },

    async close() {},
  };
}
