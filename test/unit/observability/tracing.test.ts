import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { hrTimeToMilliseconds } from '@opentelemetry/core';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.ts';
import { createGateway, type Gateway } from '../../../src/gateway.ts';
import { contextOfTraceParent } from '../../../src/observability/tracing-sdk.ts';
import type { Simulator } from '../../../src/simulator/index.ts';
import { configFor, memoryLog, startTestGateway, type TestGateway } from '../../helpers/gateway.ts';
import { startTestSimulator } from '../../helpers/simulator.ts';

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const PARENT_SPAN_ID = 'b7ad6b7169203331';
const TRACEPARENT = `00-${TRACE_ID}-${PARENT_SPAN_ID}-01`;

const SUBMIT = 'mutation Submit($p: String!) { submitJob(input: { prompt: $p }) { id submittedAt } }';
const LOOK = 'query Look($id: ID!) { job(id: $id) { status errorCode finishedAt } }';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function memoryTracing() {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  cleanups.push(() => provider.shutdown());
  return { provider, spans: () => exporter.getFinishedSpans() };
}

const attr = (span: ReadableSpan, name: string) => span.attributes[name];
const ms = (time: ReadableSpan['startTime']) => hrTimeToMilliseconds(time);
const traceId = (span: ReadableSpan) => span.spanContext().traceId;
const parentId = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const ofJob = (spans: ReadableSpan[], id: string) => spans.filter((s) => attr(s, 'job.id') === id);

function only(spans: ReadableSpan[], name: string): ReadableSpan {
  const found = spans.filter((s) => s.name === name);
  expect(found.map((s) => s.name)).toEqual([name]);
  return found[0] as ReadableSpan;
}

async function submit(gw: TestGateway, prompt: string, headers: Record<string, string> = {}) {
  const res = await gw.gql<{ submitJob: { id: string; submittedAt: string } }>(
    SUBMIT,
    { p: prompt },
    headers,
  );
  if (!res.data) throw new Error(`submit failed: ${JSON.stringify(res.errors)}`);
  return res.data.submitJob;
}

async function look(gw: TestGateway, id: string) {
  const res = await gw.gql<{ job: { status: string; errorCode: string | null; finishedAt: string | null } }>(
    LOOK,
    { id },
  );
  if (!res.data) throw new Error(`query failed: ${JSON.stringify(res.errors)}`);
  return res.data.job;
}

/** Until `name` is among the job's spans: the span is made by the write, after clients may see it. */
async function waitForSpan(spans: () => ReadableSpan[], jobId: string, name: string): Promise<ReadableSpan> {
  return vi.waitFor(
    () => {
      const span = ofJob(spans(), jobId).find((s) => s.name === name);
      expect(span, `${name} of ${jobId}`).toBeDefined();
      return span as ReadableSpan;
    },
    { timeout: 20_000, interval: 50 },
  );
}

interface RecordingProxy {
  url: string;
  headers: IncomingHttpHeaders[];
}

/** Forwards every request to the simulator unchanged, keeping the headers the gateway sent upstream. */
async function recordingProxy(sim: Simulator): Promise<RecordingProxy> {
  const target = new URL(sim.url);
  const headers: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    headers.push(req.headers);
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, headers };
}

describe('traces: GraphQL operations', () => {
  it('makes a span per operation, child of the traceparent header, with its name, type and errors', async () => {
    const sim = await startTestSimulator();
    const { provider, spans } = memoryTracing();
    const gw = await startTestGateway(sim, {}, { tracerProvider: provider });

    const ok = await gw.gql(
      'query Recent { jobs(first: 1) { nodes { id } } }',
      {},
      { traceparent: TRACEPARENT },
    );
    expect(ok.errors).toBeUndefined();
    const recent = only(spans(), 'graphql.query Recent');
    expect(traceId(recent)).toBe(TRACE_ID);
    expect(parentId(recent)).toBe(PARENT_SPAN_ID);
    expect(recent.kind).toBe(SpanKind.SERVER);
    expect(recent.attributes).toMatchObject({
      'graphql.operation.name': 'Recent',
      'graphql.operation.type': 'query',
    });
    expect(recent.status.code).toBe(SpanStatusCode.UNSET);

    // Without a header: a trace of its own.
    await gw.gql('query Alone { jobs(first: 1) { nodes { id } } }');
    const alone = only(spans(), 'graphql.query Alone');
    expect(traceId(alone)).not.toBe(TRACE_ID);
    expect(alone.parentSpanContext).toBeUndefined();

    // An error while executing, and a document that does not validate.
    const bad = await gw.gql('query Bad { job(id: "not-an-id") { id } }');
    expect(bad.errors?.length).toBeGreaterThan(0);
    const badSpan = only(spans(), 'graphql.query Bad');
    expect(badSpan.status.code).toBe(SpanStatusCode.ERROR);
    expect(badSpan.events.map((e) => e.name)).toContain('exception');
    expect(attr(badSpan, 'error.type')).toBe(bad.errors?.[0]?.extensions?.code);

    const invalid = await gw.gql('query Broken { noSuchField }');
    expect(invalid.errors?.length).toBeGreaterThan(0);
    const brokenSpan = only(spans(), 'graphql.query Broken');
    expect(brokenSpan.status.code).toBe(SpanStatusCode.ERROR);
    expect(brokenSpan.events[0]?.attributes?.['exception.message']).toBe(invalid.errors?.[0]?.message);
  });
});

