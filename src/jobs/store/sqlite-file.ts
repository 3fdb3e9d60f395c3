import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

/** How long a write waits for another connection's lock before failing with SQLITE_BUSY (ms). */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * A connection to the gateway's SQLite file (GATEWAY_DB), as the job store, the conversion records
 * and the webhook store each open one: its directory created when missing, WAL + NORMAL (a commit
 * is in the WAL before the call returns, so it survives the process being killed, -9 included; only
 * an OS crash or power loss can drop the last commits, and fsync on every job update would cost
 * more than re-polling Tencent for those few), and a busy timeout so the connections wait for each
 * other's locks. `setup` creates or migrates the caller's tables; the connection is closed if it throws.
 */
export function openGatewayDb(path: string, setup: (db: Database.Database) => void): Database.Database {
  if (path !== ':memory:' && path !== '') mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    setup(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
