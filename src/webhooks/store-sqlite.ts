import { openGatewayDb } from '../jobs/store/sqlite-file.ts';
import { TooManyWebhooksError } from './errors.ts';
import type { WebhookEventType } from './events.ts';
import {
  claimableAt,
  type Delivery,
  type DeliveryStatus,
  decodeEndpoint,
  encodeEndpoint,
  pendingDelivery,
  replayed,
  settled,
  type WebhookEndpoint,
  type WebhookStore,
} from './store.ts';

export interface SqliteWebhookStoreOptions {
  /** The gateway's SQLite file (GATEWAY_DB); its directory is created when missing. */
  path: string;
}

/**
 * Tables of their own in the gateway's file, created idempotently like `conversions` (nothing else
 * refers to them, so a later shape can be a new table). `due_at` is when a PENDING delivery can be
 * claimed: its next attempt's time, or the end of the lease of the attempt in flight.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS webhook_endpoints (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    data TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS webhook_endpoints_owner ON webhook_endpoints (owner, created_at);
  CREATE TABLE IF NOT EXISTS webhook_events (
    key TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS webhook_events_created_at ON webhook_events (created_at);
  CREATE TABLE IF NOT EXISTS webhook_deliveries (
    id TEXT PRIMARY KEY,
    endpoint_id TEXT NOT NULL,
    owner TEXT NOT NULL,
    event_id TEXT NOT NULL,
    event_key TEXT NOT NULL,
    type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    step INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    next_attempt_at INTEGER,
    last_attempt_at INTEGER,
    response_status INTEGER,
    last_error TEXT,
    lease_token TEXT,
    lease_until INTEGER,
    due_at INTEGER
  ) STRICT;
  CREATE INDEX IF NOT EXISTS webhook_deliveries_due ON webhook_deliveries (due_at) WHERE status = 'PENDING';
  CREATE INDEX IF NOT EXISTS webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at);
  CREATE INDEX IF NOT EXISTS webhook_deliveries_created_at ON webhook_deliveries (created_at);
  CREATE TABLE IF NOT EXISTS webhook_meta (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  ) STRICT;
`;

interface Row {
  id: string;
  endpointId: string;
  owner: string;
  eventId: string;
  eventKey: string;
  type: string;
  subjectId: string;
  body: string;
  status: string;
  attempts: number;
  step: number;
  createdAt: number;
  nextAttemptAt: number | null;
  lastAttemptAt: number | null;
  responseStatus: number | null;
  lastError: string | null;
  leaseToken: string | null;
  leaseUntil: number | null;
  dueAt: number | null;
}

const COLUMNS = `id, endpoint_id AS endpointId, owner, event_id AS eventId, event_key AS eventKey, type,
  subject_id AS subjectId, body, status, attempts, step, created_at AS createdAt,
  next_attempt_at AS nextAttemptAt, last_attempt_at AS lastAttemptAt, response_status AS responseStatus,
  last_error AS lastError, lease_token AS leaseToken, lease_until AS leaseUntil, due_at AS dueAt`;

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function fromRow(r: Row): Delivery {
  return {
    id: r.id,
    endpointId: r.endpointId,
    owner: r.owner,
    eventId: r.eventId,
    eventKey: r.eventKey,
    type: r.type as WebhookEventType,
    subjectId: r.subjectId,
    body: r.body,
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    step: r.step,
    createdAt: r.createdAt,
    nextAttemptAt: opt(r.nextAttemptAt),
    lastAttemptAt: opt(r.lastAttemptAt),
    responseStatus: opt(r.responseStatus),
    lastError: opt(r.lastError),
    leaseToken: opt(r.leaseToken),
    leaseUntil: opt(r.leaseUntil),
  };
}

function toRow(d: Delivery): Row {
  return {
    id: d.id,
    endpointId: d.endpointId,
    owner: d.owner,
    eventId: d.eventId,
    eventKey: d.eventKey,
    type: d.type,
    subjectId: d.subjectId,
    body: d.body,
    status: d.status,
    attempts: d.attempts,
    step: d.step,
    createdAt: d.createdAt,
    nextAttemptAt: nul(d.nextAttemptAt),
    lastAttemptAt: nul(d.lastAttemptAt),
    responseStatus: nul(d.responseStatus),
    lastError: nul(d.lastError),
    leaseToken: nul(d.leaseToken),
    leaseUntil: nul(d.leaseUntil),
    dueAt: d.status === 'PENDING' ? claimableAt(d) : null,
  };
}

/**
 * Webhooks in the gateway's SQLite file (a connection of their own beside the job store's), so a
 * restart, kill -9 included, keeps endpoints and every delivery not yet made. Each write is one
 * IMMEDIATE transaction that reads and decides on what it replaces.
 */
