import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach } from 'vitest';

/**
 * The gateway as users run it: a separate process (`npm start` or `node --import tsx src/main.ts`),
 * so tests can kill -9 it and start it again on the same SQLite file.
 */
export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  /** Parsed JSON log lines so far. */
  logs: Array<Record<string, unknown>>;
  stderr: () => string;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

const running = new Set<GatewayProcess>();

afterEach(async () => {
  await Promise.all([...running].map((p) => p.kill('SIGKILL')));
});

/** Environment without anything that would point the gateway at a real account or a proxy. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^(TENCENTCLOUD_|HUNYUAN_|GATEWAY_|REDIS_URL|PORT$|HOST$|UPSTREAM_|JOB_|SIMULATOR_|OTEL_|https?_proxy)/i.test(
        k,
      )
    )
      continue;
    env[k] = v;
  }
  return { ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...extra };
}

export async function startGatewayProcess(opts: {
  env: Record<string, string>;
  /** @default node --import tsx src/main.ts */
  command?: [string, ...string[]];
  timeoutMs?: number;
}): Promise<GatewayProcess> {
  const [cmd, ...args] = opts.command ?? [process.execPath, '--import', 'tsx', 'src/main.ts'];
  // Its own process group, so killing it also kills what npm starts under it.
  const child = spawn(cmd, args, {
    env: cleanEnv(opts.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const logs: Array<Record<string, unknown>> = [];
  let stderr = '';
  let buffer = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  // 'close' rather than 'exit': by then every log line the process wrote has been read.
  const exited = once(child, 'close').then(([code]) => code as number | null);

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`gateway did not start within ${opts.timeoutMs ?? 30_000} ms:\n${stderr}`)),
      opts.timeoutMs ?? 30_000,
    );
    child.stdout?.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'gateway listening' && typeof entry.url === 'string') {
          clearTimeout(timer);
          resolve(entry.url.replace(/\/graphql$/, ''));
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code} before listening:\n${stderr}`));
    });
  });

  const proc: GatewayProcess = {
    url,
    child,
    logs,
    stderr: () => stderr,
    async kill(signal = 'SIGKILL') {
      running.delete(proc);
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      try {
        process.kill(-(child.pid ?? 0), signal);
      } catch {
        child.kill(signal);
      }
      return exited;
    },
  };
  running.add(proc);
  return proc;
}

export async function gqlHttp<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as T;
}
