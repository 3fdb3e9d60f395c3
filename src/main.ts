import { ConfigError, loadConfig } from './config.ts';
import { createGateway } from './gateway.ts';
import { createLogger } from './logger.ts';
import { installProcessGuards, runShutdownSteps } from './process-guards.ts';
import { startServer } from './server.ts';

/** The composition root: the only place that reads the environment, listens and handles signals. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger({ level: config.log.level });
  // Before anything starts background work: a stray rejection from then on is logged, not fatal.
  const guards = installProcessGuards(log, process);
  const gateway = await createGateway(config, log);
  const server = await startServer({
    app: gateway.app,
    host: config.http.host,
    port: config.http.port,
    log,
    auth: gateway.auth,
  });

  let stopping: Promise<boolean> | undefined;
  /** Stops everything once, in order; never rejects, resolves whether every step succeeded. */
  const stop = (reason: string): Promise<boolean> => {
    stopping ??= (async () => {
      log.info({ signal: reason }, 'shutting down');
      // Order matters: refuse new work and complete subscriptions, then stop the listener
      // (in-flight requests finish), then stop the machinery and close the store.
      const ok = await runShutdownSteps(log, [
        ['refuse new work', () => gateway.readiness.setShuttingDown()],
        ['end subscriptions', () => gateway.jobs.beginShutdown()],
        // Let the complete messages of the ended subscriptions reach the sockets before closing them.
        ['flush subscriptions', () => new Promise((resolve) => setTimeout(resolve, 200))],
        ['close the HTTP server', () => server.close()],
        ['close the gateway', () => gateway.close()],
      ]);
      if (ok) log.info('stopped');
      else log.error('stopped, but not cleanly (see the errors above)');
      return ok;
    })();
    return stopping;
  };
  const shutdown = (signal: string) => {
    if (stopping) return;
    const fuse = setTimeout(() => {
      log.error('shutdown took over 10 s; exiting');
      process.exit(1);
    }, 10_000);
    fuse.unref();
    void stop(signal).then((ok) => process.exit(ok ? 0 : 1));
  };
  guards.setGracefulStop(() => stop('uncaughtException'));
  // `on`, not `once`: under npm or tsx the signal can arrive twice (from the process group and
  // relayed by the wrapper), and a second one must not fall through to Node's default exit.
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(
    `gateway failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