describe('traces: one trace per job', () => {
  it('puts queue wait, the Submit, every poll and the end under the submit, in the header’s trace', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 200, runMs: 300 } } });
    const proxy = await recordingProxy(sim);
    const { provider, spans } = memoryTracing();
    const gw = await startTestGateway(
      sim,
      { HUNYUAN_ENDPOINT: proxy.url, JOB_REFRESH_MS: '200' },
      { tracerProvider: provider },
    );

    const job = await submit(gw, 'a small wooden chair', { traceparent: TRACEPARENT });
    const end = await waitForSpan(spans, job.id, 'job.end');
    const finished = await look(gw, job.id);
    expect(finished.status).toBe('DONE');

    const operation = only(spans(), 'graphql.mutation Submit');
    expect(traceId(operation)).toBe(TRACE_ID);
    expect(parentId(operation)).toBe(PARENT_SPAN_ID);
    const accepted = only(spans(), 'job.submit');
    expect(parentId(accepted)).toBe(operation.spanContext().spanId);
    expect(accepted.attributes).toMatchObject({ 'job.id': job.id, 'job.kind': 'PRO' });
    // The record carries the submit span's context: that is what later spans hang from.
    const stored = await gw.gateway.store.get(job.id);
    expect(stored?.traceParent).toBe(`00-${TRACE_ID}-${accepted.spanContext().spanId}-01`);

    const jobSpans = ofJob(spans(), job.id).filter((s) => s !== accepted);
    for (const span of jobSpans) {
      expect(traceId(span), span.name).toBe(TRACE_ID);
      expect(parentId(span), span.name).toBe(accepted.spanContext().spanId);
    }

    const queue = only(jobSpans, 'job.queue');
    expect(ms(queue.startTime)).toBe(Date.parse(job.submittedAt));
    expect(ms(queue.endTime)).toBeGreaterThanOrEqual(ms(queue.startTime));
    expect(attr(queue, 'job.attempt')).toBe(1);

    const sent = only(jobSpans, 'tencent SubmitHunyuanTo3DProJob');
    expect(sent.kind).toBe(SpanKind.CLIENT);
    expect(sent.attributes).toMatchObject({
      'rpc.method': 'SubmitHunyuanTo3DProJob',
      'tencent.outcome': 'ok',
      'tencent.job_id': stored?.upstreamJobId,
    });
    expect(attr(sent, 'tencent.request_id')).toMatch(/.{8,}/);

    const polls = jobSpans.filter((s) => s.name === 'tencent QueryHunyuanTo3DProJob');
    expect(polls.length).toBeGreaterThan(0);
    for (const poll of polls) {
      expect(['WAIT', 'RUN', 'DONE']).toContain(attr(poll, 'tencent.job_status'));
      expect(attr(poll, 'tencent.job_id')).toBe(stored?.upstreamJobId);
      expect(attr(poll, 'tencent.request_id')).toMatch(/.{8,}/);
    }
    const lastPoll = [...polls].sort((a, b) => ms(a.startTime) - ms(b.startTime)).at(-1);
    expect(attr(lastPoll as ReadableSpan, 'tencent.job_status')).toBe('DONE');

    expect(end.attributes).toMatchObject({ 'job.status': 'DONE', 'tencent.job_id': stored?.upstreamJobId });
    expect(ms(end.startTime)).toBe(Date.parse(finished.finishedAt ?? ''));
    expect(end.status.code).toBe(SpanStatusCode.UNSET);
    expect(jobSpans.filter((s) => s.name === 'job.end')).toHaveLength(1);

    // Nothing of the trace goes to Tencent, a third party.
    expect(proxy.headers.length).toBeGreaterThanOrEqual(2);
    for (const headers of proxy.headers) {
      expect(headers).not.toHaveProperty('traceparent');
      expect(headers).not.toHaveProperty('tracestate');
    }
  });

  it('ends a failed job with its errorCode and a canceled one that never left the queue', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 200, runMs: 2000 } } });
    const { provider, spans } = memoryTracing();
    const gw = await startTestGateway(
      sim,
      { JOB_REFRESH_MS: '200', UPSTREAM_FAIL_RETRIES: '0', UPSTREAM_PRO_SLOTS: '1' },
      { tracerProvider: provider },
    );

    const failing = await submit(gw, 'a chair [fail:FailedOperation.ServerError]');
    // One slot, held by the first job: the second waits in the queue until it is canceled.
    const waiting = await submit(gw, 'a table');
    const canceled = await gw.gql('mutation Cancel($id: ID!) { cancelJob(id: $id) { status } }', {
      id: waiting.id,
    });
    expect(canceled.data).toEqual({ cancelJob: { status: 'CANCELED' } });

    const cancelEnd = await waitForSpan(spans, waiting.id, 'job.end');
    expect(cancelEnd.attributes).toMatchObject({ 'job.status': 'CANCELED', 'job.kind': 'PRO' });
    const waitingSpans = ofJob(spans(), waiting.id);
    expect(waitingSpans.map((s) => s.name).sort()).toEqual(['job.end', 'job.submit']);
    const waitingSubmit = only(waitingSpans, 'job.submit');
    expect(parentId(cancelEnd)).toBe(waitingSubmit.spanContext().spanId);
    // The cancel's own operation is another trace; the job's end stays in the job's.
    const cancelOperation = only(spans(), 'graphql.mutation Cancel');
    expect(traceId(cancelEnd)).toBe(traceId(waitingSubmit));
    expect(traceId(cancelOperation)).not.toBe(traceId(waitingSubmit));

    const failEnd = await waitForSpan(spans, failing.id, 'job.end');
    const failed = await look(gw, failing.id);
    expect(failed.status).toBe('FAIL');
    expect(failEnd.attributes).toMatchObject({ 'job.status': 'FAIL', 'job.error_code': failed.errorCode });
    expect(failEnd.status).toMatchObject({ code: SpanStatusCode.ERROR, message: failed.errorCode });
    const lastPoll = ofJob(spans(), failing.id).filter((s) => s.name === 'tencent QueryHunyuanTo3DProJob');
    expect(lastPoll.map((s) => attr(s, 'tencent.job_status'))).toContain('FAIL');

    // retryJob: a new job in a new trace, its submit linked to the trace of the job it repeats.
    const retried = await gw.gql<{ retryJob: { id: string } }>(
      'mutation Retry($id: ID!) { retryJob(id: $id) { id } }',
      { id: failing.id },
    );
    const retryId = retried.data?.retryJob.id ?? '';
    const retrySpan = await vi.waitFor(
      () => {
        const span = ofJob(spans(), retryId).find((s) => s.name === 'job.retry');
        expect(span).toBeDefined();
        return span as ReadableSpan;
      },
      { timeout: 20_000, interval: 50 },
    );
    const failingSubmit = only(ofJob(spans(), failing.id), 'job.submit');
    expect(traceId(retrySpan)).not.toBe(traceId(failingSubmit));
    expect(retrySpan.links.map((l) => [l.context.traceId, l.context.spanId, l.attributes])).toEqual([
      [traceId(failingSubmit), failingSubmit.spanContext().spanId, { 'link.reason': 'retry_of' }],
    ]);
  });

  it('puts every step of a pipeline in the pipeline submit’s trace', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 100, runMs: 200 } } });
    const { provider, spans } = memoryTracing();
    const gw = await startTestGateway(sim, { JOB_REFRESH_MS: '200' }, { tracerProvider: provider });

    const res = await gw.gql<{ submitPipeline: { steps: Array<{ id: string }> } }>(
      `mutation Chain {
        submitPipeline(steps: [
          { prompt: "a mug" },
          { kind: CONVERT, format: "STL", file: { fromStep: 1 } }
        ]) { steps { id } }
      }`,
      {},
      { traceparent: TRACEPARENT },
    );
    const ids = res.data?.submitPipeline.steps.map((s) => s.id) ?? [];
    expect(ids, JSON.stringify(res.errors)).toHaveLength(2);
    for (const id of ids) await waitForSpan(spans, id, 'job.end');

    const accepted = only(spans(), 'pipeline.submit');
    expect(traceId(accepted)).toBe(TRACE_ID);
    expect(attr(accepted, 'job.ids')).toEqual(ids);
    for (const id of ids) {
      const names = ofJob(spans(), id).map((s) => s.name);
      expect(names).toEqual(expect.arrayContaining(['job.queue', 'job.end']));
      for (const span of ofJob(spans(), id).filter((s) => s !== accepted)) {
        expect(traceId(span)).toBe(TRACE_ID);
        expect(parentId(span)).toBe(accepted.spanContext().spanId);
      }
    }
  });

  it('continues the trace after a restart: a second gateway on the same SQLite file adds the polls and the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'h3dgw-tracing-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    // Long enough upstream that the job is still running when the first gateway is closed.
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 1500, runMs: 1500 } } });
    const config = configFor(sim, { GATEWAY_DB: join(dir, 'gateway.db'), JOB_REFRESH_MS: '200' });
    const open = async (provider: BasicTracerProvider): Promise<Gateway> => {
      const gateway = await createGateway(config, memoryLog().logger, { tracerProvider: provider });
      cleanups.push(() => gateway.close());
      return gateway;
    };

    const first = memoryTracing();
    const a = await open(first.provider);
    const post = async (
      gateway: Gateway,
      query: string,
      variables: Record<string, unknown>,
      headers = {},
    ) => {
      const res = await gateway.app.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data: Record<string, { id: string; status: string }> };
    };
    const submitted = await post(a, SUBMIT, { p: 'a lamp' }, { traceparent: TRACEPARENT });
    const id = submitted.data.submitJob?.id as string;
    await vi.waitFor(async () => expect((await a.store.get(id))?.upstreamJobId).toMatch(/^\d+$/), {
      timeout: 10_000,
      interval: 20,
    });
    await a.close();
    const accepted = only(first.spans(), 'job.submit');
    expect(ofJob(first.spans(), id).map((s) => s.name)).not.toContain('job.end');

    const second = memoryTracing();
    const b = await open(second.provider);
    const end = await waitForSpan(second.spans, id, 'job.end');
    expect((await post(b, LOOK, { id })).data.job?.status).toBe('DONE');

    const later = ofJob(second.spans(), id);
    expect(later.map((s) => s.name)).toContain('tencent QueryHunyuanTo3DProJob');
    expect(later.map((s) => s.name)).not.toContain('job.submit');
    for (const span of later) {
      expect(traceId(span), span.name).toBe(TRACE_ID);
      expect(parentId(span), span.name).toBe(accepted.spanContext().spanId);
    }
    expect(attr(end, 'job.status')).toBe('DONE');
  });
});

