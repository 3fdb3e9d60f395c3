import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, staleReason } from '../../scripts/build.mjs';
import { fmt, median, table, writeResult } from '../lib/report.ts';
import { sleep } from '../lib/setup.ts';
import type { ScenarioOptions, ScenarioOutput } from './types.ts';

/**
 * Scenario 5, cold start: the gateway as users start it, compiled (`node --enable-source-maps
 * dist/main.js`, what `npm start` runs after its build step) and from the TypeScript sources through
 * tsx (`node --import tsx src/main.ts`, what `npm start` ran before the build); no credentials, so
 * with the embedded simulator; a new SQLite file each time. Timed from spawn to the "gateway
 * listening" log line and to the first answered query; then its RSS after 2 s idle. A bare node:http
 * process started the same way is the reference. The three alternate within each round (the order
 * rotates), and the figures are medians over the rounds. dist/ is built first when it is stale.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUERY = JSON.stringify({ query: '{ jobs(first: 1) { nodes { id } } }' });

interface Start {
  listenMs: number;
  firstAnswerMs: number;
  idleRssMiB: number;
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function startOnce(
  command: string[],
  env: NodeJS.ProcessEnv,
  urlOf: (line: string) => string | undefined,
) {
  const t0 = performance.now();
  const child: ChildProcess = spawn(command[0] ?? process.execPath, command.slice(1), {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(() => reject(new Error(`no listening line within 60 s\n${stderr}`)), 60_000);
      child.stdout?.on('data', (d: Buffer) => {
        buffer += d.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const url = urlOf(line);
          if (url) {
            clearTimeout(timer);
            resolve(url);
          }
        }
      });
      void exited.then(() => reject(new Error(`exited before listening\n${stderr}`)));
    });
    const listenMs = performance.now() - t0;
    for (;;) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: QUERY,
      }).catch(() => undefined);
      if (res?.status === 200) {
        await res.text();
        break;
      }
      if (performance.now() - t0 > 60_000) throw new Error('no answer within 60 s');
      await sleep(5);
    }
    const firstAnswerMs = performance.now() - t0;
    await sleep(2000);
    return { listenMs, firstAnswerMs, idleRssMiB: rssMiB(child.pid ?? 0) };
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^(https?_proxy|TENCENTCLOUD_|HUNYUAN_|GATEWAY_|UPSTREAM_|JOB_|SIMULATOR_|REDIS_URL|PORT$|HOST$)/i.test(
        k,
      )
    )
      continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

const BARE_HTTP = `
const http = require('node:http');
const s = http.createServer((req, res) => { req.resume(); req.on('end', () => { res.setHeader('content-type', 'application/json'); res.end('{"data":{"jobs":{"nodes":[]}}}'); }); });
s.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + s.address().port + '/graphql' })));
`;

const GATEWAYS: Record<string, string[]> = {
  'gateway, compiled (npm start)': [process.execPath, '--enable-source-maps', 'dist/main.js'],
  'gateway, tsx (npm start before)': [process.execPath, '--import', 'tsx', 'src/main.ts'],
};

const gatewayUrl = (line: string): string | undefined => {
  if (!line.startsWith('{')) return undefined;
  const entry = JSON.parse(line) as { msg?: string; url?: string };
  return entry.msg === 'gateway listening' ? entry.url : undefined;
};

export async function coldStart(opts: ScenarioOptions): Promise<ScenarioOutput> {
  const stale = await staleReason();
  if (stale !== undefined) {
    opts.log(`  building dist/ first (${stale})`);
    await build();
  }
  const rounds = opts.quick ? 2 : 5;
  const names = [...Object.keys(GATEWAYS), 'bare node:http'];
  const runs: Record<string, Start[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    // Rotate the order, so no process always runs first (or right after another's shutdown).
    for (const name of [...names.slice(r % names.length), ...names.slice(0, r % names.length)]) {
      const command = GATEWAYS[name];
      let s: Start;
      if (command) {
        const dir = mkdtempSync(join(tmpdir(), 'gateway-cold-'));
        try {
          s = await startOnce(
            command,
            cleanEnv({
              PORT: '0',
              HOST: '127.0.0.1',
              GATEWAY_DB: join(dir, 'gateway.db'),
              LOG_LEVEL: 'info',
            }),
            gatewayUrl,
          );
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      } else {
        s = await startOnce([process.execPath, '-e', BARE_HTTP], cleanEnv({}), (line) =>
          line.startsWith('{') ? (JSON.parse(line) as { url: string }).url : undefined,
        );
      }
      runs[name]?.push(s);
      opts.log(
        `  round ${r + 1} ${name}: listening ${fmt(s.listenMs)} ms, first answer ${fmt(s.firstAnswerMs)} ms, idle RSS ${fmt(s.idleRssMiB)} MiB`,
      );
    }
  }
  const med = (name: string, key: keyof Start) => median((runs[name] ?? []).map((x) => x[key]));
  const row = (name: string) => [
    name,
    fmt(med(name, 'listenMs')),
    fmt(med(name, 'firstAnswerMs')),
    fmt(med(name, 'idleRssMiB'), 1),
  ];
  const [compiled = '', tsx = ''] = Object.keys(GATEWAYS);
  const summary = {
    rounds,
    compiledFirstAnswerMs: med(compiled, 'firstAnswerMs'),
    compiledListenMs: med(compiled, 'listenMs'),
    compiledIdleRssMiB: med(compiled, 'idleRssMiB'),
    tsxFirstAnswerMs: med(tsx, 'firstAnswerMs'),
    tsxListenMs: med(tsx, 'listenMs'),
    tsxIdleRssMiB: med(tsx, 'idleRssMiB'),
    bareFirstAnswerMs: med('bare node:http', 'firstAnswerMs'),
    loadAvg: loadavg(),
  };
  const text = table(
    `Cold start (${rounds} runs each, alternating, medians; gateway with the embedded simulator and a new SQLite file)`,
    ['process', 'spawn → listening ms', 'spawn → first answer ms', 'idle RSS MiB'],
    names.map(row),
  );
  const file = writeResult('cold-start', { summary, runs });
  return {
    text: `${text}\n  compiled / tsx, first answer: ${fmt(summary.compiledFirstAnswerMs / summary.tsxFirstAnswerMs, 2)}`,
    file,
    summary,
  };
}
