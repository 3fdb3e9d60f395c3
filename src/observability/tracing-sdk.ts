import {
  type Attributes,
  type Context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import { type ExportResult, ExportResultCode, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_ERROR_TYPE, ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Logger } from 'pino';
import { useOperationSpans } from '../http/operation-spans.ts';
import { attemptCount, type JobRecord } from '../jobs/domain/job.ts';
import type { JobTrace, SubmitSpan, UpstreamCallSpan } from '../jobs/job-trace.ts';
import { TencentApiError, upstreamOutcome } from '../tencent/errors.ts';
import type { Tracing } from './tracing.ts';

/*
 * The OpenTelemetry SDK side of tracing, loaded by tracing.ts only when tracing is on.
 */

/** The instrumentation scope of every span the gateway makes. */
export const TRACER_NAME = 'hunyuan3d-gateway';

/**
 * Attribute names. The RPC ones are OpenTelemetry's (still incubating, so copied rather than
 * imported from the unstable entry point, as the semantic-conventions package advises); the rest
 * are the gateway's own.
 */
export const ATTR = {
  jobId: 'job.id',
  jobIds: 'job.ids',
  jobKind: 'job.kind',
  jobStatus: 'job.status',
  jobErrorCode: 'job.error_code',
  jobAttempt: 'job.attempt',
  jobExisting: 'job.existing',
  linkReason: 'link.reason',
  pipelineId: 'pipeline.id',
  rpcSystem: 'rpc.system',
  rpcMethod: 'rpc.method',
  tencentRequestId: 'tencent.request_id',
  tencentJobId: 'tencent.job_id',
  tencentJobStatus: 'tencent.job_status',
  tencentOutcome: 'tencent.outcome',
} as const;

/** Gateway close waits this long at most for the last spans to leave: a dead collector must not hold it. */
const CLOSE_TIMEOUT_MS = 5000;

const propagator = new W3CTraceContextPropagator();

/**
 * The job's trace context from its stored traceparent; undefined when it has none or it is not a
 * valid traceparent (a record written by hand, say: its spans are then simply not made).
 */
export function contextOfTraceParent(traceParent: string | undefined): Context | undefined {
  if (!traceParent) return undefined;
  const context = propagator.extract(ROOT_CONTEXT, { traceparent: traceParent }, defaultTextMapGetter);
  return trace.getSpanContext(context) ? context : undefined;
}

/** The W3C traceparent naming `span` as a parent. */
export function traceParentOf(span: Span): string | undefined {
  const carrier: Record<string, string> = {};
  propagator.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, defaultTextMapSetter);
  return carrier.traceparent;
}

/** Spans to a provider the caller owns (tests: an in-memory exporter); closing only flushes it. */
export function tracingWith(provider: TracerProvider, log: Logger): Tracing {
  const tracer = provider.getTracer(TRACER_NAME);
  return {
    operationSpans: useOperationSpans(tracer),
    jobs: createJobTrace(tracer, log),
    async close() {
      const flushable = provider as Partial<Pick<BasicTracerProvider, 'forceFlush'>>;
      await bounded(flushable.forceFlush?.() ?? Promise.resolve(), log);
    },
  };
}

/**
 * Spans to an OTLP/HTTP (JSON) exporter behind a BatchSpanProcessor, so they leave in the
 * background and a collector that is slow or gone costs dropped spans, never a stalled request or
 * job. Other standard variables (OTEL_BSP_*, OTEL_EXPORTER_OTLP_HEADERS, _TIMEOUT, OTEL_TRACES_SAMPLER)
 * are read by the SDK itself.
 */
export function tracingTo(config: { endpoint: string; serviceName: string }, log: Logger): Tracing {
  const exporter = warnOnceExporter(new OTLPTraceExporter({ url: config.endpoint }), config.endpoint, log);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  log.info({ endpoint: config.endpoint, serviceName: config.serviceName }, 'exporting traces over OTLP/HTTP');
  const tracer = provider.getTracer(TRACER_NAME);
  let closing: Promise<void> | undefined;
  return {
    operationSpans: useOperationSpans(tracer),
    jobs: createJobTrace(tracer, log),
    close() {
      closing ??= bounded(
        provider.forceFlush().then(() => provider.shutdown()),
        log,
      );
      return closing;
    },
  };
}

