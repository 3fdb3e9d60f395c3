import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * The child side of proc.ts: announce readiness, answer requests, stop on request. Every child
 * answers `mem` (after a full GC when started with --expose-gc), `cpu` (its CPU time so far), and
 * `profile:start` / `profile:stop` (V8's CPU profiler, the one behind `node --cpu-prof`, limited to
 * the load window so start-up and module loading stay out of the picture).
 */
type Handler = (msg: Record<string, unknown>) => unknown;

const handlers = new Map<string, Handler>();
let stopHandler: () => Promise<void> | void = () => undefined;

export function memory(): { heapUsed: number; rss: number; external: number; arrayBuffers: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss, external: m.external, arrayBuffers: m.arrayBuffers };
}

handlers.set('mem', () => memory());
handlers.set('cpu', () => {
  const u = process.cpuUsage();
  return { userUs: u.user, systemUs: u.system };
});

// Event-loop delay since the last `loop` request: shows stalls that throughput figures hide.
let loop: IntervalHistogram | undefined;
handlers.set('loop', () => {
  const h = loop;
  loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  if (!h) return { p99Ms: 0, maxMs: 0 };
  h.disable();
  return { p99Ms: h.percentile(99) / 1e6, maxMs: h.max / 1e6 };
});

let session: Session | undefined;
handlers.set('profile:start', async () => {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {};
});
handlers.set('profile:stop', async (msg) => {
  if (!session) throw new Error('profile:stop without profile:start');
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  session = undefined;
  writeFileSync(String(msg.path), JSON.stringify(profile));
  return { path: msg.path };
});

export function handle(type: string, fn: Handler): void {
  handlers.set(type, fn);
}

export function onStop(fn: () => Promise<void> | void): void {
  stopHandler = fn;
}

export function ready(info: Record<string, unknown> & { url: string }): void {
  process.send?.({ ...info, type: 'ready' });
}

process.on('message', (msg: Record<string, unknown>) => {
  if (msg.type === 'stop') {
    void (async () => {
      try {
        await stopHandler();
      } finally {
        process.exit(0);
      }
    })();
    return;
  }
  const fn = handlers.get(String(msg.type));
  const id = msg.id;
  if (!fn) {
    process.send?.({ type: 'reply', id, error: `unknown request ${String(msg.type)}` });
    return;
  }
  Promise.resolve()
    .then(() => fn(msg))
    .then(
      (out) => process.send?.({ ...(out as object), type: 'reply', id }),
      (err: unknown) =>
        process.send?.({
          type: 'reply',
          id,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        }),
    );
});

// The parent died: do not linger.
process.on('disconnect', () => process.exit(0));
