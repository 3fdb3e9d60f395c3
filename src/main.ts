import { ConfigError, loadConfig } from './config.ts';
import { createGateway } from './gateway.ts';
import { createLogger } from './logger.ts';
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
  const gateway = await createGateway(config, log);
  const server = await startServer({
    app: gateway.app,
    host: config.http.host,
    port: config.http.port,
    log,
    auth: gateway.auth,
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const fuse = setTimeout(() => {
      log.error('shutdown took over 10 s; exiting');
      process.exit(1);
    }, 10_000);
    fuse.unref();
    // Order matters: refuse new work and complete subscriptions, then stop the listener (in-flight
    // requests finish), then stop the machinery and close the store.
    gateway.readiness.setShuttingDown();
    gateway.jobs.beginShutdown();
    // Let the complete messages of the ended subscriptions reach the sockets before closing them.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.close();
    await gateway.close();
    log.info('stopped');
    process.exit(0);
  };
  // `on`, not `once`: under npm or tsx the signal can arrive twice (from the process group and
  // relayed by the wrapper), and a second one must not fall through to Node's default exit.
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(
    `gateway failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
