import { createSchema, createYoga } from 'graphql-yoga';
import { loadConfig } from '../../src/config.ts';
import { createGateway } from '../../src/gateway.ts';
import { createLogger } from '../../src/logger.ts';
import { startSimulator } from '../../src/simulator/index.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { JOB_QUERY } from '../scenarios/overhead.ts';

/**
 * CPU per request of the yoga pipeline alone, in-process through `app.fetch` (no sockets, no
 * load generator): steadier than HTTP throughput on a shared machine, so it shows small wins.
 * `node --import tsx bench/tools/cpu-per-request.ts [requests]`
 */
const n = Number(process.argv[2] ?? 20000);
const sim = await startSimulator({ durations: { PRO: { waitMs: 0, runMs: 50 } } });
const config = loadConfig({
  TENCENTCLOUD_SECRET_ID: DEV_SECRET_ID,
  TENCENTCLOUD_SECRET_KEY: DEV_SECRET_KEY,
  HUNYUAN_ENDPOINT: sim.url,
  GATEWAY_DB: ':memory:',
  LOG_LEVEL: 'warn',
});
const gateway = await createGateway(config, createLogger({ level: 'warn' }));
const helloSchema = createSchema({
  typeDefs: 'type Query { hello: String! }',
  resolvers: { Query: { hello: () => 'world' } },
});
const bare = createYoga({ schema: helloSchema });
// The same without yoga's request-body pipe, to show what that pipe alone costs.
const bareNoPipe = createYoga({ schema: helloSchema, maxRequestBodySize: false });

async function post(
  app: { fetch: (url: string, init: RequestInit) => Promise<Response> | Response },
  body: string,
) {
  const res = await app.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      'content-length': String(Buffer.byteLength(body)),
    },
    body,
  });
  return res.text();
}

const submitted = JSON.parse(
  await post(
    gateway.app,
    JSON.stringify({ query: 'mutation { submitJob(input: { prompt: "a chair" }) { id } }' }),
  ),
) as { data: { submitJob: { id: string } } };
const id = submitted.data.submitJob.id;
const jobBody = JSON.stringify({ query: JOB_QUERY, variables: { id } });
for (;;) {
  const text = await post(gateway.app, jobBody);
  if (text.includes('"DONE"')) {
    console.log(text);
    break;
  }
  await new Promise((r) => setTimeout(r, 100));
}

async function measure(name: string, app: Parameters<typeof post>[0], body: string): Promise<number> {
  const concurrency = 50;
  const run = async (count: number) => {
    let left = count;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (left-- > 0) await post(app, body);
      }),
    );
  };
  await run(3000);
  const before = process.cpuUsage();
  const t0 = performance.now();
  await run(n);
  const cpu = process.cpuUsage(before);
  const us = (cpu.user + cpu.system) / n;
  console.log(
    `${name.padEnd(22)} ${us.toFixed(1)} µs CPU/request, ${(n / ((performance.now() - t0) / 1000)).toFixed(0)} req/s`,
  );
  return us;
}

const rounds = 3;
const g: number[] = [];
const b: number[] = [];
const p: number[] = [];
const hello = JSON.stringify({ query: '{ hello }' });
for (let r = 0; r < rounds; r++) {
  b.push(await measure('bare yoga { hello }', bare, hello));
  p.push(await measure('  without body pipe', bareNoPipe, hello));
  g.push(await measure('gateway job(id)', gateway.app, jobBody));
}
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? Number.NaN;
console.log(
  `median: gateway ${med(g).toFixed(1)} µs, bare yoga ${med(b).toFixed(1)} µs (${med(p).toFixed(1)} µs without its body pipe), ratio ${(med(g) / med(b)).toFixed(2)}`,
);
await gateway.close();
await sim.close();
process.exit(0);
