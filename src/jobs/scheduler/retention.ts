import type { Logger } from 'pino';
import type { JobRepository } from '../store/job-repository.ts';

/**
 * Retention (leader only): finished jobs (DONE, FAIL, CANCELED) whose finish time is older than
 * `maxAgeMs` are deleted with their blobs and index entries, and blobs no job holds any more go
 * too. Once when started, then every `everyMs`. Deletion goes in batches of `batch` jobs, each one
 * store call, with a turn of the event loop between them, so a sweep over a large backlog never
 * holds the process (or SQLite's write lock) for long.
 */
export interface RetentionSweep {
  /** Sweeps now (in the background), then every `everyMs`. */
  start(): void;
  /** No further sweep; resolves once the one running (if any) stopped at its next batch. */
  stop(): Promise<void>;
  /** One whole sweep; resolves how many jobs it deleted. */
  sweep(): Promise<number>;
}

export interface RetentionOptions {
  /** Finished jobs older than this are deleted. */
  maxAgeMs: number;
  /** @default 3600000 (hourly) */
  everyMs?: number;
  /** Jobs per store call. @default 100 */
  batch?: number;
}

export interface RetentionSweepOptions extends RetentionOptions {
  repo: JobRepository;
  log: Logger;
  now?: () => number;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function createRetentionSweep(opts: RetentionSweepOptions): RetentionSweep {
  const now = opts.now ?? Date.now;
  const everyMs = opts.everyMs ?? 3_600_000;
  const batch = opts.batch ?? 100;
  const { repo, log } = opts;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let started = false;
  /** Set by stop(): a sweep in progress ends after its current batch. */
  let stopping = false;

  async function sweepOnce(): Promise<number> {
    const before = now() - opts.maxAgeMs;
    let deleted = 0;
    for (;;) {
      const ids = await repo.store.deleteFinished(before, batch);
      repo.forget(ids);
      deleted += ids.length;
      if (ids.length < batch || stopping) break;
      await nextTurn();
    }
    let blobs = 0;
    for (;;) {
      const n = await repo.store.deleteOrphanBlobs(batch);
      blobs += n;
      if (n < batch || stopping) break;
      await nextTurn();
    }
    if (deleted > 0 || blobs > 0) {
      log.info(
        { deleted, orphanBlobs: blobs, finishedBefore: new Date(before).toISOString() },
        'retention: deleted finished jobs past JOB_RETENTION_DAYS',
      );
    }
    return deleted;
  }

  function sweep(): Promise<number> {
    // One at a time: a timer firing during a long sweep joins it.
    running ??= sweepOnce().finally(() => {
      running = undefined;
    });
    return running;
  }

  function sweepInBackground(): void {
    sweep().catch((err: unknown) => log.warn({ err }, 'retention sweep failed; retrying at the next one'));
  }

  return {
    start() {
      if (started) return;
      started = true;
      stopping = false;
      sweepInBackground();
      timer = setInterval(sweepInBackground, everyMs);
      timer.unref();
    },
    async stop() {
      started = false;
      stopping = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
    sweep,
  };
}
