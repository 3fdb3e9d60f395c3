import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach } from 'vitest';

/** CI starts Redis here; tests that need it fail (never skip) when it is not there. */
export const TEST_REDIS = { host: '127.0.0.1', port: 6379 } as const;

const opened = new Set<Redis>();
const prefixes = new Set<string>();

/**
 * A new connection, like one replica's, closed after the test. Fails the test with what to do
 * when Redis is not reachable rather than waiting on ioredis's reconnects.
 */
export async function connectTestRedis(): Promise<Redis> {
  const redis = new Redis({
    ...TEST_REDIS,
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  // Without a listener ioredis prints every connection error; the failing command reports it.
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => {
    lastError = error;
  });
  opened.add(redis);
  try {
    await redis.connect();
  } catch (error) {
    const cause = lastError ?? error;
    throw new Error(
      `these tests need Redis at ${TEST_REDIS.host}:${TEST_REDIS.port} (CI starts it; locally run ` +
        `\`redis-server --save '' --appendonly no\`), but connecting failed: ${(cause as Error).message}`,
      { cause },
    );
  }
  return redis;
}

/** A key prefix of this test's own; its keys are deleted after the test. */
export function testKeyPrefix(): string {
  const prefix = `test:${randomUUID()}:`;
  prefixes.add(prefix);
  return prefix;
}

afterEach(async () => {
  const toDelete = [...prefixes];
  prefixes.clear();
  // Only this test's connection failures are reported, not a second one from cleaning up.
  const admin = toDelete.length > 0 ? await connectTestRedis().catch(() => undefined) : undefined;
  if (admin) {
    for (const prefix of toDelete) {
      const keys: string[] = [];
      for await (const batch of admin.scanStream({ match: `${prefix}*`, count: 1000 })) {
        keys.push(...(batch as string[]));
      }
      if (keys.length > 0) await admin.unlink(...keys);
    }
  }
  const connections = [...opened];
  opened.clear();
  await Promise.allSettled(connections.map((redis) => (redis.status === 'end' ? undefined : redis.quit())));
});
