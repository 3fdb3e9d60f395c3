import type { AddressInfo } from 'node:net';
import { connect, createServer, type Socket } from 'node:net';
import { afterEach } from 'vitest';

/**
 * A loopback TCP proxy a test can break: `cut()` drops every open connection (as a load balancer
 * restart or a lost network would), `hold()` keeps new connections waiting without an answer until
 * `release()`. It records the first bytes each connection sent, so a test can read the request line
 * and headers (`Last-Event-ID`) a reconnecting client sent.
 */
export interface TcpProxy {
  url: string;
  /** The beginning of what each connection sent, in order of connection (latin1 text). */
  readonly requests: string[];
  /** Connections open now (client side), including held ones. */
  readonly open: number;
  /** Connections accepted and waiting for `release()`. */
  readonly held: number;
  cut(): void;
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

const HEAD_BYTES = 4096;
const proxies = new Set<TcpProxy>();

afterEach(async () => {
  const closing = [...proxies].map((p) => p.close());
  proxies.clear();
  await Promise.all(closing);
});

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port } = new URL(target);
  const requests: string[] = [];
  const pairs = new Set<{ client: Socket; upstream?: Socket }>();
  const waiting: Array<() => void> = [];
  let holding = false;

  const server = createServer((client) => {
    const pair: { client: Socket; upstream?: Socket } = { client };
    pairs.add(pair);
    const index = requests.push('') - 1;
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      pair.upstream?.destroy();
    };
    client.on('error', end);
    client.on('close', end);
    const start = () => {
      if (client.destroyed) return;
      const upstream = connect(Number(port), hostname);
      pair.upstream = upstream;
      upstream.on('error', end);
      upstream.on('close', end);
      // Attached together with the pipe, so no byte flows before both listen.
      client.on('data', (chunk: Buffer) => {
        const head = requests[index] ?? '';
        if (head.length < HEAD_BYTES) requests[index] = head + chunk.toString('latin1');
      });
      client.pipe(upstream);
      upstream.pipe(client);
    };
    if (holding) waiting.push(start);
    else start();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;

  const proxy: TcpProxy = {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    get open() {
      return pairs.size;
    },
    get held() {
      return [...pairs].filter((p) => !p.upstream && !p.client.destroyed).length;
    },
    cut() {
      for (const pair of [...pairs]) {
        pair.client.destroy();
        pair.upstream?.destroy();
      }
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const start of waiting.splice(0)) start();
    },
    async close() {
      proxies.delete(proxy);
      proxy.cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  proxies.add(proxy);
  return proxy;
}
