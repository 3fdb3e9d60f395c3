import type Database from 'better-sqlite3';
import type { JobKindName } from '../../tencent/job-kinds.ts';
import { TooManyQueuedJobsError } from '../domain/errors.ts';
import {
  detachInputImages,
  finishedTime,
  holdsInputBlobs,
  type InputBlobs,
  type JobRecord,
  type JobStatus,
} from '../domain/job.ts';
import { checkPageLimit, claimable, type JobChange, nextQueueRound } from '../domain/transitions.ts';
import { decodeJobRecord, encodeJobRecord } from './record-codec.ts';
import { openGatewayDb } from './sqlite-file.ts';
import {
  type BatchInsertOptions,
  type BatchInsertResult,
  checkBatch,
  type InsertOptions,
  type JobStore,
  type NewJobRecord,
  type QueueState,
  queuedPerOwner,
} from './store.ts';
import { FencedError } from './store-errors.ts';

export interface SqliteJobStoreOptions {
  /** Database file; its directory is created when missing. `:memory:` keeps nothing after close. */
  path: string;
  /**
   * The in-process leadership's current term token (undefined while not leading). A write with a
   * `fence` happens only when this returns that fence, checked inside the write transaction;
   * otherwise it throws FencedError. Without it, fences are not checked. SQLite serves one gateway
   * process, so its leadership is in-process and needs no shared lease.
   */
  leaseHolder?: (() => string | undefined) | undefined;
}

/**
 * Schema steps; step i takes the database from `user_version` i to i + 1. Append, never edit: a
 * database already at version n has run steps 0..n-1 exactly as they were written then. A step is
 * SQL, or a function for data that SQL cannot move; each runs inside the migration transaction.
 */
