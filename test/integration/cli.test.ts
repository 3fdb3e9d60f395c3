import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/build.mjs';
import type { SimulatorInit } from '../../src/simulator/options.ts';
import { spawnCaptured } from '../helpers/captured-process.ts';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { cleanEnv } from '../helpers/gateway-process.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * `h3d` as users run it: the compiled dist/cli.js through bin/h3d.js, a separate process, against a
 * real gateway on a loopback port in front of the simulator. Exit codes, what goes to stdout and
 * stderr, downloaded files, Ctrl-C, and once in a real terminal (tmux) the progress line.
 */

const BIN = join(ROOT, 'bin', 'h3d.js');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const dirs: string[] = [];
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'h3d-cli-'));
  dirs.push(dir);
  return dir;
}

const children = new Set<ReturnType<typeof spawn>>();
afterEach(() => {
  for (const c of children) c.kill('SIGKILL');
  children.clear();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

beforeAll(async () => {
  // The compiled CLI is what users run; a no-op when dist/ is up to date.
  const build = spawn(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  const [code] = await once(build, 'close');
  expect(code).toBe(0);
}, 180_000);

/** The test runner's own H3D_* must not leak into the runs. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e = cleanEnv({});
  for (const k of Object.keys(e)) if (k.startsWith('H3D_')) delete e[k];
  return { ...e, ...extra };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], extraEnv: Record<string, string>, cwd?: string) {
  const run = spawnCaptured(process.execPath, [BIN, ...args], { cwd: cwd ?? ROOT, env: env(extraEnv) });
  children.add(run.child);
  const done = run.closed.then((code): Run => {
    children.delete(run.child);
    return { code, stdout: run.stdout(), stderr: run.stderr() };
  });
  return { child: run.child, done, stderr: run.stderr };
}

function h3d(args: string[], extraEnv: Record<string, string> = {}, cwd?: string): Promise<Run> {
  return start(args, extraEnv, cwd).done;
}

/** A gateway on 127.0.0.1 in front of a fresh simulator (short phases unless told otherwise). */
async function gatewayUrl(gatewayEnv: Record<string, string> = {}, sim: SimulatorInit = {}): Promise<string> {
  const simulator = await startTestSimulator({
    durations: { PRO: { waitMs: 100, runMs: 400 }, SMART_TOPOLOGY: { waitMs: 50, runMs: 200 } },
    ...sim,
  });
  const { gateway, log } = await startTestGateway(simulator, gatewayEnv);
  return (await listen(gateway, log.logger)).url;
}

async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ms = 60_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** No stack trace, ever: an error is one line that names the problem. */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at /m);
}

describe('h3d against a gateway', () => {
  it('submit --watch follows the job, downloads its files and exits 0', async () => {
    const url = await gatewayUrl();
    const out = tmp();
    const run = await h3d(['submit', 'a small wooden chair', '--watch', '--out', out], { H3D_URL: url });
    expect(run.code, run.stderr).toBe(0);
    const paths = run.stdout.trim().split('\n');
    const glb = paths.find((p) => p.endsWith('.glb'));
    expect(glb).toBeDefined();
    expect(readFileSync(glb!).subarray(0, 4).toString('latin1')).toBe('glTF');
    expect(paths.some((p) => p.endsWith('.png'))).toBe(true);
    // Not a terminal: one plain line per change, ending with DONE, no control characters.
    expect(run.stderr).toMatch(/^job_\S+ DONE · \d+:\d\d$/m);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('\x1b');
    expect(run.stderr).toContain('downloaded 2 file(s)');
  });

  it('--json prints one document, or one object per line when watching', async () => {
    const url = await gatewayUrl();
    const submitted = await h3d(
      ['--json', 'submit', 'a chair', '--kind', 'pro', '--pbr', '--face-count', '40000'],
      {
        H3D_URL: url,
      },
    );
    expect(submitted.code, submitted.stderr).toBe(0);
    const job = JSON.parse(submitted.stdout) as { id: string; kind: string; status: string };
    expect(job).toMatchObject({ kind: 'PRO', status: 'QUEUED' });

    const watched = await h3d(['watch', job.id, '--json'], { H3D_URL: url });
    expect(watched.code, watched.stderr).toBe(0);
    const events = watched.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; status: string; version: number });
    expect(events.every((e) => e.id === job.id)).toBe(true);
    expect(events.at(-1)?.status).toBe('DONE');
    // Each line a newer version of the job: nothing repeated.
    expect(events.map((e) => e.version)).toEqual([...events.map((e) => e.version)].sort((a, b) => a - b));

    const got = await h3d(['get', job.id, '--json'], { H3D_URL: url });
    expect(JSON.parse(got.stdout)).toMatchObject({ id: job.id, status: 'DONE' });
    const human = await h3d(['get', job.id], { H3D_URL: url });
    expect(human.stdout).toMatch(/^status\s*: DONE$/m);
    expect(human.stdout).toMatch(/^result GLB\s*: http:\/\/127\.0\.0\.1:\d+\/files\//m);

    const listed = await h3d(['jobs', '--json', '--first', '5', '--status', 'done'], { H3D_URL: url });
    const page = JSON.parse(listed.stdout) as { jobs: Array<{ id: string }>; nextCursor: string | null };
    expect(page.jobs.map((j) => j.id)).toEqual([job.id]);
    const table = await h3d(['jobs'], { H3D_URL: url });
    expect(table.stdout).toMatch(new RegExp(`^${job.id}\\s+DONE\\s+PRO\\s`, 'm'));

    const out = tmp();
    const downloaded = await h3d(['download', job.id, '--out', out, '--json'], { H3D_URL: url });
    expect(downloaded.code, downloaded.stderr).toBe(0);
    const { files } = JSON.parse(downloaded.stdout) as {
      files: Array<{ path: string; type: string; bytes: number }>;
    };
    const model = files.find((f) => f.type === 'GLB')!;
    expect(readFileSync(model.path).length).toBe(model.bytes);
    expect(downloaded.stderr).toBe('');
  });

  it('cancel, retry, and the gateway refusing them (exit 5)', async () => {
    // One slot and a long run: the first job holds it, the second stays QUEUED.
    const url = await gatewayUrl(
      { UPSTREAM_PRO_SLOTS: '1' },
      { durations: { PRO: { waitMs: 100, runMs: 120_000 } } },
    );
    const first = (await h3d(['submit', 'the blocker'], { H3D_URL: url })).stdout.trim();
    const second = await h3d(['submit', 'the waiting one'], { H3D_URL: url });
    expect(second.code).toBe(0);
    const id = second.stdout.trim();
    expect(id).toMatch(/^job_/);
    expect(second.stderr).toMatch(/QUEUED/);

    const canceled = await h3d(['cancel', id], { H3D_URL: url });
    expect(canceled.code, canceled.stderr).toBe(0);
    expect(canceled.stdout.trim()).toBe(`${id} CANCELED`);

    // The blocker is at Tencent by now (or about to be): not cancelable either way once it is.
    await until('the first job to reach Tencent', async () => {
      const j = JSON.parse((await h3d(['get', first, '--json'], { H3D_URL: url })).stdout) as {
        status: string;
      };
      return j.status === 'QUEUED' ? undefined : j;
    });
    const refused = await h3d(['cancel', first], { H3D_URL: url });
    expect(refused.code).toBe(5);
    expect(refused.stderr).toMatch(/^h3d: the gateway refused the request: .*\(JOB_NOT_CANCELABLE\)\n$/);

    const startBy = new Date(Date.now() + 3_600_000).toISOString();
    const retried = await h3d(['retry', id, '--json', '--start-by', startBy], { H3D_URL: url });
    expect(retried.code, retried.stderr).toBe(0);
    const retry = JSON.parse(retried.stdout) as { id: string; retryOf: { id: string }; startBy: string };
    expect(retry.retryOf.id).toBe(id);
    expect(retry.id).not.toBe(id);
    // The deadline reaches the new job (retryJob's startBy), as it does for submit.
    expect(new Date(retry.startBy).toISOString()).toBe(startBy);

    const notRetryable = await h3d(['retry', first], { H3D_URL: url });
    expect(notRetryable.code).toBe(5);
    expect(notRetryable.stderr).toContain('JOB_NOT_RETRYABLE');

    const unknown = await h3d(['get', 'job_AAAAAAAAAAAAAAAA'], { H3D_URL: url });
    expect(unknown.code).toBe(5);
    expect(unknown.stderr).toBe(`h3d: no job job_AAAAAAAAAAAAAAAA on the gateway at ${url} (NOT_FOUND)\n`);
  });

  it('exits 1 when the job ends FAIL, with its code and message', async () => {
    const url = await gatewayUrl();
    // [fail] is retried once automatically (FailedOperation.InnerError asks for it): still FAIL at the end.
    const run = await h3d(['submit', 'a [fail] chair', '--watch', '--out', tmp()], { H3D_URL: url });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^job job_\S+ ended FAIL: FailedOperation\.InnerError: /m);
    expect(run.stdout).toBe('');
    expectNoStack(run.stderr);

    // retry --watch follows the new job: the same input, so the same end.
    const failed = /^job (job_\S+) ended FAIL/m.exec(run.stderr)![1]!;
    const again = await h3d(['retry', failed, '--watch'], { H3D_URL: url });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`^retrying ${failed} as job_\\S+$`, 'm'));
    expect(again.stderr).not.toContain(`job ${failed} ended`);
  });

  it('pipeline submit --watch runs the chain and downloads the last step', async () => {
    const url = await gatewayUrl();
    const dir = tmp();
    writeFileSync(
      join(dir, 'steps.json'),
      JSON.stringify([
        { prompt: 'a chair' },
        { kind: 'SMART_TOPOLOGY', file: { fromStep: 1 }, faceLevel: 'LOW' },
      ]),
    );
    const run = await h3d(
      ['pipeline', 'submit', 'steps.json', '--watch', '--out', 'models'],
      { H3D_URL: url },
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^pipeline pl_\S+ DONE$/m);
    expect(run.stderr).toMatch(/^ {2}2\. SMART_TOPOLOGY +job_\S+ DONE/m);
    const glb = run.stdout.split('\n').find((p) => p.endsWith('.glb'))!;
    expect(glb.startsWith('models/')).toBe(true);
    expect(readFileSync(join(dir, glb)).subarray(0, 4).toString('latin1')).toBe('glTF');

    const plId = /pipeline (pl_\S+) DONE/.exec(run.stderr)![1]!;
    const got = await h3d(['pipeline', 'get', plId, '--json'], { H3D_URL: url });
    expect(JSON.parse(got.stdout)).toMatchObject({ id: plId, status: 'DONE', steps: [{}, {}] });
  });

  it('Ctrl-C stops watching (exit 130) and the job goes on', async () => {
    const url = await gatewayUrl({}, { durations: { PRO: { waitMs: 100, runMs: 120_000 } } });
    const id = (await h3d(['submit', 'a long one'], { H3D_URL: url })).stdout.trim();
    const watch = start(['watch', id], { H3D_URL: url });
    await until('the watch to show the job running', () => (/ RUN /.test(watch.stderr()) ? true : undefined));
    watch.child.kill('SIGINT');
    const run = await watch.done;
    expect(run.code).toBe(130);
    expect(run.stderr).toContain(`h3d: stopped watching ${id}; it continues on the gateway`);
    const after = JSON.parse((await h3d(['get', id, '--json'], { H3D_URL: url })).stdout) as {
      status: string;
    };
    expect(after.status).toBe('RUN');
  });
});

