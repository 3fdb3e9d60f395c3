import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, median, table, writeResult } from '../lib/report.ts';
import { sleep } from '../lib/setup.ts';
import type { ScenarioOptions, ScenarioOutput } from './types.ts';

/**
 * Scenario 5, cold start: the gateway as users start it (`node --import tsx src/main.ts`, which is
 * what `npm start` runs through tsx; no credentials, so with the embedded simulator; a new SQLite
 * file), timed from spawn to the "gateway listening" log line and to the first answered query;
 * then its RSS after 2 s idle. A bare node:http process started the same way is the reference.
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

export async function coldStart(opts: ScenarioOptions): Promise<ScenarioOutput> {
  const rounds = opts.quick ? 2 : 5;
  const runs: Record<string, Start[]> = { gateway: [], 'bare node:http': [] };
  for (let r = 0; r < rounds; r++) {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-cold-'));
    try {
      const g = await startOnce(
        [process.execPath, '--import', 'tsx', 'src/main.ts'],
        cleanEnv({ PORT: '0', HOST: '127.0.0.1', GATEWAY_DB: join(dir, 'gateway.db'), LOG_LEVEL: 'info' }),
        (line) => {
          if (!line.startsWith('{')) return undefined;
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          return entry.msg === 'gateway listening' ? entry.url : undefined;
        },
      );
      runs.gateway?.push(g);
      opts.log(
        `  round ${r + 1} gateway: listening ${fmt(g.listenMs)} ms, first answer ${fmt(g.firstAnswerMs)} ms, idle RSS ${fmt(g.idleRssMiB)} MiB`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const b = await startOnce([process.execPath, '-e', BARE_HTTP], cleanEnv({}), (line) =>
      line.startsWith('{') ? (JSON.parse(line) as { url: string }).url : undefined,
    );
    runs['bare node:http']?.push(b);
  }
  const row = (name: string) => {
    const rs = runs[name] ?? [];
    return [
      name,
      fmt(median(rs.map((x) => x.listenMs))),
      fmt(median(rs.map((x) => x.firstAnswerMs))),
      fmt(median(rs.map((x) => x.idleRssMiB)), 1),
    ];
  };
  const summary = {
    rounds,
    gatewayFirstAnswerMs: median((runs.gateway ?? []).map((x) => x.firstAnswerMs)),
    gatewayListenMs: median((runs.gateway ?? []).map((x) => x.listenMs)),
    gatewayIdleRssMiB: median((runs.gateway ?? []).map((x) => x.idleRssMiB)),
  };
  const text = table(
    `Cold start (${rounds} runs, medians; gateway with the embedded simulator and a new SQLite file)`,
    ['process', 'spawn → listening ms', 'spawn → first answer ms', 'idle RSS MiB'],
    [row('gateway'), row('bare node:http')],
  );
  const file = writeResult('cold-start', { summary, runs });
  return { text, file, summary };
}