const MIGRATIONS: readonly (string | ((db: Database.Database) => void))[] = [
  `
  CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    idempotency_key TEXT,
    upstream_job_id TEXT,
    status TEXT NOT NULL,
    external INTEGER NOT NULL CHECK (external IN (0, 1)),
    data TEXT NOT NULL
  ) STRICT;
  -- Racing submits with one key (even from two processes) cannot both create a job.
  CREATE UNIQUE INDEX jobs_owner_idempotency_key ON jobs (owner, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
  CREATE INDEX jobs_status_seq ON jobs (status, seq);
  CREATE INDEX jobs_upstream_job_id ON jobs (upstream_job_id) WHERE upstream_job_id IS NOT NULL;
  CREATE INDEX jobs_owner_seq ON jobs (owner, seq);
  `,
  // One row per Tencent job, so two replicas recording one external job cannot both create it.
  // Duplicates written before this index are resolved by keeping the oldest: seq is assigned before
  // a job is sent, so the gateway's own submission is older than any lookup that recorded it again.
  // A later insert may reuse a deleted row's seq; only a page cursor taken before the upgrade sees it.
  `
  DELETE FROM jobs
  WHERE upstream_job_id IS NOT NULL
    AND seq > (SELECT MIN(seq) FROM jobs AS first WHERE first.upstream_job_id = jobs.upstream_job_id);
  DROP INDEX jobs_upstream_job_id;
  CREATE UNIQUE INDEX jobs_upstream_job_id_unique ON jobs (upstream_job_id)
    WHERE upstream_job_id IS NOT NULL;
  `,
  // Fair-queue rounds (nextQueueRound) and the leader's queue states. Jobs stored before this step
  // keep no round in their data: they decode with queueRound undefined and sort first (round 0).
  `
  CREATE TABLE queue_rounds (
    kind TEXT NOT NULL,
    owner TEXT NOT NULL,
    last_round INTEGER NOT NULL,
    PRIMARY KEY (kind, owner)
  ) STRICT;
  CREATE TABLE served_rounds (
    kind TEXT PRIMARY KEY,
    round INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE queue_states (
    kind TEXT PRIMARY KEY,
    data TEXT NOT NULL
  ) STRICT;
  `,
  // Inline images live beside the record (JobRecord.inputBlobs), as the client sent them (base64
  // text, never re-encoded). finished_at (finishedTime) finds finished jobs past retention; the
  // seq floor keeps seq strictly increasing once the newest jobs can be deleted.
  `
  CREATE TABLE job_blobs (
    job_id TEXT NOT NULL,
    part TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (job_id, part)
  ) STRICT;
  ALTER TABLE jobs ADD COLUMN finished_at INTEGER;
  UPDATE jobs SET finished_at = COALESCE(json_extract(data, '$.finishedAt'), json_extract(data, '$.updatedAt'))
    WHERE status IN ('DONE', 'FAIL', 'CANCELED');
  CREATE INDEX jobs_finished_at ON jobs (finished_at) WHERE finished_at IS NOT NULL;
  CREATE TABLE store_meta (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  ) STRICT;
  `,
  // Records written before blobs existed carry their images inline: move them out once, so lists,
  // rescans and caches read small records from the first start on. Queued jobs keep their images as
  // blobs (they are still to be sent); the others only keep the marker.
  (db) => {
    const ids = db
      .prepare<[], { id: string }>(`SELECT id FROM jobs WHERE instr(data, '"imageBase64":"') > 0`)
      .all();
    const select = db.prepare<[string], { data: string }>('SELECT data FROM jobs WHERE id = ?');
    const update = db.prepare<[string, string]>('UPDATE jobs SET data = ? WHERE id = ?');
    const insertBlob = db.prepare<[string, string, string]>(
      'INSERT OR REPLACE INTO job_blobs (job_id, part, data) VALUES (?, ?, ?)',
    );
    for (const { id } of ids) {
      const row = select.get(id);
      if (!row) continue;
      const { job, blobs } = detachInputImages(decodeJobRecord(row.data));
      if (job.inputBlobs === undefined) continue;
      if (holdsInputBlobs(job))
        for (const [part, data] of Object.entries(blobs)) insertBlob.run(id, part, data);
      update.run(encodeJobRecord(job), id);
    }
  },
  // Each job's last versions as stored (appendHistory), for streams that resume; retention deletes
  // them with the job.
  `
  CREATE TABLE job_history (
    job_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (job_id, version)
  ) STRICT, WITHOUT ROWID;
  `,
];

function migrate(db: Database.Database): void {
  // IMMEDIATE, and the version read inside it: two gateways starting on one new file migrate once.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `job store ${db.name} has schema version ${current}, newer than this gateway's ` +
          `${MIGRATIONS.length}; run a newer gateway or point JOB_STORE at another file`,
      );
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      const step = MIGRATIONS[version]!;
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.pragma(`user_version = ${version + 1}`);
    }
  }).immediate();
}

interface Columns {
  id: string;
  seq: number;
  owner: string;
  idempotencyKey: string | null;
  upstreamJobId: string | null;
  status: JobStatus;
  external: 0 | 1;
  finishedAt: number | null;
  data: string;
}

function toColumns(job: JobRecord): Columns {
  return {
    id: job.id,
    seq: job.seq,
    owner: job.owner,
    idempotencyKey: job.idempotencyKey ?? null,
    upstreamJobId: job.upstreamJobId ?? null,
    status: job.status,
    external: job.external ? 1 : 0,
    finishedAt: finishedTime(job) ?? null,
    data: encodeJobRecord(job),
  };
}

interface DataRow {
  data: string;
}

const decodeRow = (row: DataRow | undefined): JobRecord | undefined => row && decodeJobRecord(row.data);