describe('h3d errors', () => {
  it('exits 3 with the reason when the gateway cannot be reached', async () => {
    // A port nothing listens on: bound, then released.
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as { port: number }).port;
    server.close();
    await once(server, 'close');
    const url = `http://127.0.0.1:${port}`;
    const run = await h3d(['jobs', '--url', url]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`h3d: cannot reach the gateway at ${url}: connection refused\n`);
  });

  it('exits 4 when the gateway refuses the key, and works with the right one', async () => {
    const url = await gatewayUrl({ GATEWAY_API_KEYS: 'alice:alice-key-123' });
    const none = await h3d(['jobs'], { H3D_URL: url });
    expect(none.code).toBe(4);
    expect(none.stderr).toMatch(
      /refused the API key: .*\(UNAUTHENTICATED\); set H3D_API_KEY or pass --api-key/,
    );
    const wrong = await h3d(['jobs', '--api-key', 'mallory-key-0'], {
      H3D_URL: url,
      H3D_API_KEY: 'alice-key-123',
    });
    expect(wrong.code).toBe(4);
    expectNoStack(wrong.stderr);
    const right = await h3d(['jobs', '--json'], { H3D_URL: url, H3D_API_KEY: 'alice-key-123' });
    expect(right.code, right.stderr).toBe(0);
    expect(JSON.parse(right.stdout)).toEqual({ jobs: [], nextCursor: null });
  });

  it("exits 5 with the gateway's code and field for bad input", async () => {
    const url = await gatewayUrl();
    const run = await h3d(['submit', 'a chair', '--face-count', '5'], { H3D_URL: url });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^h3d: the gateway refused the request: .*faceCount.*\(BAD_USER_INPUT\)\n$/);
    expect(run.stdout).toBe('');
  });

  it('exits 2 for usage errors, before contacting anyone', async () => {
    // Port 9 (discard): a usage error must not even try it.
    const unknownFlag = await h3d(['submit', 'a chair', '--bogus'], { H3D_URL: 'http://127.0.0.1:9' });
    expect(unknownFlag).toEqual({
      code: 2,
      stdout: '',
      stderr: 'h3d: unknown option --bogus (see h3d submit --help)\n',
    });
    const image = await h3d(['submit', '--image', 'no-such-photo.png'], { H3D_URL: 'http://127.0.0.1:9' });
    expect(image.code).toBe(2);
    expect(image.stderr).toContain('cannot read image file no-such-photo.png: no such file');
    expect((await h3d(['frobnicate'])).code).toBe(2);
    expect((await h3d(['submit', 'x', '--out', 'd'], { H3D_URL: 'http://127.0.0.1:9' })).stderr).toMatch(
      /--out goes with --watch/,
    );
    expect((await h3d(['get'])).stderr).toBe('h3d: get needs <id> (see h3d get --help)\n');
    expect((await h3d([])).code).toBe(2);
  });

  it('--help, <command> --help and --version; the launcher runs as an executable', async () => {
    const help = await h3d(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toContain('H3D_URL');
    const submitHelp = await h3d(['submit', '--help']);
    expect(submitHelp.stdout).toMatch(/^Usage: h3d submit/);
    expect(submitHelp.stdout).toContain('--face-count');
    const version = execFileSync(BIN, ['--version'], { env: env({}) }).toString();
    expect(version).toBe(`${PKG.version}\n`);
  });

  it('the launcher says to build when dist/cli.js is missing', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'h3d.js'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const run = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [join(dir, 'bin', 'h3d.js'), '--version'], { env: env({}) });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.on('close', (code) => resolve({ code, stdout: '', stderr }));
    });
    expect(run.code).toBe(6);
    expect(run.stderr).toContain('run `npm run build`');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

