import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * Traces as an operator gets them: the gateway as a process, configured by the standard OTEL_
 * variables, exporting OTLP/HTTP JSON to a local receiver.
 */

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_SPAN_ID = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${PARENT_SPAN_ID}-01`;

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: OtlpAttribute[];
  status?: { code?: number };
}
interface OtlpBody {
  resourceSpans: Array<{
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: Array<{ spans: OtlpSpan[] }>;
  }>;
}

interface Receiver {
  url: string;
  /** Every request, accepted or not, in order. */
  requests: Array<{ method: string; path: string; headers: IncomingHttpHeaders }>;
  bodies: OtlpBody[];
  /** The status the next requests are answered with. */
  status: number;
  spans(): OtlpSpan[];
  serviceNames(): string[];
}

const receivers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of receivers.splice(0)) await close();
});

/** A local OTLP/HTTP receiver: POST /v1/traces with a JSON body, answered with `status`. */
async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    requests: [],
    bodies: [],
    status: 200,
    spans: () =>
      receiver.bodies.flatMap((b) => b.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))),
    serviceNames: () =>
      receiver.bodies.flatMap((b) =>
        b.resourceSpans.map(
          (r) => r.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '',
        ),
      ),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      receiver.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
      const status = receiver.status;
      if (status === 200 && req.method === 'POST' && req.url === '/v1/traces') {
        receiver.bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpBody);
      }
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status === 200 ? '{}' : '{"code":3,"message":"refused by the test"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receivers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return receiver;
}

const attr = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? value?.intValue ?? value?.boolValue;
};

async function post<T>(
  gw: GatewayProcess,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(`${gw.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as T;
}

const SUBMIT = 'mutation Submit($p: String!) { submitJob(input: { prompt: $p }) { id } }';

async function submitJob(gw: GatewayProcess, prompt: string, headers: Record<string, string> = {}) {
  const res = await post<{ data?: { submitJob: { id: string } }; errors?: unknown }>(
    gw,
    SUBMIT,
    { p: prompt },
    headers,
  );
  if (!res.data) throw new Error(`submit failed: ${JSON.stringify(res.errors)}`);
  return res.data.submitJob.id;
}

async function waitForDone(gw: GatewayProcess, id: string): Promise<void> {
  await vi.waitFor(
    async () => {
      const res = await post<{ data: { job: { status: string } } }>(
        gw,
        'query ($id: ID!) { job(id: $id) { status } }',
        {
          id,
        },
      );
      expect(res.data.job.status).toBe('DONE');
    },
    { timeout: 20_000, interval: 100 },
  );
}

const FAST_JOBS = {
  SIMULATOR_WAIT_MS: '200',
  SIMULATOR_RUN_MS: '300',
  JOB_REFRESH_MS: '200',
  GATEWAY_DB: ':memory:',
};

