/**
 * The child side of proc.ts: announce readiness, answer requests, stop on request. Every child
 * answers `mem` (after a full GC when started with --expose-gc) and `cpu` (its CPU time so far).
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
  if (msg['type'] === 'stop') {
    void (async () => {
      try {
        await stopHandler();
      } finally {
        process.exit(0);
      }
    })();
    return;
  }
  const fn = handlers.get(String(msg['type']));
  const id = msg['id'];
  if (!fn) {
    process.send?.({ type: 'reply', id, error: `unknown request ${String(msg['type'])}` });
    return;
  }
  Promise.resolve()
    .then(() => fn(msg))
    .then(
      (out) => process.send?.({ ...(out as object), type: 'reply', id }),
      (err: unknown) =>
        process.send?.({ type: 'reply', id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    );
});

// The parent died: do not linger.
process.on('disconnect', () => process.exit(0));
