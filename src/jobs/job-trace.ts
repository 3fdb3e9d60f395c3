import type { Context } from '@opentelemetry/api';
import type { JobRecord } from './domain/job.ts';

/**
 * What the jobs layer tells traces about a job (README "Traces"). The jobs layer only reports; the
 * spans are made by src/observability/tracing.ts, and when tracing is off NO_JOB_TRACE does nothing
 * and no record gets a trace context. No method throws: a tracing failure never fails a job.
 */
export interface JobTrace {
  /**
   * A submit (`job.submit`, `pipeline.submit`, …) under `parent`, the GraphQL operation's context.
   * The records it stores carry the span's `traceParent`, so the job's later spans join its trace.
   */
  submit(name: SubmitSpanName, parent: Context | undefined): SubmitSpan;
  /**
   * A Submit for `job` leaves now (`at`, the gateway's clock): its queue wait ends, and the span of
   * the upstream call begins.
   */
  sending(job: JobRecord, action: string, at: number): UpstreamCallSpan;
  /** One Query of a job running upstream. */
  polling(job: TracedJob, action: string): UpstreamCallSpan;
  /** The job reached DONE, FAIL or CANCELED (reported once, by the write that ended it). */
  ended(job: JobRecord): void;
}

export type SubmitSpanName = 'job.submit' | 'job.submit_batch' | 'job.retry' | 'pipeline.submit';

export type TracedJob = Pick<JobRecord, 'id' | 'kind' | 'traceParent'>;

export interface SubmitSpan {
  /** The W3C traceparent the records stored by this submit carry; undefined when tracing is off. */
  readonly traceParent: string | undefined;
  /**
   * Links this span to another job's trace (`retryJob`: the job retried), so a trace viewer leads
   * from the new job's trace to the one of the attempt it repeats.
   */
  linkTo(traceParent: string | undefined): void;
  /** The jobs stored (or found under the idempotency key), or the error the submit ended with. */
  end(outcome: { jobs: readonly JobRecord[] } | { error: unknown }): void;
}

export interface UpstreamCallSpan {
  /** Tencent answered: its RequestId, the JobId it gave or was asked about, the status it reported. */
  answered(answer: {
    requestId: string | undefined;
    upstreamJobId?: string | undefined;
    status?: string;
  }): void;
  /** The call failed: a Tencent error answer, a timeout, a refused connection. */
  failed(err: unknown): void;
}

const NO_SUBMIT_SPAN: SubmitSpan = { traceParent: undefined, linkTo: () => {}, end: () => {} };
const NO_CALL_SPAN: UpstreamCallSpan = { answered: () => {}, failed: () => {} };

/** Tracing off: nothing is recorded and no record carries a trace context. */
export const NO_JOB_TRACE: JobTrace = {
  submit: () => NO_SUBMIT_SPAN,
  sending: () => NO_CALL_SPAN,
  polling: () => NO_CALL_SPAN,
  ended: () => {},
};

/** Runs a submit under its span: the span ends with the jobs it stored, or with its error. */
export async function tracedSubmit<T>(
  span: SubmitSpan,
  run: () => Promise<T>,
  jobsOf: (result: T) => readonly JobRecord[],
): Promise<T> {
  let result: T;
  try {
    result = await run();
  } catch (error) {
    span.end({ error });
    throw error;
  }
  span.end({ jobs: jobsOf(result) });
  return result;
}

/** The record with the submit's trace context, or as it was when tracing is off. */
export function withTraceParent<T extends object>(record: T, span: SubmitSpan): T {
  return span.traceParent === undefined ? record : { ...record, traceParent: span.traceParent };
}