const hasTmux = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v tmux'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('h3d in a real terminal (tmux)', () => {
  const socket = `h3d-test-${process.pid}`;
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args]).toString();
  afterEach(() => {
    if (hasTmux) {
      try {
        tmux('kill-server');
      } catch {
        // Already gone.
      }
    }
  });

  const title = hasTmux
    ? 'submit --watch rewrites one progress line in place, then prints the downloaded paths'
    : 'submit --watch in tmux: SKIPPED, tmux is not installed (apt-get install -y tmux)';
  (hasTmux ? it : it.skip)(
    title,
    async () => {
      // Phases long enough to be seen: several captures land in WAIT and RUN.
      const url = await gatewayUrl({}, { durations: { PRO: { waitMs: 1500, runMs: 6000 } } });
      const out = tmp();
      const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
      const command = [
        process.execPath,
        BIN,
        'submit',
        'a chair in a terminal',
        '--watch',
        '--out',
        out,
        '--url',
        url,
      ]
        .map(quote)
        .join(' ');
      // The pane stays after h3d exits (sleep), so its last screen can be read.
      tmux(
        'new-session',
        '-d',
        '-s',
        'h3d',
        '-x',
        '120',
        '-y',
        '30',
        `${command}; echo "[exit $?]"; sleep 600`,
      );

      const progressLines = (screen: string) =>
        screen.split('\n').filter((l) => /^job_\S+ (QUEUED|WAIT|RUN|DONE|FAIL|CANCELED)\b/.test(l));
      const statuses = new Set<string>();
      const screens: string[] = [];
      const capture = () => {
        const screen = tmux('capture-pane', '-p', '-t', 'h3d');
        screens.push(screen);
        for (const line of progressLines(screen)) statuses.add(line.split(' ')[1]!);
        return screen;
      };
      await until('the progress line to show RUN', () =>
        /^job_\S+ RUN\b/m.test(capture()) ? true : undefined,
      );
      const last = await until('h3d to exit', () => {
        const screen = capture();
        return /^\[exit \d+\]$/m.test(screen) ? screen : undefined;
      });

      // Every screen had at most one progress line: it was rewritten, never piled up.
      for (const screen of screens) expect(progressLines(screen).length, screen).toBeLessThanOrEqual(1);
      // ... and it did change: at least RUN and DONE were seen on it.
      expect(statuses.has('RUN')).toBe(true);
      expect(statuses.has('DONE')).toBe(true);
      expect(last).toContain('[exit 0]');
      const lines = last.split('\n').map((l) => l.trimEnd());
      expect(progressLines(last)).toHaveLength(1);
      expect(progressLines(last)[0]).toMatch(/^job_\S+ DONE · \d+:\d\d$/);
      const paths = lines.filter((l) => l.startsWith(out));
      expect(paths.some((p) => p.endsWith('-model.glb'))).toBe(true);
      for (const p of paths) expect(existsSync(p), p).toBe(true);
    },
    120_000,
  );
});