export function createSqliteWebhookStore(opts: SqliteWebhookStoreOptions): WebhookStore {
  const db = openGatewayDb(opts.path, (d) => d.exec(SCHEMA));

  const insertEndpoint = db.prepare<[string, string, number, string]>(
    'INSERT INTO webhook_endpoints (id, owner, created_at, data) VALUES (?, ?, ?, ?)',
  );
  const countEndpoints = db.prepare<[string], { count: number }>(
    'SELECT COUNT(*) AS count FROM webhook_endpoints WHERE owner = ?',
  );
  const selectEndpoint = db.prepare<[string], { data: string }>(
    'SELECT data FROM webhook_endpoints WHERE id = ?',
  );
  const selectEndpoints = db.prepare<[string], { data: string }>(
    'SELECT data FROM webhook_endpoints WHERE owner = ? ORDER BY created_at, rowid',
  );
  const updateEndpointRow = db.prepare<[string, string]>(
    'UPDATE webhook_endpoints SET data = ? WHERE id = ?',
  );
  const deleteEndpointRow = db.prepare<[string]>('DELETE FROM webhook_endpoints WHERE id = ?');
  const deleteEndpointDeliveries = db.prepare<[string]>(
    'DELETE FROM webhook_deliveries WHERE endpoint_id = ?',
  );
  const insertEvent = db.prepare<[string, number]>(
    'INSERT INTO webhook_events (key, created_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
  );
  const insertDelivery = db.prepare<Row>(
    `INSERT INTO webhook_deliveries (id, endpoint_id, owner, event_id, event_key, type, subject_id, body, status,
       attempts, step, created_at, next_attempt_at, last_attempt_at, response_status, last_error, lease_token,
       lease_until, due_at)
     VALUES (@id, @endpointId, @owner, @eventId, @eventKey, @type, @subjectId, @body, @status, @attempts, @step,
       @createdAt, @nextAttemptAt, @lastAttemptAt, @responseStatus, @lastError, @leaseToken, @leaseUntil, @dueAt)`,
  );
  const updateDelivery = db.prepare<Row>(
    `UPDATE webhook_deliveries SET status = @status, attempts = @attempts, step = @step,
       next_attempt_at = @nextAttemptAt, last_attempt_at = @lastAttemptAt, response_status = @responseStatus,
       last_error = @lastError, lease_token = @leaseToken, lease_until = @leaseUntil, due_at = @dueAt
     WHERE id = @id`,
  );
  // At most `max` per endpoint: the oldest finished go; a PENDING delivery is never dropped for room.
  const trimDeliveries = db.prepare<{ endpointId: string; max: number }>(
    `DELETE FROM webhook_deliveries WHERE id IN (
       SELECT id FROM webhook_deliveries WHERE endpoint_id = @endpointId AND status <> 'PENDING'
       ORDER BY created_at, rowid
       LIMIT max(0, (SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = @endpointId) - @max))`,
  );
  const selectDue = db.prepare<[number, number], Row>(
    `SELECT ${COLUMNS} FROM webhook_deliveries WHERE status = 'PENDING' AND due_at <= ? ORDER BY due_at LIMIT ?`,
  );
  const selectDelivery = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM webhook_deliveries WHERE id = ?`);
  const selectDeliveries = db.prepare<[string, number], Row>(
    `SELECT ${COLUMNS} FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?`,
  );
  // Answered from the partial index webhook_deliveries_due (PENDING rows only): it never reads the table.
  const countPendingRows = db.prepare<[], { count: number }>(
    `SELECT COUNT(*) AS count FROM webhook_deliveries WHERE status = 'PENDING'`,
  );
  const disablePending = db.prepare<[string, number]>(
    `UPDATE webhook_deliveries SET status = 'DISABLED', next_attempt_at = NULL, lease_token = NULL,
       lease_until = NULL, due_at = NULL
     WHERE endpoint_id = ? AND status = 'PENDING' AND (lease_token IS NULL OR lease_until <= ?)`,
  );
  const pruneDeliveries = db.prepare<[number, number]>(
    `DELETE FROM webhook_deliveries WHERE id IN (
       SELECT id FROM webhook_deliveries WHERE created_at < ? ORDER BY created_at LIMIT ?)`,
  );
  const pruneEvents = db.prepare<[number, number]>(
    `DELETE FROM webhook_events WHERE key IN (
       SELECT key FROM webhook_events WHERE created_at < ? ORDER BY created_at LIMIT ?)`,
  );
  const selectMark = db.prepare<[], { value: number }>(
    `SELECT value FROM webhook_meta WHERE key = 'watermark'`,
  );
  const raiseMark = db.prepare<[number]>(
    `INSERT INTO webhook_meta (key, value) VALUES ('watermark', ?)
     ON CONFLICT (key) DO UPDATE SET value = MAX(value, excluded.value)`,
  );
  const selectOne = db.prepare<[], unknown>('SELECT 1');

  const createTx = db.transaction((endpoint: WebhookEndpoint, max: number) => {
    if (countEndpoints.get(endpoint.owner)!.count >= max) throw new TooManyWebhooksError(max);
    insertEndpoint.run(endpoint.id, endpoint.owner, endpoint.createdAt, encodeEndpoint(endpoint));
  });

  const updateTx = db.transaction(
    (id: string, change: (e: WebhookEndpoint) => WebhookEndpoint | undefined) => {
      const row = selectEndpoint.get(id);
      const current = row && decodeEndpoint(row.data);
      if (!current) return undefined;
      const next = change(structuredClone(current));
      if (!next) return current;
      const record = { ...next, id };
      updateEndpointRow.run(encodeEndpoint(record), id);
      return record;
    },
  );

  const deleteTx = db.transaction((id: string) => {
    const deleted = deleteEndpointRow.run(id).changes > 0;
    if (deleted) deleteEndpointDeliveries.run(id);
    return deleted;
  });

  const addEventTx = db.transaction(
    (
      event: { key: string; createdAt: number },
      list: Parameters<WebhookStore['addEvent']>[1],
      max: number,
    ) => {
      if (insertEvent.run(event.key, event.createdAt).changes === 0) return false;
      for (const d of list) insertDelivery.run(toRow(pendingDelivery(d)));
      for (const endpointId of new Set(list.map((d) => d.endpointId)))
        trimDeliveries.run({ endpointId, max });
      return true;
    },
  );

  const claimTx = db.transaction((now: number, limit: number, lease: { token: string; until: number }) =>
    selectDue.all(now, limit).map((row) => {
      const next: Delivery = {
        ...fromRow(row),
        attempts: row.attempts + 1,
        leaseToken: lease.token,
        leaseUntil: lease.until,
      };
      updateDelivery.run(toRow(next));
      return next;
    }),
  );

  /** Reads a delivery, asks `decide`, writes its answer; resolves [written, current]. */
  const changeTx = db.transaction((id: string, decide: (d: Delivery) => Delivery | undefined) => {
    const row = selectDelivery.get(id);
    if (!row) return undefined;
    const current = fromRow(row);
    const next = decide(current);
    if (next) updateDelivery.run(toRow(next));
    return { current, next };
  });

  const pruneTx = db.transaction((before: number, limit: number) => {
    const deliveries = pruneDeliveries.run(before, limit).changes;
    return deliveries + pruneEvents.run(before, Math.max(0, limit - deliveries)).changes;
  });

  return {
    async createEndpoint(endpoint, maxPerOwner) {
      createTx.immediate(endpoint, maxPerOwner);
    },
    async getEndpoint(id) {
      const row = selectEndpoint.get(id);
      return row && decodeEndpoint(row.data);
    },
    async listEndpoints(owner) {
      return selectEndpoints
        .all(owner)
        .map((row) => decodeEndpoint(row.data))
        .filter((e): e is WebhookEndpoint => e !== undefined);
    },
    async updateEndpoint(id, change) {
      return updateTx.immediate(id, change);
    },
    async deleteEndpoint(id) {
      return deleteTx.immediate(id);
    },
    async addEvent(event, list, addOpts) {
      return addEventTx.immediate(event, list, addOpts.maxPerEndpoint);
    },
    async claimDue(now, limit, lease) {
      if (limit <= 0) return [];
      return claimTx.immediate(now, limit, lease);
    },
    async settle(id, token, settlement) {
      const result = changeTx.immediate(id, (d) => settled(d, token, settlement));
      return result?.next !== undefined;
    },
    async getDelivery(id) {
      const row = selectDelivery.get(id);
      return row && fromRow(row);
    },
    async listDeliveries(endpointId, limit) {
      return selectDeliveries.all(endpointId, limit).map(fromRow);
    },
    async replay(id, now) {
      const result = changeTx.immediate(id, (d) => replayed(d, now));
      return result && (result.next ?? result.current);
    },
    async countPending() {
      return countPendingRows.get()!.count;
    },
    async disableDeliveries(endpointId, now) {
      return disablePending.run(endpointId, now).changes;
    },
    async prune(before, limit) {
      if (limit <= 0) return 0;
      return pruneTx.immediate(before, limit);
    },
    async watermark() {
      return selectMark.get()?.value;
    },
    async advanceWatermark(to) {
      raiseMark.run(to);
    },
    async ping() {
      selectOne.get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
