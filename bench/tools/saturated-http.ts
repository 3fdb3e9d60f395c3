import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';

/**
 * Reproduces the poll storm's client timeouts without yoga or the gateway: a plain node:http
 * server that spends ~250 µs of CPU per request (what yoga costs) under 500 keep-alive
 * connections. Saturated, it leaves a few sockets unserved for longer than the clients' 10 s
 * timeout in some runs and not in others.
 * `node --import tsx bench/tools/saturated-http.ts [rounds]`
 */
if (process.argv[2] === 'server') {
  const body = JSON.stringify({
    data: { job: { id: 'job_0123456789abcdef', status: 'RUN', resultFiles: [] } },
  });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const until = process.hrtime.bigint() + 250_000n;
      while (process.hrtime.bigint() < until);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as AddressInfo).port));
} else {
  const rounds = Number(process.argv[2] ?? 3);
  const child = fork(new URL(import.meta.url).pathname, ['server'], { execArgv: ['--import', 'tsx'] });
  const [port] = (await once(child, 'message')) as [number];
  for (let r = 1; r <= rounds; r++) {
    const res = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: 500,
      duration: 20,
      timeout: 10,
      method: 'POST',
      body: '{"query":"{ hello }"}',
      headers: { 'content-type': 'application/json' },
    });
    console.log(
      `round ${r}: ${Math.round(res.requests.average)} req/s, p99 ${res.latency.p99} ms, max ${res.latency.max} ms, ${res.timeouts} timeouts`,
    );
  }
  child.kill();
}
