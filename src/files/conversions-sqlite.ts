import type { ResultFile } from '../jobs/domain/job.ts';
import { openGatewayDb } from '../jobs/store/sqlite-file.ts';
import {
  type Conversion,
  type ConversionRow,
  type Conversions,
  type ConversionsOptions,
  fromRow,
  maxConversions,
  newConversionId,
  toRow,
} from './conversions.ts';

export interface SqliteConversionsOptions extends ConversionsOptions {
  /** The gateway's SQLite file (GATEWAY_DB); its directory is created when missing. */
  path: string;
}

/**
 * The table is created here, idempotently, rather than by a numbered step of the job store's
 * migrations: its rows live 24 hours and nothing else refers to them, so a later shape can simply
 * be a new table. Ordered by `created_at`, then insertion (rowid), for the cap.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS conversions (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    url TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS conversions_expires_at ON conversions (expires_at);
  CREATE INDEX IF NOT EXISTS conversions_created_at ON conversions (created_at);
`;

/**
 * Conversion records in the gateway's SQLite file (a connection of their own beside the job store's),
 * so a restart keeps them. Each add first deletes the rows expired by then and, beyond `max`, the
 * oldest; a read deletes the row it finds expired.
 */
export function createSqliteConversions(opts: SqliteConversionsOptions): Conversions {
  const max = maxConversions(opts);
  const db = openGatewayDb(opts.path, (d) => d.exec(SCHEMA));

  const insertRow = db.prepare<ConversionRow>(
    `INSERT INTO conversions (id, type, url, created_at, expires_at)
     VALUES (@id, @type, @url, @createdAt, @expiresAt)`,
  );
  const deleteExpired = db.prepare<[number]>('DELETE FROM conversions WHERE expires_at <= ?');
  const deleteOldest = db.prepare<[number]>(
    `DELETE FROM conversions WHERE rowid IN (
       SELECT rowid FROM conversions ORDER BY created_at, rowid
       LIMIT max(0, (SELECT COUNT(*) FROM conversions) - ?))`,
  );
  const selectRow = db.prepare<[string], ConversionRow>(
    `SELECT id, type, url, created_at AS createdAt, expires_at AS expiresAt FROM conversions WHERE id = ?`,
  );
  const deleteRow = db.prepare<[string]>('DELETE FROM conversions WHERE id = ?');

  const addTx = db.transaction((row: ConversionRow) => {
    deleteExpired.run(row.createdAt);
    insertRow.run(row);
    deleteOldest.run(max);
  });

  return {
    async add(file: ResultFile, createdAt: number, expiresAt: number) {
      const record: Conversion = {
        id: newConversionId(),
        file: { type: file.type, url: file.url, previewImageUrl: undefined },
        createdAt,
        expiresAt,
      };
      addTx.immediate(toRow(record));
      return record;
    },

    async get(id, now) {
      const row = selectRow.get(id);
      if (!row) return undefined;
      if (now >= row.expiresAt) {
        deleteRow.run(id);
        return undefined;
      }
      return fromRow(row);
    },

    async close() {
      if (db.open) db.close();
    },
  };
}
