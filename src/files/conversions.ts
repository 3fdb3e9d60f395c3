import { randomBytes } from 'node:crypto';
import type { ResultFile } from '../jobs/domain/job.ts';

/**
 * Results of the synchronous `convertModel` (Tencent's Convert3DFormat). A conversion has no job, so
 * its file gets an id of its own, `cnv_<16>` (96 random bits, like a job id: the `/files` path is the
 * credential), and `/files/<cnv id>/0/model.<ext>` serves it with the same headers and checks as a
 * job's result. The records are small and kept in this process until they expire (or, beyond `max`,
 * the oldest go first); with several replicas, a conversion's file is served by the replica that ran it.
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

export interface Conversions {
  add(file: ResultFile, createdAt: number, expiresAt: number): Conversion;
  /** The conversion, or undefined when unknown, evicted or expired at `now`. */
  get(id: string, now: number): Conversion | undefined;
  size(): number;
}

export interface ConversionsOptions {
  /** Records kept at most; the oldest are dropped beyond. @default 10000 */
  max?: number;
}

export function newConversionId(): string {
  return `cnv_${randomBytes(12).toString('base64url')}`;
}

export function createConversions(opts: ConversionsOptions = {}): Conversions {
  const max = Math.max(1, opts.max ?? 10_000);
  const records = new Map<string, Conversion>();
  return {
    add(file, createdAt, expiresAt) {
      const record: Conversion = { id: newConversionId(), file, createdAt, expiresAt };
      records.set(record.id, record);
      // Insertion order is age order: drop the oldest beyond the cap.
      for (const id of records.keys()) {
        if (records.size <= max) break;
        records.delete(id);
      }
      return record;
    },
    get(id, now) {
      const record = records.get(id);
      if (!record) return undefined;
      if (now >= record.expiresAt) {
        records.delete(id);
        return undefined;
      }
      return record;
    },
    size: () => records.size,
  };
}