describe('traces over OTLP/HTTP (gateway process, local receiver)', () => {
  it('exports the operation span in the traceparent’s trace and the job’s spans, submit to DONE, in that trace', async () => {
    const receiver = await startReceiver();
    const gw = await startGatewayProcess({
      env: {
        ...FAST_JOBS,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_SERVICE_NAME: 'gateway-under-test',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
    });
    expect(gw.logs.find((l) => l.msg === 'exporting traces over OTLP/HTTP')).toMatchObject({
      endpoint: `${receiver.url}/v1/traces`,
    });

    const id = await submitJob(gw, 'a small wooden chair', { traceparent: TRACEPARENT });
    await waitForDone(gw, id);
    const spans = await vi.waitFor(
      () => {
        const all = receiver.spans();
        expect(all.some((s) => s.name === 'job.end' && attr(s, 'job.id') === id)).toBe(true);
        return all;
      },
      { timeout: 20_000, interval: 100 },
    );

    for (const request of receiver.requests) {
      expect(request).toMatchObject({ method: 'POST', path: '/v1/traces' });
      expect(request.headers['content-type']).toBe('application/json');
    }
    expect(new Set(receiver.serviceNames())).toEqual(new Set(['gateway-under-test']));

    const operation = spans.find((s) => s.name === 'graphql.mutation Submit');
    expect(operation).toMatchObject({ traceId: TRACE_ID, parentSpanId: PARENT_SPAN_ID });
    expect(attr(operation as OtlpSpan, 'graphql.operation.type')).toBe('mutation');
    const accepted = spans.find((s) => s.name === 'job.submit' && attr(s, 'job.id') === id);
    expect(accepted).toMatchObject({ traceId: TRACE_ID, parentSpanId: operation?.spanId });

    const jobSpans = spans.filter((s) => attr(s, 'job.id') === id && s !== accepted);
    const names = jobSpans.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'job.queue',
        'tencent SubmitHunyuanTo3DProJob',
        'tencent QueryHunyuanTo3DProJob',
        'job.end',
      ]),
    );
    for (const span of jobSpans) {
      expect(span, span.name).toMatchObject({ traceId: TRACE_ID, parentSpanId: accepted?.spanId });
    }
    expect(attr(jobSpans.find((s) => s.name === 'job.end') as OtlpSpan, 'job.status')).toBe('DONE');
    expect(
      attr(jobSpans.find((s) => s.name === 'tencent SubmitHunyuanTo3DProJob') as OtlpSpan, 'tencent.outcome'),
    ).toBe('ok');
    expect(await gw.kill('SIGTERM')).toBe(0);
  });

  it('flushes the spans still buffered when the gateway stops', async () => {
    const receiver = await startReceiver();
    const gw = await startGatewayProcess({
      env: {
        ...FAST_JOBS,
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`,
        // Nothing leaves on the schedule during this test: only the flush at shutdown sends it.
        OTEL_BSP_SCHEDULE_DELAY: '600000',
      },
    });
    const res = await post<{ data?: unknown }>(
      gw,
      'query Flushed { jobs(first: 1) { nodes { id } } }',
      {},
      {
        traceparent: TRACEPARENT,
      },
    );
    expect(res.data).toBeDefined();

    expect(await gw.kill('SIGTERM')).toBe(0);
    const flushed = receiver.spans().find((s) => s.name === 'graphql.query Flushed');
    expect(flushed).toMatchObject({ traceId: TRACE_ID, parentSpanId: PARENT_SPAN_ID });
    expect(new Set(receiver.serviceNames())).toEqual(new Set(['hunyuan3d-gateway']));
  });

  it('sends nothing without an endpoint, and the gateway works as before', async () => {
    const receiver = await startReceiver();
    const gw = await startGatewayProcess({ env: { ...FAST_JOBS, OTEL_BSP_SCHEDULE_DELAY: '100' } });
    expect(gw.logs.some((l) => l.msg === 'exporting traces over OTLP/HTTP')).toBe(false);
    const id = await submitJob(gw, 'a blue mug', { traceparent: TRACEPARENT });
    await waitForDone(gw, id);
    // A stop flushes whatever a tracing gateway buffered (the test above): here there is nothing.
    expect(await gw.kill('SIGTERM')).toBe(0);
    expect(receiver.requests).toEqual([]);
  });

  it('keeps working while the collector refuses spans, warns once, and says when export works again', async () => {
    const receiver = await startReceiver();
    receiver.status = 400;
    const gw = await startGatewayProcess({
      env: { ...FAST_JOBS, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '100' },
    });
    const query = (name: string) =>
      post<{ data?: unknown }>(gw, `query ${name} { jobs(first: 1) { nodes { id } } }`);

    // Several refused exports: each batch carries the spans of the queries made meanwhile.
    await vi.waitFor(
      async () => {
        expect((await query('WhileRefused')).data).toBeDefined();
        expect(receiver.requests.length).toBeGreaterThanOrEqual(3);
      },
      { timeout: 20_000, interval: 150 },
    );
    const warnings = () => gw.logs.filter((l) => String(l.msg).startsWith('trace export failed'));
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ level: 40, endpoint: `${receiver.url}/v1/traces` });

    receiver.status = 200;
    await vi.waitFor(
      async () => {
        await query('AfterRecovery');
        expect(gw.logs.some((l) => l.msg === 'trace export works again')).toBe(true);
      },
      { timeout: 20_000, interval: 150 },
    );
    expect(warnings()).toHaveLength(1);
    expect(receiver.spans().some((s) => s.name === 'graphql.query AfterRecovery')).toBe(true);
    const id = await submitJob(gw, 'a lamp');
    await waitForDone(gw, id);
    expect(await gw.kill('SIGTERM')).toBe(0);
  });
});