/** The default store: one SQLite file, durable across restarts, for a single gateway process. */
export function createSqliteJobStore(opts: SqliteJobStoreOptions): JobStore {
  const db = openGatewayDb(opts.path, migrate);

  const insertRow = db.prepare<Columns>(
    `INSERT INTO jobs (id, seq, owner, idempotency_key, upstream_job_id, status, external, finished_at, data)
     VALUES (@id, @seq, @owner, @idempotencyKey, @upstreamJobId, @status, @external, @finishedAt, @data)`,
  );
  const updateRow = db.prepare<Columns>(
    `UPDATE jobs SET owner = @owner, idempotency_key = @idempotencyKey, upstream_job_id = @upstreamJobId,
       status = @status, external = @external, finished_at = @finishedAt, data = @data
     WHERE id = @id AND seq = @seq`,
  );
  // Inside the write transaction: past every seq still stored and every seq deleted by retention
  // (the floor), so strictly increasing even after the newest jobs were deleted.
  const nextSeq = db.prepare<[], { seq: number }>(
    `SELECT MAX(COALESCE((SELECT MAX(seq) FROM jobs), 0),
                COALESCE((SELECT value FROM store_meta WHERE key = 'seq_floor'), 0)) + 1 AS seq`,
  );
  const raiseSeqFloor = db.prepare<[]>(
    `INSERT INTO store_meta (key, value) SELECT 'seq_floor', MAX(seq) FROM jobs WHERE true
     ON CONFLICT (key) DO UPDATE SET value = MAX(value, excluded.value)`,
  );
  const insertBlob = db.prepare<[string, string, string]>(
    'INSERT INTO job_blobs (job_id, part, data) VALUES (?, ?, ?)',
  );
  const selectBlobs = db.prepare<[string], { part: string; data: string }>(
    'SELECT part, data FROM job_blobs WHERE job_id = ?',
  );
  const deleteBlobs = db.prepare<[string]>('DELETE FROM job_blobs WHERE job_id = ?');
  const selectFinished = db.prepare<[number, number], { id: string }>(
    `SELECT id FROM jobs WHERE finished_at < ? AND status IN ('DONE', 'FAIL', 'CANCELED')
     ORDER BY finished_at LIMIT ?`,
  );
  const deleteJob = db.prepare<[string]>('DELETE FROM jobs WHERE id = ?');
  // Only for a job still stored; an existing (job, version) stays as it is.
  const insertHistory = db.prepare<{ id: string; version: number; data: string }>(
    `INSERT OR IGNORE INTO job_history (job_id, version, data)
     SELECT @id, @version, @data WHERE EXISTS (SELECT 1 FROM jobs WHERE id = @id)`,
  );
  const trimHistory = db.prepare<{ id: string; keep: number }>(
    `DELETE FROM job_history WHERE job_id = @id AND version < (
       SELECT MIN(version) FROM (
         SELECT version FROM job_history WHERE job_id = @id ORDER BY version DESC LIMIT @keep))`,
  );
  const selectHistory = db.prepare<[string, number], DataRow>(
    'SELECT data FROM job_history WHERE job_id = ? AND version > ? ORDER BY version',
  );
  const deleteHistory = db.prepare<[string]>('DELETE FROM job_history WHERE job_id = ?');
  const selectFinishedSince = db.prepare<[number, number], DataRow>(
    `SELECT data FROM jobs WHERE finished_at >= ? AND status IN ('DONE', 'FAIL', 'CANCELED')
     ORDER BY finished_at, seq LIMIT ?`,
  );
  const deleteOrphans = db.prepare<[number]>(
    `DELETE FROM job_blobs WHERE job_id IN (
       SELECT DISTINCT b.job_id FROM job_blobs AS b LEFT JOIN jobs AS j ON j.id = b.job_id
       WHERE j.id IS NULL OR j.status = 'DONE' LIMIT ?)`,
  );
  const countOrphans = db.prepare<[number], { count: number }>(
    `SELECT COUNT(*) AS count FROM (
       SELECT DISTINCT b.job_id FROM job_blobs AS b LEFT JOIN jobs AS j ON j.id = b.job_id
       WHERE j.id IS NULL OR j.status = 'DONE' LIMIT ?)`,
  );
  const selectById = db.prepare<[string], DataRow>('SELECT data FROM jobs WHERE id = ?');
  const selectByUpstreamId = db.prepare<[string], DataRow>(
    'SELECT data FROM jobs WHERE upstream_job_id = ? ORDER BY seq LIMIT 1',
  );
  const selectByIdempotencyKey = db.prepare<[string, string], DataRow>(
    'SELECT data FROM jobs WHERE owner = ? AND idempotency_key = ?',
  );
  // One statement for any number of statuses: the list travels as a JSON array.
  const selectByStatuses = db.prepare<[string], DataRow>(
    'SELECT data FROM jobs WHERE status IN (SELECT value FROM json_each(?)) ORDER BY seq',
  );
  interface PageParams {
    limit: number;
    beforeSeq: number;
    owner: string | null;
    status: JobStatus | null;
  }
  // Two statements rather than `owner IS NULL OR …`, so an owner's page walks the (owner, seq) index.
  const pageAll = db.prepare<PageParams, DataRow>(
    `SELECT data FROM jobs
     WHERE external = 0 AND seq < @beforeSeq AND (@status IS NULL OR status = @status)
     ORDER BY seq DESC LIMIT @limit`,
  );
  const pageOwner = db.prepare<PageParams, DataRow>(
    `SELECT data FROM jobs
     WHERE owner = @owner AND external = 0 AND seq < @beforeSeq AND (@status IS NULL OR status = @status)
     ORDER BY seq DESC LIMIT @limit`,
  );
  const selectOne = db.prepare<[], unknown>('SELECT 1');

  const countQueued = db.prepare<[string], { count: number }>(
    `SELECT COUNT(*) AS count FROM jobs WHERE owner = ? AND status = 'QUEUED' AND external = 0`,
  );
  const selectOwnerRound = db.prepare<[string, string], { round: number }>(
    'SELECT last_round AS round FROM queue_rounds WHERE kind = ? AND owner = ?',
  );
  const upsertOwnerRound = db.prepare<[string, string, number]>(
    `INSERT INTO queue_rounds (kind, owner, last_round) VALUES (?, ?, ?)
     ON CONFLICT (kind, owner) DO UPDATE SET last_round = excluded.last_round`,
  );
  const selectServedRound = db.prepare<[string], { round: number }>(
    'SELECT round FROM served_rounds WHERE kind = ?',
  );
  const advanceServedRound = db.prepare<[string, number]>(
    `INSERT INTO served_rounds (kind, round) VALUES (?, ?)
     ON CONFLICT (kind) DO UPDATE SET round = MAX(round, excluded.round)`,
  );
  const upsertQueueState = db.prepare<[string, string]>(
    `INSERT INTO queue_states (kind, data) VALUES (?, ?)
     ON CONFLICT (kind) DO UPDATE SET data = excluded.data`,
  );
  const deleteQueueState = db.prepare<[string]>('DELETE FROM queue_states WHERE kind = ?');
  const selectQueueStates = db.prepare<[], { kind: JobKindName; data: string }>(
    'SELECT kind, data FROM queue_states ORDER BY kind',
  );

  function checkFence(operation: string, fence: string | undefined): void {
    if (fence !== undefined && opts.leaseHolder && opts.leaseHolder() !== fence) {
      throw new FencedError(operation);
    }
  }

  /** Inside a write transaction: the stored job a new record's key or JobId already names. */
  function existingFor(job: NewJobRecord): JobRecord | undefined {
    if (job.idempotencyKey !== undefined) {
      const existing = decodeRow(selectByIdempotencyKey.get(job.owner, job.idempotencyKey));
      if (existing) return existing;
    }
    if (job.upstreamJobId !== undefined) {
      const existing = decodeRow(selectByUpstreamId.get(job.upstreamJobId));
      if (existing) return existing;
    }
    return undefined;
  }

  /** Inside a write transaction: writes a checked new record with its seq, round and blobs. */
  function place(job: NewJobRecord, blobs: Readonly<InputBlobs> | undefined): JobRecord {
    let queueRound: number | undefined;
    if (job.status === 'QUEUED') {
      queueRound = nextQueueRound(
        selectOwnerRound.get(job.kind, job.owner)?.round ?? 0,
        selectServedRound.get(job.kind)?.round ?? 0,
      );
      upsertOwnerRound.run(job.kind, job.owner, queueRound);
    }
    // seq and queueRound are the store's, whatever the caller's object carries.
    const columns = toColumns({ ...job, seq: nextSeq.get()!.seq, queueRound });
    insertRow.run(columns);
    for (const [part, data] of Object.entries(blobs ?? {})) insertBlob.run(job.id, part, data);
    return decodeJobRecord(columns.data);
  }

  // IMMEDIATE takes the write lock before reading, so check-then-insert cannot interleave with
  // another connection; the unique index is the backstop.
  const insertTx = db.transaction((job: NewJobRecord, limit: number | undefined, blobs?: InputBlobs) => {
    const existing = existingFor(job);
    if (existing) return { job: existing, created: false };
    if (job.status === 'QUEUED' && limit !== undefined && countQueued.get(job.owner)!.count >= limit) {
      throw new TooManyQueuedJobsError(job.owner, limit);
    }
    return { job: place(job, blobs), created: true };
  });

  // One IMMEDIATE transaction for the whole batch: every check, then every row, or nothing (a
  // throw rolls back what was written).
  const insertBatchTx = db.transaction(
    (jobs: readonly NewJobRecord[], opts: BatchInsertOptions): BatchInsertResult => {
      for (const job of jobs) {
        const existing = existingFor(job);
        if (existing) return { created: false, existing };
        if (selectById.get(job.id))
          throw new Error(`insertBatch: job ${job.id} already exists; use transition to change it`);
      }
      const limit = opts.maxQueuedPerOwner;
      if (limit !== undefined) {
        for (const [owner, count] of queuedPerOwner(jobs)) {
          if (countQueued.get(owner)!.count + count > limit) throw new TooManyQueuedJobsError(owner, limit);
        }
      }
      return { created: true, jobs: jobs.map((job, i) => place(job, opts.blobs?.[i])) };
    },
  );

  // Read, decide and write in one IMMEDIATE transaction: no other connection writes in between, so
  // `change` decides on the record it replaces.
  const transitionTx = db.transaction((id: string, change: JobChange, fence: string | undefined) => {
    const current = decodeRow(selectById.get(id));
    if (!current) return undefined;
    const proposed = change(structuredClone(current));
    if (!proposed) return { job: current, changed: false };
    checkFence('transition', fence);
    if (proposed.id !== id) throw new Error(`transition: a change of job ${id} returned job ${proposed.id}`);
    const next: JobRecord = { ...proposed, seq: current.seq, queueRound: current.queueRound };
    const columns = toColumns(next);
    updateRow.run(columns);
    if (holdsInputBlobs(current) && !holdsInputBlobs(next)) deleteBlobs.run(id);
    if (claimable(current) && next.submitAttemptAt !== undefined) {
      advanceServedRound.run(current.kind, current.queueRound ?? 0);
    }
    return { job: decodeJobRecord(columns.data), changed: true };
  });

  // One transaction per batch: the rows, their blobs and (through SQLite's own indexes) every
  // lookup go together.
  const deleteFinishedTx = db.transaction((before: number, limit: number) => {
    const ids = selectFinished.all(before, limit).map((row) => row.id);
    if (ids.length > 0) raiseSeqFloor.run();
    for (const id of ids) {
      deleteBlobs.run(id);
      deleteHistory.run(id);
      deleteJob.run(id);
    }
    return ids;
  });

  const appendHistoryTx = db.transaction((job: JobRecord, keep: number) => {
    const { changes } = insertHistory.run({ id: job.id, version: job.version, data: encodeJobRecord(job) });
    if (changes > 0) trimHistory.run({ id: job.id, keep: Math.max(1, keep) });
  });

  const deleteOrphansTx = db.transaction((limit: number) => {
    const count = countOrphans.get(limit)!.count;
    if (count > 0) deleteOrphans.run(limit);
    return count;
  });

  const setQueueStateTx = db.transaction(
    (kind: JobKindName, state: QueueState | undefined, fence: string | undefined) => {
      checkFence('setQueueState', fence);
      if (state === undefined) deleteQueueState.run(kind);
      else upsertQueueState.run(kind, JSON.stringify(state));
    },
  );

  return {
    async insert(job, insertOpts: InsertOptions = {}) {
      return insertTx.immediate(job, insertOpts.maxQueuedPerOwner, insertOpts.blobs);
    },

    async insertBatch(jobs, batchOpts = {}) {
      checkBatch(jobs);
      return insertBatchTx.immediate(jobs, batchOpts);
    },

    async transition(id, change, transitionOpts = {}) {
      // A change is a pure function of the record: a write of its own would nest in this
      // transaction and be overwritten by the outer write.
      if (db.inTransaction) throw new Error('transition: a JobChange must not write to the store');
      return transitionTx.immediate(id, change, transitionOpts.fence);
    },

    async get(id) {
      return decodeRow(selectById.get(id));
    },

    async getByUpstreamId(upstreamJobId) {
      return decodeRow(selectByUpstreamId.get(upstreamJobId));
    },

    async getByIdempotencyKey(owner, key) {
      return decodeRow(selectByIdempotencyKey.get(owner, key));
    },

    async listByStatus(statuses) {
      if (statuses.length === 0) return [];
      return selectByStatuses.all(JSON.stringify(statuses)).map((row) => decodeJobRecord(row.data));
    },

    async page({ limit, beforeSeq, owner, status }) {
      checkPageLimit(limit);
      const params: PageParams = {
        limit,
        // seq is at most MAX_SAFE_INTEGER, so "no cursor" is a bound no row reaches.
        beforeSeq: beforeSeq ?? Number.MAX_SAFE_INTEGER,
        owner: owner ?? null,
        status: status ?? null,
      };
      const statement = owner === undefined ? pageAll : pageOwner;
      return statement.all(params).map((row) => decodeJobRecord(row.data));
    },

    async getInputBlobs(id) {
      const blobs: InputBlobs = {};
      for (const row of selectBlobs.all(id)) blobs[row.part] = row.data;
      return blobs;
    },

    async deleteFinished(before, limit) {
      checkPageLimit(limit);
      if (limit === 0) return [];
      return deleteFinishedTx.immediate(before, limit);
    },

    async listFinishedSince(since, limit) {
      checkPageLimit(limit);
      return selectFinishedSince.all(since, limit).map((row) => decodeJobRecord(row.data));
    },

    async appendHistory(job, keep) {
      appendHistoryTx.immediate(job, keep);
    },

    async history(id, afterVersion) {
      return selectHistory.all(id, afterVersion).map((row) => decodeJobRecord(row.data));
    },

    async deleteOrphanBlobs(limit) {
      checkPageLimit(limit);
      if (limit === 0) return 0;
      return deleteOrphansTx.immediate(limit);
    },

    async setQueueState(kind, state, transitionOpts = {}) {
      setQueueStateTx.immediate(kind, state, transitionOpts.fence);
    },

    async queueStates() {
      const states: Partial<Record<JobKindName, QueueState>> = {};
      for (const row of selectQueueStates.all()) states[row.kind] = JSON.parse(row.data) as QueueState;
      return states;
    },

    async ping() {
      selectOne.get();
    },

    async close() {
      if (db.open) db.close();
    },
  };
}
