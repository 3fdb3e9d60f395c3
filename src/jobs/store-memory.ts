import type { JobRecord, JobStatus } from './job.ts';
import type { JobStore } from './store.ts';

/** `\u0000` cannot appear in an API key name, so owner + key never collide across owners. */
function idempotencySlot(owner: string, key: string): string {
  return `${owner}\u0000${key}`;
}

function checkPageLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`page limit must be a non-negative integer, got ${limit}`);
  }
}

/**
 * A JobStore in Maps, for tests. Records are cloned on the way in and out, as the durable stores
 * effectively do, so a test cannot pass by mutating a record it was handed and skipping `update`.
 */
export function createMemoryJobStore(): JobStore {
  // Map iteration follows insertion, and ids are inserted once in seq order: that is the queue order.
  const byId = new Map<string, JobRecord>();
  const idByIdempotency = new Map<string, string>();
  let lastSeq = 0;

  const out = (job: JobRecord): JobRecord => structuredClone(job);

  return {
    async insert(job) {
      if (job.idempotencyKey !== undefined) {
        const existingId = idByIdempotency.get(idempotencySlot(job.owner, job.idempotencyKey));
        const existing = existingId === undefined ? undefined : byId.get(existingId);
        if (existing) return { job: out(existing), created: false };
      }
      if (byId.has(job.id)) throw new Error(`insert: job ${job.id} already exists; use update to change it`);
      lastSeq += 1;
      const stored: JobRecord = { ...structuredClone(job), seq: lastSeq };
      byId.set(stored.id, stored);
      if (stored.idempotencyKey !== undefined) {
        idByIdempotency.set(idempotencySlot(stored.owner, stored.idempotencyKey), stored.id);
      }
      return { job: out(stored), created: true };
    },

    async update(job) {
      const previous = byId.get(job.id);
      if (!previous) throw new Error(`update: no job ${job.id}; insert it first`);
      const nextSlot =
        job.idempotencyKey === undefined ? undefined : idempotencySlot(job.owner, job.idempotencyKey);
      const holder = nextSlot === undefined ? undefined : idByIdempotency.get(nextSlot);
      // Mirrors the SQLite unique index, so a test cannot rely on something only memory allows.
      if (holder !== undefined && holder !== job.id) {
        throw new Error(`update: idempotency key of job ${job.id} is already used by job ${holder}`);
      }
      if (previous.idempotencyKey !== undefined) {
        idByIdempotency.delete(idempotencySlot(previous.owner, previous.idempotencyKey));
      }
      if (nextSlot !== undefined) idByIdempotency.set(nextSlot, job.id);
      // seq belongs to the store: a caller cannot move a job in the queue by editing it.
      byId.set(job.id, { ...structuredClone(job), seq: previous.seq });
    },

    async get(id) {
      const job = byId.get(id);
      return job && out(job);
    },

    async getByUpstreamId(upstreamJobId) {
      for (const job of byId.values()) {
        if (job.upstreamJobId === upstreamJobId) return out(job);
      }
      return undefined;
    },

    async getByIdempotencyKey(owner, key) {
      const id = idByIdempotency.get(idempotencySlot(owner, key));
      const job = id === undefined ? undefined : byId.get(id);
      return job && out(job);
    },

    async listByStatus(statuses: readonly JobStatus[]) {
      const wanted = new Set(statuses);
      return [...byId.values()].filter((job) => wanted.has(job.status)).map(out);
    },

    async page({ limit, beforeSeq, owner, status }) {
      checkPageLimit(limit);
      const result: JobRecord[] = [];
      for (const job of [...byId.values()].reverse()) {
        if (result.length >= limit) break;
        if (job.external) continue;
        if (beforeSeq !== undefined && job.seq >= beforeSeq) continue;
        if (owner !== undefined && job.owner !== owner) continue;
        if (status !== undefined && job.status !== status) continue;
        result.push(out(job));
      }
      return result;
    },

    async ping() {},

    async close() {},
  };
}
