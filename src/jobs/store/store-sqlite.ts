import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { JobRecord, JobStatus } from '../domain/job.ts';
import { decodeJobRecord, encodeJobRecord } from './record-codec.ts';
import type { JobStore } from './store.ts';

export interface SqliteJobStoreOptions {
  /** Database file; its directory is created when missing. `:memory:` keeps nothing after close. */
  path: string;
}

/** How long a write waits for another connection's lock before failing with SQLITE_BUSY (ms). */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Schema steps; step i takes the database from `user_version` i to i + 1. Append, never edit: a
 * database already at version n has run steps 0..n-1 exactly as they were written then.
 */
const MIGRATIONS: readonly string[] = [
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
];

function checkPageLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`page limit must be a non-negative integer, got ${limit}`);
  }
}

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
      db.exec(MIGRATIONS[version]!);
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
    data: encodeJobRecord(job),
  };
}

interface DataRow {
  data: string;
}

const decodeRow = (row: DataRow | undefined): JobRecord | undefined => row && decodeJobRecord(row.data);

function open(path: string): Database.Database {
  if (path !== ':memory:' && path !== '') mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  try {
    // WAL + NORMAL: a commit is in the WAL before the call returns, so it survives the process being
    // killed (-9 included); only an OS crash or power loss can drop the last commits, and fsync on
    // every job update would cost more than re-polling Tencent for those few.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The default store: one SQLite file, durable across restarts, for a single gateway process. */
export function createSqliteJobStore(opts: SqliteJobStoreOptions): JobStore {
  const db = open(opts.path);

  const insertRow = db.prepare<Columns>(
    `INSERT INTO jobs (id, seq, owner, idempotency_key, upstream_job_id, status, external, data)
     VALUES (@id, @seq, @owner, @idempotencyKey, @upstreamJobId, @status, @external, @data)`,
  );
  const updateRow = db.prepare<Columns>(
    `UPDATE jobs SET owner = @owner, idempotency_key = @idempotencyKey, upstream_job_id = @upstreamJobId,
       status = @status, external = @external, data = @data
     WHERE id = @id AND seq = @seq`,
  );
  // No job is ever deleted, so max + 1 inside the write transaction is strictly increasing.
  const nextSeq = db.prepare<[], { seq: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM jobs');
  const selectSeq = db.prepare<[string], { seq: number }>('SELECT seq FROM jobs WHERE id = ?');
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

  // IMMEDIATE takes the write lock before reading, so check-then-insert cannot interleave with
  // another connection; the unique index is the backstop.
  const insertTx = db.transaction((job: Omit<JobRecord, 'seq'>) => {
    if (job.idempotencyKey !== undefined) {
      const existing = decodeRow(selectByIdempotencyKey.get(job.owner, job.idempotencyKey));
      if (existing) return { job: existing, created: false };
    }
    if (job.upstreamJobId !== undefined) {
      const existing = decodeRow(selectByUpstreamId.get(job.upstreamJobId));
      if (existing) return { job: existing, created: false };
    }
    const columns = toColumns({ ...job, seq: nextSeq.get()!.seq });
    insertRow.run(columns);
    return { job: decodeJobRecord(columns.data), created: true };
  });

  const updateTx = db.transaction((job: JobRecord) => {
    const row = selectSeq.get(job.id);
    if (!row) throw new Error(`update: no job ${job.id}; insert it first`);
    // seq belongs to the store: a caller cannot move a job in the queue by editing it.
    updateRow.run(toColumns({ ...job, seq: row.seq }));
  });

  const claimable = (job: JobRecord): boolean => job.status === 'QUEUED' && job.submitAttemptAt === undefined;

  // Read and write in one IMMEDIATE transaction: another connection cannot claim or cancel between.
  const claimTx = db.transaction((id: string, at: number): JobRecord | undefined => {
    const job = decodeRow(selectById.get(id));
    if (!job || !claimable(job)) return undefined;
    const claimed: JobRecord = { ...job, submitAttemptAt: at };
    updateRow.run(toColumns(claimed));
    return claimed;
  });

  const cancelTx = db.transaction((id: string, at: number) => {
    const job = decodeRow(selectById.get(id));
    if (!job) return undefined;
    if (!claimable(job)) return { job, canceled: false };
    const canceled: JobRecord = {
      ...job,
      status: 'CANCELED',
      finishedAt: at,
      updatedAt: at,
      version: job.version + 1,
    };
    updateRow.run(toColumns(canceled));
    return { job: canceled, canceled: true };
  });

  return {
    async insert(job) {
      return insertTx.immediate(job);
    },

    async claimForSubmit(id, at) {
      return claimTx.immediate(id, at);
    },

    async cancelIfQueued(id, at) {
      return cancelTx.immediate(id, at);
    },

    async update(job) {
      updateTx.immediate(job);
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

    async ping() {
      selectOne.get();
    },

    async close() {
      if (db.open) db.close();
    },
  };
}
