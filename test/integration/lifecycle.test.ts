import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createGateway } from '../../src/gateway.ts';
import { memoryLog } from '../helpers/gateway.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

describe('gateway lifecycle', () => {
  it('releases what it had started when the start fails half way (the embedded simulator stops)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'h3dgw-lifecycle-'));
    dirs.push(dir);
    // The database's directory is a regular file: the store cannot open, after the simulator started.
    writeFileSync(join(dir, 'not-a-dir'), 'x');
    const log = memoryLog();
    const config = loadConfig({ GATEWAY_DB: join(dir, 'not-a-dir', 'gateway.db'), LOG_LEVEL: 'info' });
    await expect(createGateway(config, log.logger)).rejects.toThrow();
    const started = log.lines().find((l) => typeof l.simulator === 'string');
    expect(started, 'the embedded simulator had started').toBeDefined();
    expect(await reachable(String(started?.simulator))).toBe(false);
  });

  it('disposes in reverse order once, however often close() is called', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'h3dgw-lifecycle-'));
    dirs.push(dir);
    const log = memoryLog();
    const gateway = await createGateway(
      loadConfig({ GATEWAY_DB: join(dir, 'gateway.db'), LOG_LEVEL: 'info' }),
      log.logger,
    );
    const simulatorUrl = gateway.simulator?.url ?? '';
    expect(await reachable(simulatorUrl)).toBe(true);
    await Promise.all([gateway.close(), gateway.close()]);
    await gateway.close();
    expect(await reachable(simulatorUrl)).toBe(false);
    // The store was closed after the jobs stopped: reads now fail instead of hanging.
    await expect(gateway.store.ping()).rejects.toThrow();
    expect(gateway.jobs.isLeader()).toBe(false);
  });
});
