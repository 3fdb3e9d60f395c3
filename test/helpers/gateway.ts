import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { afterEach } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { createGateway, type Gateway, type GatewayOverrides } from '../../src/gateway.ts';
import { createMemoryJobStore } from '../../src/jobs/store/store-memory.ts';
import { createLogger } from '../../src/logger.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import type { Simulator } from '../../src/simulator/index.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';

/** Log lines kept in memory, so tests can assert on them and runs stay quiet. */
export interface MemoryLog {
  logger: Logger;
  lines: () => Array<Record<string, unknown>>;
}

export function memoryLog(level = 'info'): MemoryLog {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      cb();
    },
  });
  return { logger: createLogger({ level, destination }), lines: () => lines };
}

const open: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  // Servers first (they end subscriptions), then gateways, in reverse order of creation.
  for (const item of open.splice(0).reverse()) await item.close();
});

/** Config aimed at a test simulator with its development credentials. */
export function configFor(sim: Simulator, env: Record<string, string> = {}): Config {
  return loadConfig({
    TENCENTCLOUD_SECRET_ID: DEV_SECRET_ID,
    TENCENTCLOUD_SECRET_KEY: DEV_SECRET_KEY,
    HUNYUAN_ENDPOINT: sim.url,
    GATEWAY_DB: ':memory:',
    LOG_LEVEL: 'warn',
    ...env,
  });
}

export interface TestGateway {
  gateway: Gateway;
  log: MemoryLog;
  /** POST a GraphQL operation through yoga in-process (no port). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
}

/** A gateway against `sim`, closed after the test. */
export async function startTestGateway(
  sim: Simulator,
  env: Record<string, string> = {},
  overrides: GatewayOverrides = {},
): Promise<TestGateway> {
  const log = memoryLog(env.LOG_LEVEL ?? 'info');
  const gateway = await createGateway(configFor(sim, env), log.logger, {
    // With REDIS_URL the gateway uses the shared Redis store; otherwise a fresh memory store.
    ...(env.REDIS_URL ? {} : { store: createMemoryJobStore() }),
    ...overrides,
  });
  open.push(gateway);
  return {
    gateway,
    log,
    async gql(query, variables, headers) {
      const res = await gateway.app.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
  };
}

/** The same gateway listening on 127.0.0.1 port 0 (for SSE, WebSocket and load tests). */
export async function listen(gateway: Gateway, log: Logger): Promise<RunningServer> {
  const server = await startServer({ app: gateway.app, host: '127.0.0.1', port: 0, log, auth: gateway.auth });
  open.push(server);
  return server;
}
