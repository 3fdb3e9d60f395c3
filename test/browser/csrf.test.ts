import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * Audit F7 in a real browser: an open development gateway (no keys, no NODE_ENV, the README's first
 * command) and a hostile page on another site. The page is served from 127.0.0.1 but Chromium
 * knows it as http://evil.test:<port> (`--host-resolver-rules`), an origin that is neither the
 * gateway's nor a loopback one allowed by default. It tries what the audit's browser-csrf.mjs did:
 * a form post, fetches with and without CORS, text/plain, multipart, a GET mutation. Nothing may
 * submit a job or read the job list. The same page on http://localhost:<port> (a frontend dev
 * server, allowed by default) can.
 */

const CHROMIUM = '/usr/bin/chromium';
const MUTATION = 'mutation { submitJob(input: { prompt: "drive-by paid job" }) { id } }';
const LIST = '{ jobs(first: 10) { nodes { id prompt } } }';

function attackPage(gateway: string): string {
  const gql = `${gateway}/graphql`;
  return `<!doctype html><html><body>
<form id="form" method="POST" action="${gql}">
  <input name="query" value='${MUTATION}'>
</form>
<pre id="out"></pre>
<script>
(async () => {
  const gql = ${JSON.stringify(gql)};
  const mutation = ${JSON.stringify(MUTATION)};
  const list = ${JSON.stringify(LIST)};
  const out = {};
  const attempt = async (name, run) => {
    try { out[name] = 'read: ' + (await run()); } catch (e) { out[name] = 'blocked: ' + e.name; }
  };
  const json = (query) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  await attempt('jsonSubmit', async () => (await fetch(gql, json(mutation))).text());
  await attempt('jsonList', async () => (await fetch(gql, json(list))).text());
  await attempt('getList', async () => (await fetch(gql + '?query=' + encodeURIComponent(list))).text());
  // Blind (no-cors) posts of every simple kind: the page cannot read the answer, but the server must refuse.
  await fetch(gql, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: mutation }) });
  const multipart = new FormData();
  multipart.set('query', mutation);
  await fetch(gql, { method: 'POST', mode: 'no-cors', body: multipart });
  await fetch(gql, { method: 'POST', mode: 'no-cors', body: new URLSearchParams({ query: mutation }) });
  await fetch(gql + '?query=' + encodeURIComponent(mutation), { mode: 'no-cors' });
  document.getElementById('out').textContent = JSON.stringify(out);
  document.body.dataset.done = 'yes';
})();
</script></body></html>`;
}

let browser: Browser | undefined;
const servers: Server[] = [];
afterEach(async () => {
  await browser?.close();
  browser = undefined;
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeAllConnections();
        }),
    ),
  );
});

/** The attacker's site: one page, on 127.0.0.1 port 0. */
async function serveAttackPage(html: string): Promise<number> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('an open development gateway and a hostile page on another site (audit F7)', () => {
  it('lets the page neither submit a job nor read the job list; a loopback dev server may', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
    const sim = await startTestSimulator();
    // The defaults of `npm start`: no keys, no NODE_ENV, no CORS_ORIGINS.
    const t = await startTestGateway(sim);
    const gateway = await listen(t.gateway, t.log.logger);
    const port = await serveAttackPage(attackPage(gateway.url));

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        // evil.test is 127.0.0.1 to this browser: another site, with no traffic leaving the machine.
        '--host-resolver-rules=MAP evil.test 127.0.0.1',
      ],
    });
    const page = await browser.newPage();
    /** What reached the gateway and what it answered, as the browser's network layer saw it. */
    const answers: Array<[method: string, status: number]> = [];
    page.on('response', (res) => {
      if (res.url().startsWith(`${gateway.url}/graphql`))
        answers.push([res.request().method(), res.status()]);
    });

    await page.goto(`http://evil.test:${port}/`);
    expect(await page.evaluate(() => location.origin)).toBe(`http://evil.test:${port}`);
    await page.waitForSelector('body[data-done="yes"]', { timeout: 15_000 });
    const out = JSON.parse((await page.textContent('#out')) ?? '{}') as Record<string, string>;
    // CORS: the page reads nothing (the JSON posts are not even sent: their preflight is refused).
    expect(out).toEqual({
      jsonSubmit: 'blocked: TypeError',
      jsonList: 'blocked: TypeError',
      getList: 'blocked: TypeError',
    });

    // The plain form post, as a user clicking on the attacker's page would send it.
    const [navigation] = await Promise.all([
      page.waitForResponse(
        (r) =>
          r.url() === `${gateway.url}/graphql` &&
          r.request().method() === 'POST' &&
          r.request().resourceType() === 'document',
      ),
      page.evaluate(() => (document.getElementById('form') as HTMLFormElement).submit()),
    ]);
    expect(navigation.status()).toBe(403);
    expect(await navigation.text()).toMatch(/"code":"FORBIDDEN"/);

    // Everything the browser let through to the gateway was refused there: the three blind posts,
    // the GET mutation and the form (their bodies are opaque to the page, and to us, but the form's).
    await expect.poll(() => answers.length).toBe(5);
    expect(answers).toEqual([
      ['POST', 403],
      ['POST', 403],
      ['POST', 403],
      ['GET', 403],
      ['POST', 403],
    ]);
    expect((await t.gql<{ jobs: { nodes: unknown[] } }>(LIST)).data?.jobs.nodes).toEqual([]);

    // Control: the same page from a loopback origin (a frontend dev server) may read and submit.
    await page.goto(`http://localhost:${port}/`);
    await page.waitForSelector('body[data-done="yes"]', { timeout: 15_000 });
    const local = JSON.parse((await page.textContent('#out')) ?? '{}') as Record<string, string>;
    expect(local.jsonSubmit).toMatch(/^read: \{"data":\{"submitJob":\{"id":"job_/);
    expect(local.jsonList).toMatch(/^read: \{"data":\{"jobs":\{"nodes":\[\{"id":"job_/);
  });
});
