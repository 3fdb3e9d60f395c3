import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ASSETS, DIST, ENTRIES, ROOT } from '../../scripts/build.mjs';
import { spawnCaptured } from '../helpers/captured-process.ts';
import { cleanEnv } from '../helpers/gateway-process.ts';

/**
 * The compiled build (`npm run build`, scripts/build.mjs): what it writes, that stack traces from it
 * name the TypeScript sources, and `npm run simulator` running it. `npm start` is in npm-start.test.ts.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(command: string, args: string[], env: Record<string, string> = {}) {
  return spawnCaptured(command, args, { cwd: ROOT, env: cleanEnv(env) });
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  ]);
}

beforeAll(async () => {
  // What npm start does first; a no-op when dist/ is up to date.
  const build = run(process.execPath, ['scripts/build.mjs', '--if-stale']);
  expect(await within(build.closed, 150_000, 'build')).toBe(0);
}, 180_000);

describe('npm run build', () => {
  it('writes one bundle per entry point with its source map, and the files read at run time', () => {
    for (const name of Object.keys(ENTRIES)) {
      const js = readFileSync(join(DIST, `${name}.js`), 'utf8');
      expect(js).toContain(`//# sourceMappingURL=${name}.js.map`);
      const map = JSON.parse(readFileSync(join(DIST, `${name}.js.map`), 'utf8')) as { sources: string[] };
      expect(map.sources).toContain(`../src/${ENTRIES[name as keyof typeof ENTRIES].slice('src/'.length)}`);
      // No TypeScript loader at run time.
      expect(js).not.toMatch(/from ["']tsx/);
    }
    for (const asset of ASSETS) {
      const copied = readFileSync(join(DIST, asset));
      expect(copied.equals(readFileSync(join(ROOT, 'src', asset))), asset).toBe(true);
    }
  });

  it('maps stack traces of the compiled gateway to the .ts sources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-stack-'));
    dirs.push(dir);
    // The database's directory is a regular file: the store cannot open and main prints the stack.
    writeFileSync(join(dir, 'not-a-dir'), 'x');
    const gw = run(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
      GATEWAY_DB: join(dir, 'not-a-dir', 'gateway.db'),
      PORT: '0',
      HOST: '127.0.0.1',
    });
    expect(await within(gw.closed, 60_000, 'the gateway to exit')).toBe(1);
    const trace = gw.stderr().slice(gw.stderr().indexOf('gateway failed to start'));
    expect(trace).toMatch(/at .*src\/main\.ts:\d+:\d+/);
    expect(trace).toMatch(/at .*src\/gateway\.ts:\d+:\d+/);
    expect(trace).not.toMatch(/dist\/main\.js/);
  });
});

describe('npm run simulator', () => {
  it('runs the compiled simulator, and kill -TERM <pid of npm> stops it', async () => {
    const sim = run('npm', ['run', 'simulator', '--silent'], { SIMULATOR_PORT: '0' });
    const url = await within(
      new Promise<string>((resolve, reject) => {
        sim.child.stdout.on('data', () => {
          const m = /listening on (http:\/\/\S+)/.exec(sim.stdout());
          if (m?.[1]) resolve(m[1]);
        });
        void sim.closed.then((code) => reject(new Error(`exited with ${code}:\n${sim.stderr()}`)));
      }),
      150_000,
      'the simulator to listen',
    );
    const counters = await fetch(`${url}/_sim/counters`);
    expect(counters.status).toBe(200);
    await counters.arrayBuffer();
    // Its node process is npm's own child (no shell in between): signal npm alone, as `kill -TERM <pid>` does.
    const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(sim.child.pid)], {
      encoding: 'utf8',
    });
    expect(children).toMatch(/node --enable-source-maps dist\/simulator\.js/);
    const nodePid = Number(children.trim().split(/\s+/)[0]);
    const alive = () => {
      try {
        process.kill(nodePid, 0);
        return true;
      } catch {
        return false;
      }
    };
    try {
      sim.child.kill('SIGTERM');
      await within(sim.closed, 30_000, 'npm to exit');
      await expect.poll(alive, { timeout: 15_000 }).toBe(false);
      await expect(fetch(`${url}/_sim/counters`, { signal: AbortSignal.timeout(5000) })).rejects.toThrow();
    } finally {
      if (alive()) process.kill(nodePid, 'SIGKILL');
    }
  }, 240_000);
});
