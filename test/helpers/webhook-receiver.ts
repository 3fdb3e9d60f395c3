import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach } from 'vitest';

/** One request a receiver got, and what it answered. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed body. */
  event: { type: string; timestamp: string; data: Record<string, unknown> };
  answered: number;
}

/**
 * A webhook receiver on 127.0.0.1, port 0: it answers `status` (500 until `recover()`, or as
 * `failFirst` says) and keeps every request. Closed after the test.
 */
export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** From now on, answer 200. */
  recover(): void;
  /** Resolves once `predicate` holds over what was received (checked on every request). */
  until(
    predicate: (received: readonly ReceivedWebhook[]) => boolean,
    what: string,
    ms?: number,
  ): Promise<void>;
}

const servers = new Set<Server>();
afterEach(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  servers.clear();
});

export async function startWebhookReceiver(opts: { failFirst?: number } = {}): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let recovered = false;
  const waiters = new Set<() => void>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const failing = opts.failFirst === undefined ? !recovered : received.length < opts.failFirst;
    const answered = failing ? 500 : 200;
    received.push({ headers: req.headers, body, event: JSON.parse(body), answered });
    res.writeHead(answered, { 'content-type': 'text/plain' }).end(failing ? 'receiver is down' : 'ok');
    for (const wake of waiters) wake();
  });
  servers.add(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/hunyuan`,
    received,
    recover: () => {
      recovered = true;
    },
    until(predicate, what, ms = 60_000) {
      if (predicate(received)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`webhook receiver: timed out waiting until ${what}; got ${describe(received)}`));
        }, ms);
        const check = () => {
          if (!predicate(received)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
  };
}

function describe(received: readonly ReceivedWebhook[]): string {
  return JSON.stringify(received.map((r) => [r.event.type, r.headers['webhook-id'], r.answered]));
}

/** A request of this type was answered 2xx. */
export const delivered = (type: string) => (received: readonly ReceivedWebhook[]) =>
  received.some((r) => r.event.type === type && r.answered < 300);

export type VerifyWebhook = (
  secret: string,
  headers: IncomingHttpHeaders,
  body: string,
  toleranceSeconds?: number,
) => boolean;

/**
 * The README's receiving example, as a module: the ```js block that defines `verifyWebhook`, run as
 * it is written there, so the documented code is the code that verifies the deliveries.
 */
export async function readmeVerifier(): Promise<VerifyWebhook> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = [...readme.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .find((code) => code.includes('export function verifyWebhook'));
  if (!block) throw new Error('README.md has no ```js block with `export function verifyWebhook`');
  const dir = mkdtempSync(join(tmpdir(), 'readme-verify-'));
  try {
    const file = join(dir, 'verify-webhook.mjs');
    writeFileSync(file, block);
    const mod = (await import(pathToFileURL(file).href)) as { verifyWebhook: VerifyWebhook };
    return mod.verifyWebhook;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
