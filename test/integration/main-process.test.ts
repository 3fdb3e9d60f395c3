import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { type GatewayProcess, gqlHttp, startGatewayProcess } from '../helpers/gateway-process.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * The real process (src/main.ts): a stray rejection is logged and survived, an uncaught exception
 * stops the gateway gracefully with exit 1, and a plain SIGTERM still ends with 0 and a clean log.
 * Stray errors come from test/helpers/stray-errors-preload.ts, loaded with `--import` on SIGUSR2.
 */

const PRELOAD = join(import.meta.dirname, '../helpers/stray-errors-preload.ts');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function startGateway(env: Record<string, string> = {}): Promise<GatewayProcess> {
  const sim = await startTestSimulator();
  const dir = mkdtempSync(join(tmpdir(), 'gateway-main-'));
  dirs.push(dir);
  return startGatewayProcess({
    command: [process.execPath, '--import', 'tsx', '--import', PRELOAD, 'src/main.ts'],
    env: {
      TENCENTCLOUD_SECRET_ID: DEV_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEV_SECRET_KEY,
      HUNYUAN_ENDPOINT: sim.url,
      GATEWAY_DB: join(dir, 'gateway.db'),
      ...env,
    },
  });
}

const messages = (gw: GatewayProcess) => gw.logs.map((l) => String(l.msg));
const strayLines = (gw: GatewayProcess) => gw.logs.filter((l) => /unhandled|uncaught/i.test(String(l.msg)));

async function submit(gw: GatewayProcess): Promise<string> {
  const r = await gqlHttp<{ data: { submitJob: { id: string } } }>(
    gw.url,
    'mutation { submitJob(input: { prompt: "a chair" }) { id } }',
  );
  return r.data.submitJob.id;
}

describe('the gateway process', () => {
  it('SIGTERM after some work: exit 0, "stopped", no error and no unhandled-rejection lines', async () => {
    const gw = await startGateway();
    await submit(gw);
    expect(await gw.kill('SIGTERM')).toBe(0);
    expect(messages(gw)).toContain('shutting down');
    expect(messages(gw)).toContain('stopped');
    expect(strayLines(gw)).toEqual([]);
    expect(gw.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
    expect(gw.stderr()).not.toMatch(/unhandled|uncaught/i);
  });

  it('a second SIGTERM during the shutdown changes nothing: one shutdown, exit 0', async () => {
    const gw = await startGateway();
    process.kill(-(gw.child.pid ?? 0), 'SIGTERM');
    expect(await gw.kill('SIGTERM')).toBe(0);
    expect(messages(gw).filter((m) => m === 'shutting down')).toHaveLength(1);
    expect(messages(gw)).toContain('stopped');
  });

  it('a stray unhandled rejection is logged at error level and the gateway keeps serving', async () => {
    const gw = await startGateway();
    gw.child.kill('SIGUSR2');
    await expect.poll(() => strayLines(gw).length, { timeout: 5000 }).toBe(1);
    expect(strayLines(gw)[0]).toMatchObject({
      level: 50,
      msg: 'unhandled promise rejection (a bug); the gateway keeps running',
      err: { message: 'stray rejection from the test preload' },
    });
    // Still alive and working.
    expect(gw.child.exitCode).toBeNull();
    expect((await fetch(`${gw.url}/health`)).status).toBe(200);
    expect(await submit(gw)).toMatch(/\S/);
    expect(await gw.kill('SIGTERM')).toBe(0);
  });

  it('an uncaught exception is logged, the gateway stops gracefully, and the exit code is 1', async () => {
    const gw = await startGateway({ STRAY_ERROR: 'exception' });
    await submit(gw);
    gw.child.kill('SIGUSR2');
    const code = await new Promise<number | null>((resolve) => gw.child.once('close', resolve));
    expect(code).toBe(1);
    expect(strayLines(gw)[0]).toMatchObject({
      level: 50,
      msg: 'uncaught exception; stopping the gateway',
      err: { message: 'stray exception from the test preload' },
    });
    // The graceful stop ran to its end before the exit.
    expect(gw.logs.find((l) => l.msg === 'shutting down')).toMatchObject({ signal: 'uncaughtException' });
    expect(messages(gw)).toContain('stopped');
  });
});
