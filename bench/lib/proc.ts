import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/**
 * Every server and load generator of a scenario is its own process, started with
 * `node --import tsx <entry>` and spoken to over IPC: it sends `{ type: 'ready', ... }` once it
 * listens, answers `{ type, id }` requests with `{ type: 'reply', id, ... }`, and exits on `stop`.
 */
export interface BenchProcess<Ready = Record<string, unknown>> {
  readonly name: string;
  readonly pid: number;
  readonly ready: Ready & { url: string };
  readonly child: ChildProcess;
  /** Sends a request and waits for the reply with the same id. */
  request<T = Record<string, unknown>>(
    type: string,
    payload?: Record<string, unknown>,
    timeoutMs?: number,
  ): Promise<T>;
  /** Asks it to stop, then kills it if it has not exited within 5 s. Idempotent. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Environment added to this process's (proxy variables are always removed). */
  env?: Record<string, string>;
  args?: string[];
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  /** @default 30000 */
  readyTimeoutMs?: number;
}

const running = new Set<BenchProcess>();

/** `bench/<relative>` as an absolute path. */
export function benchPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(https?_proxy|no_proxy|TENCENTCLOUD_|HUNYUAN_|GATEWAY_|UPSTREAM_|JOB_|SIMULATOR_)/i.test(k))
      continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export async function startProcess<Ready = Record<string, unknown>>(
  name: string,
  entry: string,
  opts: StartOptions = {},
): Promise<BenchProcess<Ready>> {
  const child = fork(benchPath(entry), opts.args ?? [], {
    execArgv: ['--import', 'tsx', ...(opts.nodeFlags ?? [])],
    env: cleanEnv(opts.env ?? {}),
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-8000);
  });
  const exited = once(child, 'exit');
  const pending = new Map<number, (msg: Record<string, unknown>) => void>();
  let nextId = 1;
  child.on('message', (msg: Record<string, unknown>) => {
    if (msg.type === 'reply' && typeof msg.id === 'number') {
      pending.get(msg.id)?.(msg);
      pending.delete(msg.id);
    }
  });

  const ready = await new Promise<Ready & { url: string }>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(`${name} did not become ready within ${opts.readyTimeoutMs ?? 30_000} ms\n${stderr}`),
        ),
      opts.readyTimeoutMs ?? 30_000,
    );
    child.on('message', (msg: Record<string, unknown>) => {
      if (msg.type === 'ready') {
        clearTimeout(timer);
        resolve(msg as Ready & { url: string });
      }
    });
    void exited.then(([code, signal]) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready\n${stderr}`));
    });
  });

  let stopping: Promise<void> | undefined;
  const proc: BenchProcess<Ready> = {
    name,
    pid: child.pid ?? 0,
    ready,
    child,
    request(type, payload = {}, timeoutMs = 120_000) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${name}: no reply to ${type} within ${timeoutMs} ms\n${stderr}`));
        }, timeoutMs);
        pending.set(id, (msg) => {
          clearTimeout(timer);
          if (typeof msg.error === 'string') reject(new Error(`${name}: ${msg.error}`));
          else resolve(msg as never);
        });
        child.send({ ...payload, type, id });
      });
    },
    stop() {
      stopping ??= (async () => {
        running.delete(proc as BenchProcess);
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.send({ type: 'stop' }, () => undefined);
        const fuse = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(fuse);
      })();
      return stopping;
    },
  };
  running.add(proc as BenchProcess);
  return proc;
}

/** Stops every process still running (on errors and at exit). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop()));
}

process.on('exit', () => {
  for (const p of running) p.child.kill('SIGKILL');
});
