import type { JobKindName } from '../../tencent/job-kinds.ts';
import { TooManyQueuedJobsError } from '../domain/errors.ts';
import {
  finishedTime,
  holdsInputBlobs,
  type InputBlobs,
  type JobRecord,
  type JobStatus,
} from '../domain/job.ts';
import { checkPageLimit, claimable, idempotencySlot, nextQueueRound } from '../domain/transitions.ts';
import { checkBatch, type JobStore, type NewJobRecord, type QueueState, queuedPerOwner } from './store.ts';
import { FencedError } from './store-errors.ts';

export interface MemoryJobStoreOptions {
  /**
   * The in-process leadership's current term token (undefined while not leading). A write with a
   * `fence` happens only when this returns that fence; otherwise it throws FencedError. Without it,
   * fences are not checked (a single process is always the leader).
   */
  leaseHolder?: (() => string | undefined) | undefined;
}

/**
 * A JobStore in Maps, for tests. Records are cloned on the way in and out, as the durable stores
 * effectively do, so a test cannot pass by mutating a record it was handed and skipping `transition`.
 * Every method runs synchronously up to its first `await` (there is none), so each is atomic.
 */
export function createMemoryJobStore(opts: MemoryJobStoreOptions = {}): JobStore {
  // Map iteration follows insertion, and ids are inserted once in seq order.
  const byId = new Map<string, JobRecord>();
  const idByIdempotency = new Map<string, string>();
  const idByUpstream = new Map<string, string>();
  /** kind → owner → the round of the owner's last QUEUED insert. */
  const ownerLastRound = new Map<JobKindName, Map<string, number>>();
  /** kind → the highest round a claim has taken. */
  const servedRound = new Map<JobKindName, number>();
  const queueStates = new Map<JobKindName, QueueState>();
  /** Job id → its input blobs (InsertOptions.blobs), while it holds them. */
  const blobsById = new Map<string, InputBlobs>();
  /** Job id → version → the record as it was at that version (appendHistory). */
  const historyById = new Map<string, Map<number, JobRecord>>();
  let lastSeq = 0;
  /** Set while a transition's change runs. */
  let deciding = false;

  const out = (job: JobRecord): JobRecord => structuredClone(job);

  function checkFence(operation: string, fence: string | undefined): void {
    if (fence !== undefined && opts.leaseHolder && opts.leaseHolder() !== fence) {
      throw new FencedError(operation);
    }
  }

  function queuedCount(owner: string): number {
    let count = 0;
    // Queued jobs are never external; skipping them keeps the count the Redis page index gives.
    for (const job of byId.values())
      if (job.status === 'QUEUED' && job.owner === owner && !job.external) count++;
    return count;
  }

  /** The stored job a new record's idempotency key or JobId already names, if any. */
  function existingFor(job: NewJobRecord): JobRecord | undefined {
    if (job.idempotencyKey !== undefined) {
      const existingId = idByIdempotency.get(idempotencySlot(job.owner, job.idempotencyKey));
      const existing = existingId === undefined ? undefined : byId.get(existingId);
      if (existing) return existing;
    }
    if (job.upstreamJobId !== undefined) {
      const existingId = idByUpstream.get(job.upstreamJobId);
      const existing = existingId === undefined ? undefined : byId.get(existingId);
      if (existing) return existing;
    }
    return undefined;
  }

  /** Writes a new record (checked by the caller) with its seq, round, lookups and blobs. */
  function place(job: NewJobRecord, blobs: Readonly<InputBlobs> | undefined): JobRecord {
    let queueRound: number | undefined;
    if (job.status === 'QUEUED') {
      const owners = ownerLastRound.get(job.kind) ?? new Map<string, number>();
      ownerLastRound.set(job.kind, owners);
      queueRound = nextQueueRound(owners.get(job.owner) ?? 0, servedRound.get(job.kind) ?? 0);
      owners.set(job.owner, queueRound);
    }
    lastSeq += 1;
    // seq and queueRound are the store's, whatever the caller's object carries.
    const stored: JobRecord = { ...structuredClone(job), seq: lastSeq, queueRound };
    byId.set(stored.id, stored);
    if (stored.idempotencyKey !== undefined) {
      idByIdempotency.set(idempotencySlot(stored.owner, stored.idempotencyKey), stored.id);
    }
    if (stored.upstreamJobId !== undefined) idByUpstream.set(stored.upstreamJobId, stored.id);
    if (blobs && Object.keys(blobs).length > 0) blobsById.set(stored.id, { ...blobs });
    return stored;
  }

  return {
    async insert(job, insertOpts = {}) {
      const existing = existingFor(job);
      if (existing) return { job: out(existing), created: false };
      if (byId.has(job.id))
        throw new Error(`insert: job ${job.id} already exists; use transition to change it`);
      const limit = insertOpts.maxQueuedPerOwner;
      if (job.status === 'QUEUED' && limit !== undefined && queuedCount(job.owner) >= limit) {
        throw new TooManyQueuedJobsError(job.owner, limit);
      }
      return { job: out(place(job, insertOpts.blobs)), created: true };
    },

    async insertBatch(jobs, batchOpts = {}) {
      checkBatch(jobs);
      // Every check before any write: the batch is stored whole or not at all.
      for (const job of jobs) {
        const existing = existingFor(job);
        if (existing) return { created: false, existing: out(existing) };
        if (byId.has(job.id))
          throw new Error(`insertBatch: job ${job.id} already exists; use transition to change it`);
      }
      const limit = batchOpts.maxQueuedPerOwner;
      if (limit !== undefined) {
        for (const [owner, count] of queuedPerOwner(jobs)) {
          if (queuedCount(owner) + count > limit) throw new TooManyQueuedJobsError(owner, limit);
        }
      }
      const stored = jobs.map((job, i) => place(job, batchOpts.blobs?.[i]));
      return { created: true, jobs: stored.map(out) };
    },

    async transition(id, change, transitionOpts = {}) {
      const current = byId.get(id);
      if (!current) return undefined;
      // A change is a pure function of the record: one that wrote to the store would be overwritten.
      if (deciding) throw new Error('transition: a JobChange must not write to the store');
      let proposed: JobRecord | undefined;
      deciding = true;
      try {
        proposed = change(out(current));
      } finally {
        deciding = false;
      }
      if (!proposed) return { job: out(current), changed: false };
      checkFence('transition', transitionOpts.fence);
      const next: JobRecord = {
        ...structuredClone(proposed),
        seq: current.seq,
        queueRound: current.queueRound,
      };
      if (next.id !== id) throw new Error(`transition: a change of job ${id} returned job ${next.id}`);
      const nextSlot =
        next.idempotencyKey === undefined ? undefined : idempotencySlot(next.owner, next.idempotencyKey);
      const holder = nextSlot === undefined ? undefined : idByIdempotency.get(nextSlot);
      // Mirrors the SQLite unique indexes, so a test cannot rely on something only memory allows.
      if (holder !== undefined && holder !== id) {
        throw new Error(`transition: idempotency key of job ${id} is already used by job ${holder}`);
      }
      const upstreamHolder =
        next.upstreamJobId === undefined ? undefined : idByUpstream.get(next.upstreamJobId);
      if (upstreamHolder !== undefined && upstreamHolder !== id) {
        throw new Error(
          `transition: upstreamJobId ${next.upstreamJobId} of job ${id} is already recorded by job ${upstreamHolder}`,
        );
      }
      if (current.idempotencyKey !== undefined) {
        idByIdempotency.delete(idempotencySlot(current.owner, current.idempotencyKey));
      }
      if (nextSlot !== undefined) idByIdempotency.set(nextSlot, id);
      if (current.upstreamJobId !== undefined) idByUpstream.delete(current.upstreamJobId);
      if (next.upstreamJobId !== undefined) idByUpstream.set(next.upstreamJobId, id);
      if (claimable(current) && next.submitAttemptAt !== undefined) {
        servedRound.set(current.kind, Math.max(servedRound.get(current.kind) ?? 0, current.queueRound ?? 0));
      }
      byId.set(id, next);
      if (holdsInputBlobs(current) && !holdsInputBlobs(next)) blobsById.delete(id);
      return { job: out(next), changed: true };
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

    async getInputBlobs(id) {
      return { ...blobsById.get(id) };
    },

    async deleteFinished(before, limit) {
      checkPageLimit(limit);
      const expired: Array<{ job: JobRecord; at: number }> = [];
      for (const job of byId.values()) {
        const at = finishedTime(job);
        if (at !== undefined && at < before) expired.push({ job, at });
      }
      expired.sort((a, b) => a.at - b.at);
      const deleted: string[] = [];
      for (const { job } of expired.slice(0, limit)) {
        byId.delete(job.id);
        blobsById.delete(job.id);
        historyById.delete(job.id);
        const slot =
          job.idempotencyKey === undefined ? undefined : idempotencySlot(job.owner, job.idempotencyKey);
        if (slot !== undefined && idByIdempotency.get(slot) === job.id) idByIdempotency.delete(slot);
        if (job.upstreamJobId !== undefined && idByUpstream.get(job.upstreamJobId) === job.id) {
          idByUpstream.delete(job.upstreamJobId);
        }
        deleted.push(job.id);
      }
      return deleted;
    },

    async listFinishedSince(since, limit) {
      checkPageLimit(limit);
      const found: Array<{ job: JobRecord; at: number }> = [];
      for (const job of byId.values()) {
        const at = finishedTime(job);
        if (at !== undefined && at >= since) found.push({ job, at });
      }
      // Map order is seq order, and the sort is stable: ties stay by seq.
      found.sort((a, b) => a.at - b.at);
      return found.slice(0, limit).map(({ job }) => out(job));
    },

    async appendHistory(job, keep) {
      if (!byId.has(job.id)) return;
      const versions = historyById.get(job.id) ?? new Map<number, JobRecord>();
      historyById.set(job.id, versions);
      if (!versions.has(job.version)) versions.set(job.version, structuredClone(job));
      const kept = [...versions.keys()].sort((a, b) => b - a);
      for (const version of kept.slice(Math.max(1, keep))) versions.delete(version);
    },

    async history(id, afterVersion) {
      const versions = historyById.get(id);
      if (!versions) return [];
      return [...versions.values()]
        .filter((job) => job.version > afterVersion)
        .sort((a, b) => a.version - b.version)
        .map(out);
    },

    async deleteOrphanBlobs(limit) {
      checkPageLimit(limit);
      let deleted = 0;
      for (const id of [...blobsById.keys()]) {
        if (deleted >= limit) break;
        const job = byId.get(id);
        if (job && holdsInputBlobs(job)) continue;
        blobsById.delete(id);
        deleted += 1;
      }
      return deleted;
    },

    async setQueueState(kind, state, transitionOpts = {}) {
      checkFence('setQueueState', transitionOpts.fence);
      if (state === undefined) queueStates.delete(kind);
      else queueStates.set(kind, structuredClone(state));
    },

    async queueStates() {
      return structuredClone(Object.fromEntries(queueStates));
    },

    async ping() {},

    async close() {},
  };
}
