import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONVERSION_ID_RE,
  type Conversions,
  type ConversionsOptions,
  createMemoryConversions,
  withConversionErrors,
} from '../../../src/files/conversions.ts';
import { createRedisConversions } from '../../../src/files/conversions-redis.ts';
import { createSqliteConversions } from '../../../src/files/conversions-sqlite.ts';
import { StoreUnavailableError } from '../../../src/jobs/store/store-errors.ts';
import { createSqliteJobStore } from '../../../src/jobs/store/store-sqlite.ts';
import { newJob } from '../../helpers/job-records.ts';
import { connectTestRedis, testKeyPrefix } from '../../helpers/redis-connection.ts';

const file = (n: number) => ({
  type: 'STL',
  url: `https://cos.example/${n}.stl`,
  previewImageUrl: undefined,
});

const dirs: string[] = [];
const opened: Conversions[] = [];
afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'conversions-'));
  dirs.push(dir);
  return join(dir, 'gateway.db');
}

const implementations: Array<[string, (opts?: ConversionsOptions) => Promise<Conversions>]> = [
  ['memory', async (opts) => createMemoryConversions(opts)],
  [
    'SQLite',
    async (opts) => {
      const c = createSqliteConversions({ path: tempDb(), ...opts });
      opened.push(c);
      return c;
    },
  ],
  [
    'Redis',
    async (opts) =>
      createRedisConversions({ redis: await connectTestRedis(), keyPrefix: testKeyPrefix(), ...opts }),
  ],
];

// Times are the caller's (the gateway passes its clock): every case below runs on a controlled clock.
describe.each(implementations)('conversion records in %s', (_, create) => {
  it('gives each conversion an unguessable id and forgets it once expired', async () => {
    const conversions = await create();
    const a = await conversions.add(file(1), 1000, 60_000);
    const b = await conversions.add(file(2), 1000, 60_000);
    expect(a.id).toMatch(CONVERSION_ID_RE);
    expect(a.id).not.toBe(b.id);
    expect(a).toEqual({ id: a.id, file: file(1), createdAt: 1000, expiresAt: 60_000 });
    expect(await conversions.get(a.id, 59_999)).toEqual(a);
    expect(await conversions.get(a.id, 60_000)).toBeUndefined();
    expect(await conversions.get(a.id, 1000)).toBeUndefined(); // forgotten, or still refused: never back
    expect(await conversions.get(b.id, 1000)).toEqual(b);
  });

  it('answers undefined for ids it never gave', async () => {
    const conversions = await create();
    await conversions.add(file(1), 0, 10_000);
    expect(await conversions.get('cnv_AAAAAAAAAAAAAAAA', 1)).toBeUndefined();
    expect(await conversions.get('', 1)).toBeUndefined();
    expect(await conversions.get('cnv_*', 1)).toBeUndefined();
  });

  it('keeps at most max records, dropping the oldest', async () => {
    const conversions = await create({ max: 2 });
    const [a, b, c] = [
      await conversions.add(file(1), 0, 100_000),
      await conversions.add(file(2), 1, 100_001),
      await conversions.add(file(3), 2, 100_002),
    ];
    expect(await conversions.get(a.id, 10)).toBeUndefined();
    expect(await conversions.get(b.id, 10)).toEqual(b);
    expect(await conversions.get(c.id, 10)).toEqual(c);
  });

  it('refuses a cap below one', async () => {
    await expect(create({ max: 0 })).rejects.toThrow(RangeError);
  });
});

describe('memory conversion records', () => {
  it('drops expired records when read', async () => {
    const conversions = createMemoryConversions();
    const a = await conversions.add(file(1), 0, 100);
    expect(conversions.size()).toBe(1);
    expect(await conversions.get(a.id, 100)).toBeUndefined();
    expect(conversions.size()).toBe(0);
  });
});

describe('SQLite conversion records', () => {
  const rows = (path: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare<[], { id: string }>('SELECT id FROM conversions ORDER BY id').all();
    } finally {
      db.close();
    }
  };

  it('survive a restart, beside the job store in the same file', async () => {
    const path = tempDb();
    const store = createSqliteJobStore({ path });
    const first = createSqliteConversions({ path });
    const a = await first.add(file(1), 0, 10_000);
    await store.insert(newJob({ owner: 'alice' }));
    await first.close();
    await first.close();

    const second = createSqliteConversions({ path });
    opened.push(second);
    expect(await second.get(a.id, 1)).toEqual(a);
    expect(await store.listByStatus(['QUEUED'])).toHaveLength(1);
    await store.close();
  });

  it('delete expired rows when a record is added or an expired one is read', async () => {
    const path = tempDb();
    const conversions = createSqliteConversions({ path });
    opened.push(conversions);
    const a = await conversions.add(file(1), 0, 100);
    const b = await conversions.add(file(2), 0, 200);
    expect(rows(path)).toHaveLength(2);
    expect(await conversions.get(a.id, 150)).toBeUndefined();
    expect(rows(path).map((r) => r.id)).toEqual([b.id]);
    const c = await conversions.add(file(3), 200, 10_000);
    expect(rows(path).map((r) => r.id)).toEqual([c.id]);
  });
});

