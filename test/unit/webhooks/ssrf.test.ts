import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidWebhookInputError, WebhookTargetNotAllowedError } from '../../../src/webhooks/errors.ts';
import { createHttpSender, type Sender } from '../../../src/webhooks/sender.ts';
import { checkTarget, guardedLookup, isForbiddenAddress } from '../../../src/webhooks/ssrf.ts';

const servers: Server[] = [];
const senders: Sender[] = [];
afterEach(async () => {
  for (const s of senders.splice(0)) await s.close();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

/** A local receiver counting requests; `handle` answers them. */
async function receiver(
  handle: (res: import('node:http').ServerResponse) => void = (res) => res.end('ok'),
): Promise<{ url: string; port: number; hits: () => number }> {
  let hits = 0;
  const server = createServer((req, res) => {
    hits += 1;
    req.resume();
    handle(res);
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, port, hits: () => hits };
}

function sender(allowPrivate: boolean, extra: Partial<Parameters<typeof createHttpSender>[0]> = {}): Sender {
  const s = createHttpSender({ allowPrivate, timeoutMs: 2000, ...extra });
  senders.push(s);
  return s;
}

const post = { headers: { 'content-type': 'application/json' }, body: '{}' };

describe('SSRF guard: which addresses are internal', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.255',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.1',
    '::',
    '::1',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '::127.0.0.1',
    '64:ff9b::a00:1',
    '2002:c0a8:0101::1',
    '2001:db8::1',
    '[::1]',
    'fe80::1%eth0',
    'localhost',
    'not an address',
  ])('%s is refused', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '11.0.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:0808:0808::1',
  ])('%s is public', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });
});

describe('SSRF guard at create time', () => {
  const resolveTo = (addresses: string[]) => async () => addresses;

  it('refuses an internal IP literal, or a name with any internal address', async () => {
    await expect(checkTarget(new URL('http://10.0.0.1/x'), { allowPrivate: false })).rejects.toBeInstanceOf(
      WebhookTargetNotAllowedError,
    );
    await expect(checkTarget(new URL('http://[::1]:8080/x'), { allowPrivate: false })).rejects.toBeInstanceOf(
      WebhookTargetNotAllowedError,
    );
    // The URL parser turns decimal, octal and hex forms into the address they are.
    await expect(checkTarget(new URL('http://2130706433/'), { allowPrivate: false })).rejects.toBeInstanceOf(
      WebhookTargetNotAllowedError,
    );
    const mixed = checkTarget(new URL('https://hooks.example.com/x'), {
      allowPrivate: false,
      resolve: resolveTo(['93.184.216.34', '169.254.169.254']),
    });
    await expect(mixed).rejects.toThrow(/resolves to 169\.254\.169\.254/);
  });

  it('accepts a public target, and anything when private targets are allowed', async () => {
    await checkTarget(new URL('https://hooks.example.com/x'), {
      allowPrivate: false,
      resolve: resolveTo(['93.184.216.34', '2606:4700:4700::1111']),
    });
    await checkTarget(new URL('http://127.0.0.1:9/x'), { allowPrivate: true });
  });

  it('calls a name that does not resolve bad input', async () => {
    const fail = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const err = await checkTarget(new URL('https://nowhere.invalid/'), {
      allowPrivate: false,
      resolve: fail,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidWebhookInputError);
    expect((err as Error).message).toMatch(/does not resolve \(ENOTFOUND\)/);
  });
});

describe('SSRF guard at delivery time', () => {
  it("hands the connection only the name's public addresses", async () => {
    const lookup = guardedLookup(async () => [
      '10.0.0.7',
      '93.184.216.34',
      'fd00::1',
      '2606:4700:4700::1111',
    ]);
    const all = await new Promise((resolve, reject) =>
      lookup('hooks.example.com', { all: true }, (err, addresses) =>
        err ? reject(err) : resolve(addresses),
      ),
    );
    expect(all).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:4700:4700::1111', family: 6 },
    ]);
    const one = await new Promise((resolve, reject) =>
      lookup('hooks.example.com', {}, (err, address, family) =>
        err ? reject(err) : resolve([address, family]),
      ),
    );
    expect(one).toEqual(['93.184.216.34', 4]);
    const none = await new Promise((resolve) =>
      guardedLookup(async () => ['127.0.0.1'])('evil.example.com', { all: true }, (err) => resolve(err)),
    );
    expect(none).toBeInstanceOf(WebhookTargetNotAllowedError);
  });

  it('refuses a name that resolves inward when it connects (DNS rebinding): nothing reaches the target', async () => {
    const target = await receiver();
    // The name was public when the webhook was created; now it points at the gateway's own network.
    const rebinding = sender(false, { resolve: async () => ['127.0.0.1'] });
    const result = await rebinding.send({ url: `http://hooks.example.com:${target.port}/hook`, ...post });
    expect(result).toMatchObject({ kind: 'error', reason: 'forbidden' });
    const literal = await sender(false).send({ url: target.url, ...post });
    expect(literal).toMatchObject({ kind: 'error', reason: 'forbidden' });
    const localhost = await sender(false).send({ url: `http://localhost:${target.port}/hook`, ...post });
    expect(localhost).toMatchObject({ kind: 'error', reason: 'forbidden' });
    expect(target.hits()).toBe(0);

    // Allowed when private targets are (development, tests).
    expect(await sender(true).send({ url: target.url, ...post })).toMatchObject({
      kind: 'response',
      status: 200,
    });
    expect(target.hits()).toBe(1);
  });
});

describe('webhook sender', () => {
  it('does not follow redirects: a 3xx is just a status', async () => {
    const elsewhere = await receiver();
    const target = await receiver((res) => {
      res.writeHead(302, { location: elsewhere.url });
      res.end();
    });
    expect(await sender(true).send({ url: target.url, ...post })).toMatchObject({
      kind: 'response',
      status: 302,
    });
    expect(elsewhere.hits()).toBe(0);
  });

  it('reads at most the cap of a response body', async () => {
    const target = await receiver((res) => {
      res.writeHead(500);
      res.end('x'.repeat(1_000_000));
    });
    const result = await sender(true, { maxResponseBytes: 1000 }).send({ url: target.url, ...post });
    expect(result).toMatchObject({ kind: 'response', status: 500 });
    expect(result.kind === 'response' && result.body.length).toBe(1000);
  });

  it('gives up on a receiver that does not answer in time, and reports a refused connection', async () => {
    const silent = await receiver(() => {});
    expect(await sender(true, { timeoutMs: 200 }).send({ url: silent.url, ...post })).toMatchObject({
      kind: 'error',
      reason: 'timeout',
    });
    const closed = await receiver();
    servers.pop()?.close();
    const refused = await sender(true).send({ url: closed.url, ...post });
    expect(refused).toMatchObject({ kind: 'error', reason: 'network' });
  });
});
