import type { JobRecord, JobStatus } from '../domain/job.ts';
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
  const idByUpstream = new Map<string, string>();
  let lastSeq = 0;

  const out = (job: JobRecord): JobRecord => structuredClone(job);
  const claimable = (job: JobRecord): boolean => job.status === 'QUEUED' && job.submitAttemptAt === undefined;

  return {
    async insert(job) {
      if (job.idempotencyKey !== undefined) {
        const existingId = idByIdempotency.get(idempotencySlot(job.owner, job.idempotencyKey));
        const existing = existingId === undefined ? undefined : byId.get(existingId);
        if (existing) return { job: out(existing), created: false };
      }
      if (job.upstreamJobId !== undefined) {
        const existingId = idByUpstream.get(job.upstreamJobId);
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
      if (stored.upstreamJobId !== undefined) idByUpstream.set(stored.upstreamJobId, stored.id);
      return { job: out(stored), created: true };
    },

    async claimForSubmit(id, at) {
      const job = byId.get(id);
      if (!job || !claimable(job)) return undefined;
      const claimed: JobRecord = { ...job, submitAttemptAt: at };
      byId.set(id, claimed);
      return out(claimed);
    },

    async cancelIfQueued(id, at) {
      const job = byId.get(id);
      if (!job) return undefined;
      if (!claimable(job)) return { job: out(job), canceled: false };
      const canceled: JobRecord = {
        ...job,
        status: 'CANCELED',
        finishedAt: at,
        updatedAt: at,
        version: job.version + 1,
      };
      byId.set(id, canceled);
      return { job: out(canceled), canceled: true };
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
      const upstreamHolder =
        job.upstreamJobId === undefined ? undefined : idByUpstream.get(job.upstreamJobId);
      if (upstreamHolder !== undefined && upstreamHolder !== job.id) {
        throw new Error(
          `update: upstreamJobId ${job.upstreamJobId} of job ${job.id} is already recorded by job ${upstreamHolder}`,
        );
      }
      if (previous.idempotencyKey !== undefined) {
        idByIdempotency.delete(idempotencySlot(previous.owner, previous.idempotencyKey));
      }
      if (nextSlot !== undefined) idByIdempotency.set(nextSlot, job.id);
      if (previous.upstreamJobId !== undefined) idByUpstream.delete(previous.upstreamJobId);
      if (job.upstreamJobId !== undefined) idByUpstream.set(job.upstreamJobId, job.id);
      // seq belongs to the store: a caller cannot move a job in the queue by editing it.
      byId.set(job.id, { ...structuredClone(job), seq: previous.seq });
    },

    async get(id) {
      const job = byId.get(id);
      return job && out(job);
    },

    async getByUpstreamId(upstreamJobId) {
      const id = idByUpstream.get(upstreamJobId);
      const job = id === undefined ? undefined : byId.get(id);
      return job && out(job);
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
