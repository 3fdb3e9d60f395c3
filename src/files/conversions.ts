import { randomBytes } from 'node:crypto';
import type { ResultFile } from '../jobs/domain/job.ts';
import { isStorageFailure, StoreUnavailableError } from '../jobs/store/store-errors.ts';

/**
 * Results of the synchronous `convertModel` (Tencent's Convert3DFormat). A conversion has no job, so
 * its file gets an id of its own, `cnv_<16>` (96 random bits, like a job id: the `/files` path is the
 * credential), and `/files/<cnv id>/0/model.<ext>` serves it with the same headers and checks as a
 * job's result. The records are tiny (id, Tencent's URL, the format, two times) and live where the
 * jobs live, so every replica serves every conversion: Redis (conversions-redis.ts), the SQLite file
 * (conversions-sqlite.ts), or this process (below, for `GATEWAY_DB=:memory:` and tests). Each keeps at
 * most `max` records (the oldest go first) and forgets a record once it expired.
 */

export const CONVERSION_ID_RE = /^cnv_[A-Za-z0-9_-]{16}$/;

export interface Conversion {
  id: string;
  /** Tencent's result URL and the format asked for. */
  file: ResultFile;
  createdAt: number;
  /** When the upstream URL is no longer trusted to work (Tencent keeps results 24 hours). */
  expiresAt: number;
}

/**
 * Every call may fail with StoreUnavailableError once wrapped by `withConversionErrors` (the store
 * did not answer); anything else it throws is a programming error.
 */
export interface Conversions {
  /** Records a new conversion under a new id; `createdAt` is also the time expired records are dropped at. */
  add(file: ResultFile, createdAt: number, expiresAt: number): Promise<Conversion>;
  /** The conversion, or undefined when unknown, evicted or expired at `now`. */
  get(id: string, now: number): Promise<Conversion | undefined>;
  /** Releases what the implementation opened (a database connection); not a shared Redis connection. */
  close(): Promise<void>;
}

export interface ConversionsOptions {
  /** Records kept at most; the oldest are dropped beyond. @default 10000 */
  max?: number;
}

export const DEFAULT_MAX_CONVERSIONS = 10_000;

export function maxConversions(opts: ConversionsOptions): number {
  const max = opts.max ?? DEFAULT_MAX_CONVERSIONS;
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`conversions: max must be a positive integer, got ${max}`);
  return max;
}

export function newConversionId(): string {
  return `cnv_${randomBytes(12).toString('base64url')}`;
}

/** What a stored record holds; the preview is always absent (a conversion gives one file). */
export interface ConversionRow {
  id: string;
  type: string;
  url: string;
  createdAt: number;
  expiresAt: number;
}

export function toRow(c: Conversion): ConversionRow {
  return { id: c.id, type: c.file.type, url: c.file.url, createdAt: c.createdAt, expiresAt: c.expiresAt };
}

/**
 * A stored record back as a Conversion, or undefined when it is not one (written by something else
 * under our key, or damaged): such a record cannot be served, so it reads as unknown (404).
 */
export function fromRow(row: unknown): Conversion | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const r = row as Record<string, unknown>;
  if (
    typeof r.id !== 'string' ||
    typeof r.type !== 'string' ||
    typeof r.url !== 'string' ||
    typeof r.createdAt !== 'number' ||
    typeof r.expiresAt !== 'number'
  ) {
    return undefined;
  }
  return {
    id: r.id,
    file: { type: r.type, url: r.url, previewImageUrl: undefined },
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
  };
}

/** In this process: forgotten on restart, and served only by this replica. */
export function createMemoryConversions(opts: ConversionsOptions = {}): Conversions & { size(): number } {
  const max = maxConversions(opts);
  const records = new Map<string, Conversion>();
  return {
    async add(file, createdAt, expiresAt) {
      const record: Conversion = {
        id: newConversionId(),
        file: { type: file.type, url: file.url, previewImageUrl: undefined },
        createdAt,
        expiresAt,
      };
      records.set(record.id, record);
      // Insertion order is age order: drop the oldest beyond the cap.
      for (const id of records.keys()) {
        if (records.size <= max) break;
        records.delete(id);
      }
      return record;
    },
    async get(id, now) {
      const record = records.get(id);
      if (!record) return undefined;
      if (now >= record.expiresAt) {
        records.delete(id);
        return undefined;
      }
      return record;
    },
    async close() {},
    size: () => records.size,
  };
}

/**
 * Types the store's failures at its edge, as `withStoreErrors` does for jobs: GraphQL answers
 * STORE_UNAVAILABLE and `/files` a 503, rather than an anonymous internal error.
 */
export function withConversionErrors(conversions: Conversions): Conversions {
  const typed = (operation: string, err: unknown): never => {
    if (err instanceof StoreUnavailableError || !isStorageFailure(err)) throw err;
    throw new StoreUnavailableError(operation, err);
  };
  return {
    async add(file, createdAt, expiresAt) {
      try {
        return await conversions.add(file, createdAt, expiresAt);
      } catch (err) {
        return typed('addConversion', err);
      }
    },
    async get(id, now) {
      try {
        return await conversions.get(id, now);
      } catch (err) {
        return typed('getConversion', err);
      }
    },
    close: () => conversions.close(),
  };
}
