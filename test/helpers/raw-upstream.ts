import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/**
 * A bare node:http server on 127.0.0.1, port 0, for transport behaviour the simulator does not
 * produce (stalls, non-JSON 200s, broken envelopes). It records each request's headers and body.
 * Every server started here is closed, with its open sockets, after the test that started it.
 */
export interface RecordedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawUpstream {
  /** e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export type RawHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const open = new Set<RawUpstream>();

afterEach(async () => {
  const closing = [...open].map((server) => server.close());
  open.clear();
  await Promise.all(closing);
});

export async function startRawUpstream(handler: RawHandler): Promise<RawUpstream> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const upstream: RawUpstream = {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Stalled answers never end on their own.
        server.closeAllConnections();
      });
      return closing;
    },
  };
  open.add(upstream);
  return upstream;
}

/** Answers every request with `status` and `body` (JSON when an object). */
export function answer(status: number, body: string | object): RawHandler {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/html' : 'application/json';
  return (_req, res) => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
}

/** A port that was just listened on and closed again: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