describe('traces: off', () => {
  it('by default: no trace context on records, and the gateway works as before', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 50, runMs: 100 } } });
    const gw = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });
    const job = await submit(gw, 'a vase', { traceparent: TRACEPARENT });
    await vi.waitFor(async () => expect((await look(gw, job.id)).status).toBe('DONE'), {
      timeout: 20_000,
      interval: 50,
    });
    expect(await gw.gateway.store.get(job.id)).not.toHaveProperty('traceParent');
  });

  it('reads the standard variables: an endpoint turns it on, OTEL_SDK_DISABLED=true off', () => {
    expect(loadConfig({}).tracing).toEqual({ endpoint: undefined, serviceName: 'hunyuan3d-gateway' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).tracing.endpoint).toBe(
      'http://127.0.0.1:4318/v1/traces',
    );
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://collector.example.com/otlp/' }).tracing.endpoint,
    ).toBe('https://collector.example.com/otlp/v1/traces');
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:9999/traces',
        OTEL_SERVICE_NAME: 'gw-eu',
      }).tracing,
    ).toEqual({ endpoint: 'http://127.0.0.1:9999/traces', serviceName: 'gw-eu' });
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'TRUE' }).tracing
        .endpoint,
    ).toBeUndefined();
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'no' }).tracing
        .endpoint,
    ).toBe('http://127.0.0.1:4318/v1/traces');
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(ConfigError);
  });

  it('ignores a stored trace context that is not a traceparent', () => {
    expect(contextOfTraceParent(undefined)).toBeUndefined();
    expect(contextOfTraceParent('not-a-traceparent')).toBeUndefined();
    expect(contextOfTraceParent(`00-${'0'.repeat(32)}-${PARENT_SPAN_ID}-01`)).toBeUndefined();
    expect(contextOfTraceParent(TRACEPARENT)).toBeDefined();
  });
});
