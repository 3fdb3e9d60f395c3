import type { TracerProvider } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { OperationSpans } from '../http/operation-spans.ts';
import { type JobTrace, NO_JOB_TRACE } from '../jobs/job-trace.ts';

/**
 * Traces (README "Traces"): off unless an OTLP endpoint is configured (or a provider is given).
 * Off, the OpenTelemetry SDK is not even loaded: GraphQL has no tracing plugin and job records carry
 * no trace context. On, tracing-sdk.ts builds the spans.
 */
export interface Tracing {
  /** A span per GraphQL operation (http/operation-spans.ts); undefined when off. */
  readonly operationSpans: OperationSpans | undefined;
  /** What the jobs layer reports; NO_JOB_TRACE when off. */
  readonly jobs: JobTrace;
  /**
   * Flushes the spans still buffered and shuts the SDK down, bounded in time. A provider passed in
   * is the caller's: it is only flushed.
   */
  close(): Promise<void>;
}

export interface TracingOptions {
  /** Use this provider (tests: an in-memory exporter) instead of building one from config. */
  provider?: TracerProvider | undefined;
}

export const TRACING_OFF: Tracing = { operationSpans: undefined, jobs: NO_JOB_TRACE, close: async () => {} };

export async function createTracing(
  config: Config['tracing'],
  log: Logger,
  opts: TracingOptions = {},
): Promise<Tracing> {
  // The SDK is loaded only when on: it would add to every start-up otherwise.
  if (opts.provider) return (await import('./tracing-sdk.ts')).tracingWith(opts.provider, log);
  const { endpoint, serviceName } = config;
  if (endpoint === undefined) return TRACING_OFF;
  return (await import('./tracing-sdk.ts')).tracingTo({ endpoint, serviceName }, log);
}