describe('Redis conversion records', () => {
  it('live under the key prefix with a TTL up to their expiry, and the cap holds across replicas', async () => {
    const keyPrefix = testKeyPrefix();
    const [r1, r2] = [await connectTestRedis(), await connectTestRedis()];
    const one = createRedisConversions({ redis: r1, keyPrefix, max: 3 });
    const two = createRedisConversions({ redis: r2, keyPrefix, max: 3 });
    const a = await one.add(file(1), 1_000, 61_000);
    // Another replica reads it.
    expect(await two.get(a.id, 2_000)).toEqual(a);
    const ttl = await r1.pttl(`${keyPrefix}cnv:${a.id}`);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(await r1.pttl(`${keyPrefix}conversions`)).toBeGreaterThan(50_000);
    expect((await r1.keys(`${keyPrefix}*`)).sort()).toEqual(
      [`${keyPrefix}cnv:${a.id}`, `${keyPrefix}conversions`].sort(),
    );

    const more = [];
    for (let i = 2; i <= 4; i++) more.push(await (i % 2 ? one : two).add(file(i), 1_000 + i, 61_000 + i));
    // Four added, three kept: the oldest went, its key too.
    expect(await two.get(a.id, 2_000)).toBeUndefined();
    expect(await r1.exists(`${keyPrefix}cnv:${a.id}`)).toBe(0);
    for (const c of more) expect(await one.get(c.id, 2_000)).toEqual(c);
    expect(await r1.zcard(`${keyPrefix}conversions`)).toBe(3);

    // Another prefix sees none of them.
    const other = createRedisConversions({ redis: r1, keyPrefix: testKeyPrefix() });
    expect(await other.get(more[0]?.id ?? '', 2_000)).toBeUndefined();
  });

  it('drops expired records from the index, and their keys, when a record is added', async () => {
    const keyPrefix = testKeyPrefix();
    const redis = await connectTestRedis();
    const conversions = createRedisConversions({ redis, keyPrefix });
    const a = await conversions.add(file(1), 0, 60_000);
    const b = await conversions.add(file(2), 70_000, 130_000);
    expect(await redis.zrange(`${keyPrefix}conversions`, 0, -1)).toEqual([b.id]);
    expect(await redis.exists(`${keyPrefix}cnv:${a.id}`)).toBe(0);
    expect(await conversions.get(b.id, 70_001)).toEqual(b);
  });

  it('reads a damaged record as unknown', async () => {
    const keyPrefix = testKeyPrefix();
    const redis = await connectTestRedis();
    const conversions = createRedisConversions({ redis, keyPrefix });
    const a = await conversions.add(file(1), 0, 60_000);
    await redis.set(`${keyPrefix}cnv:${a.id}`, '{not json');
    expect(await conversions.get(a.id, 1)).toBeUndefined();
    await redis.set(`${keyPrefix}cnv:${a.id}`, JSON.stringify({ id: a.id, url: 3 }));
    expect(await conversions.get(a.id, 1)).toBeUndefined();
  });

  it('types a lost connection as StoreUnavailableError', async () => {
    const redis = await connectTestRedis();
    const conversions = withConversionErrors(createRedisConversions({ redis, keyPrefix: testKeyPrefix() }));
    await redis.quit();
    const added = await conversions.add(file(1), 0, 60_000).catch((e: unknown) => e);
    expect(added).toBeInstanceOf(StoreUnavailableError);
    expect((added as Error).message).toMatch(/could not be recorded.*convert again/);
    await expect(conversions.get('cnv_AAAAAAAAAAAAAAAA', 1)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('withConversionErrors', () => {
  const failing = (cause: Error): Conversions => ({
    add: async () => {
      throw cause;
    },
    get: async () => {
      throw cause;
    },
    close: async () => {},
  });

  it('types storage failures and lets programming errors through', async () => {
    const busy = new Database.SqliteError('database is locked', 'SQLITE_BUSY');
    const typed = withConversionErrors(failing(busy));
    const err = await typed.get('cnv_AAAAAAAAAAAAAAAA', 0).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as StoreUnavailableError).code).toBe('STORE_UNAVAILABLE');
    expect((err as Error).cause).toBe(busy);
    await expect(typed.add(file(1), 0, 1)).rejects.toBeInstanceOf(StoreUnavailableError);

    const bug = new TypeError('not a function');
    await expect(withConversionErrors(failing(bug)).get('x', 0)).rejects.toBe(bug);
  });
});
