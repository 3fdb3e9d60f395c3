import type { Logger } from 'pino';

/**
 * What keeps one stray promise from killing the gateway, and what makes a shutdown end with an exit
 * code even when a step of it fails. main.ts installs them; they take a process-like object so tests
 * can drive them with a plain EventEmitter.
 */

/** The part of `process` the guards use. */
export interface GuardedProcess {
  on(event: 'unhandledRejection' | 'uncaughtException', listener: (error: unknown) => void): unknown;
  exit(code: number): void;
  exitCode?: number | string | null | undefined;
}

export interface ProcessGuards {
  /**
   * The graceful stop to try after an uncaught exception, once the gateway is up (main's shutdown).
   * Until then an uncaught exception exits at once.
   */
  setGracefulStop(stop: () => Promise<unknown>): void;
}

export interface ProcessGuardOptions {
  /** Upper bound for the graceful stop after an uncaught exception. @default 10000 */
  graceMs?: number;
}

/**
 * `unhandledRejection`: logged at error level, and the process keeps running. The gateway's promise
 * is that a store or upstream hiccup never kills it; a forgotten `.catch` is a bug to fix from the
 * log, not a reason to drop every subscription and in-flight request.
 *
 * `uncaughtException`: logged at error level, then a graceful stop is tried (bounded by `graceMs`)
 * and the process exits with 1. Code after a synchronous throw is in an unknown state; running on
 * would be worse than restarting.
 */
export function installProcessGuards(
  log: Pick<Logger, 'error'>,
  proc: GuardedProcess,
  opts: ProcessGuardOptions = {},
): ProcessGuards {
  const graceMs = opts.graceMs ?? 10_000;
  let gracefulStop: (() => Promise<unknown>) | undefined;
  let dying = false;

  proc.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, 'unhandled promise rejection (a bug); the gateway keeps running');
  });

  proc.on('uncaughtException', (err) => {
    log.error({ err }, 'uncaught exception; stopping the gateway');
    // Whatever happens next, the process does not end with 0.
    proc.exitCode = 1;
    if (dying) {
      // A second one during the graceful stop: stop trying.
      proc.exit(1);
      return;
    }
    dying = true;
    if (!gracefulStop) {
      proc.exit(1);
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log.error({ graceMs }, 'graceful stop after an uncaught exception took too long; exiting');
        resolve();
      }, graceMs);
    });
    const stopped = Promise.resolve()
      .then(() => gracefulStop?.())
      .catch((stopErr: unknown) => {
        log.error({ err: stopErr }, 'graceful stop after an uncaught exception failed');
      });
    void Promise.race([stopped, timeout]).then(() => {
      clearTimeout(timer);
      proc.exit(1);
    });
  });

  return {
    setGracefulStop(stop) {
      gracefulStop = stop;
    },
  };
}

/** One step of a shutdown: a name for the log, and the work. */
export type ShutdownStep = readonly [name: string, run: () => unknown];

/**
 * Runs every step in order, even after one failed (a failed listener close must not keep the store
 * from closing). Each failure is logged at error level with its error. Never rejects; resolves true
 * when every step succeeded, which decides the exit code.
 */
export async function runShutdownSteps(
  log: Pick<Logger, 'error'>,
  steps: readonly ShutdownStep[],
): Promise<boolean> {
  let ok = true;
  for (const [name, run] of steps) {
    try {
      await run();
    } catch (err) {
      ok = false;
      log.error({ err, step: name }, `shutdown step failed: ${name}`);
    }
  }
  return ok;
}