async function bounded(work: Promise<void>, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CLOSE_TIMEOUT_MS);
    timer.unref();
  });
  try {
    const outcome = await Promise.race([work.then(() => 'done' as const), timeout]);
    if (outcome === 'timeout')
      log.warn(
        { timeoutMs: CLOSE_TIMEOUT_MS },
        'the last spans were not exported in time; closing without them',
      );
  } catch (err) {
    log.warn({ err }, 'the last spans could not be exported');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The exporter, reporting failures once per outage: the first failed export is logged at warn, the
 * following ones not, until an export succeeds again (logged at info). Spans of failed exports are
 * dropped by the SDK; nothing is retried beyond the exporter's own retries.
 */
function warnOnceExporter(inner: SpanExporter, endpoint: string, log: Logger): SpanExporter {
  let failing = false;
  const report = (result: ExportResult, spans: number) => {
    if (result.code !== ExportResultCode.SUCCESS) {
      if (failing) return;
      failing = true;
      log.warn(
        { err: result.error, endpoint, spans },
        'trace export failed; spans are dropped until the collector accepts them again (not logged again until then)',
      );
    } else if (failing) {
      failing = false;
      log.info({ endpoint }, 'trace export works again');
    }
  };
  return {
    export(spans: ReadableSpan[], done: (result: ExportResult) => void) {
      try {
        inner.export(spans, (result) => {
          report(result, spans.length);
          done(result);
        });
      } catch (err) {
        const result = { code: ExportResultCode.FAILED, error: err as Error };
        report(result, spans.length);
        done(result);
      }
    },
    shutdown: () => inner.shutdown(),
    forceFlush: () => inner.forceFlush?.() ?? Promise.resolve(),
  };
}

const NO_CALL_SPAN: UpstreamCallSpan = { answered: () => {}, failed: () => {} };

function recordError(span: Span, err: unknown, type: string): void {
  span.recordException(err instanceof Error ? err : String(err));
  span.setAttribute(ATTR_ERROR_TYPE, type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
}

/** A thrown error's code for `error.type`: the gateway's error codes, else the error's name. */
function errorType(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return err instanceof Error ? err.name : 'error';
}

/**
 * Times come from job records (epoch ms, maybe written by another process long before this one
 * started): as Date, since OpenTelemetry reads a bare number below its time origin as a
 * performance.now() offset.
 */
const at = (ms: number): Date => new Date(ms);

/**
 * The job spans, all in the trace the submit started: the job's stored traceparent is the parent of
 * every later span, wherever and whenever it is made, so a restart or another replica continues it.
 * Every method is guarded: a failure here is logged once and the job goes on.
 */
export function createJobTrace(tracer: Tracer, log: Logger): JobTrace {
  let warned = false;
  function guard<T>(fallback: T, f: () => T): T {
    try {
      return f();
    } catch (err) {
      if (!warned) {
        warned = true;
        log.warn({ err }, 'a span could not be recorded; jobs are not affected (not logged again)');
      }
      return fallback;
    }
  }

  const jobAttributes = (job: Pick<JobRecord, 'id' | 'kind'>): Attributes => ({
    [ATTR.jobId]: job.id,
    [ATTR.jobKind]: job.kind,
  });

  function callSpan(span: Span): UpstreamCallSpan {
    return {
      answered: (answer) =>
        guard(undefined, () => {
          span.setAttributes({
            [ATTR.tencentOutcome]: 'ok',
            ...(answer.requestId ? { [ATTR.tencentRequestId]: answer.requestId } : {}),
            ...(answer.upstreamJobId ? { [ATTR.tencentJobId]: answer.upstreamJobId } : {}),
            ...(answer.status ? { [ATTR.tencentJobStatus]: answer.status } : {}),
          });
          span.end();
        }),
      failed: (err) =>
        guard(undefined, () => {
          const outcome = upstreamOutcome(err);
          span.setAttribute(ATTR.tencentOutcome, outcome);
          if (err instanceof TencentApiError && err.requestId)
            span.setAttribute(ATTR.tencentRequestId, err.requestId);
          recordError(span, err, outcome);
          span.end();
        }),
    };
  }

  function upstreamCall(parent: Context, job: Pick<JobRecord, 'id' | 'kind'>, action: string) {
    return tracer.startSpan(
      `tencent ${action}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { ...jobAttributes(job), [ATTR.rpcSystem]: 'tencentcloud', [ATTR.rpcMethod]: action },
      },
      parent,
    );
  }

  return {
    submit: (name, parent) =>
      guard<SubmitSpan>({ traceParent: undefined, linkTo: () => {}, end: () => {} }, () => {
        const span = tracer.startSpan(name, {}, parent ?? ROOT_CONTEXT);
        const traceParent = traceParentOf(span);
        return {
          traceParent,
          linkTo: (other) =>
            guard(undefined, () => {
              const linked = trace.getSpanContext(contextOfTraceParent(other) ?? ROOT_CONTEXT);
              if (linked) span.addLink({ context: linked, attributes: { [ATTR.linkReason]: 'retry_of' } });
            }),
          end: (outcome) =>
            guard(undefined, () => {
              if ('error' in outcome) recordError(span, outcome.error, errorType(outcome.error));
              else {
                const jobs = outcome.jobs;
                const first = jobs[0];
                if (first) span.setAttributes(jobAttributes(first));
                if (jobs.length > 1)
                  span.setAttribute(
                    ATTR.jobIds,
                    jobs.map((j) => j.id),
                  );
                if (first?.pipeline) span.setAttribute(ATTR.pipelineId, first.pipeline.id);
                // Found under its idempotency key: the job's spans are in the trace of the submit
                // that stored it, which this span links to.
                if (first && first.traceParent !== traceParent) {
                  span.setAttribute(ATTR.jobExisting, true);
                  const earlier = trace.getSpanContext(
                    contextOfTraceParent(first.traceParent) ?? ROOT_CONTEXT,
                  );
                  if (earlier) span.addLink({ context: earlier });
                }
              }
              span.end();
            }),
        };
      }),

    sending: (job, action, sentAt) =>
      guard(NO_CALL_SPAN, () => {
        const parent = contextOfTraceParent(job.traceParent);
        if (!parent) return NO_CALL_SPAN;
        // Back in the queue since its last upstream attempt failed, else since it was accepted.
        const queuedSince = job.previousAttempts?.at(-1)?.failedAt ?? job.submittedAt;
        tracer
          .startSpan(
            'job.queue',
            {
              startTime: at(queuedSince),
              attributes: { ...jobAttributes(job), [ATTR.jobAttempt]: attemptCount(job) },
            },
            parent,
          )
          .end(at(Math.max(sentAt, queuedSince)));
        return callSpan(upstreamCall(parent, job, action));
      }),

    polling: (job, action) =>
      guard(NO_CALL_SPAN, () => {
        const parent = contextOfTraceParent(job.traceParent);
        return parent ? callSpan(upstreamCall(parent, job, action)) : NO_CALL_SPAN;
      }),

    ended: (job) =>
      guard(undefined, () => {
        const parent = contextOfTraceParent(job.traceParent);
        if (!parent) return;
        const endedAt = at(job.finishedAt ?? job.updatedAt);
        const span = tracer.startSpan(
          'job.end',
          {
            startTime: endedAt,
            attributes: {
              ...jobAttributes(job),
              [ATTR.jobStatus]: job.status,
              [ATTR.jobAttempt]: attemptCount(job),
              ...(job.errorCode ? { [ATTR.jobErrorCode]: job.errorCode } : {}),
              ...(job.upstreamJobId ? { [ATTR.tencentJobId]: job.upstreamJobId } : {}),
            },
          },
          parent,
        );
        if (job.status === 'FAIL')
          span.setStatus({ code: SpanStatusCode.ERROR, message: job.errorCode ?? 'FAIL' });
        span.end(endedAt);
      }),
  };
}
