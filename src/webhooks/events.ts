import { createHash } from 'node:crypto';
import type { JobRecord } from '../jobs/domain/job.ts';
import { pipelineFinished, pipelineStatus } from '../jobs/domain/pipeline.ts';

/**
 * The events a webhook can receive, and how each is read off a stored job. Events are derived from
 * the job records themselves (not from the change that produced them), so deriving again from the
 * same record, after a crash or on every rescan, names the same events with the same keys.
 */

export const JOB_EVENT_TYPES = [
  'job.started',
  'job.stalled',
  'job.succeeded',
  'job.failed',
  'job.canceled',
] as const;
export const PIPELINE_EVENT_TYPES = ['pipeline.succeeded', 'pipeline.failed', 'pipeline.canceled'] as const;
export const WEBHOOK_EVENT_TYPES = [...JOB_EVENT_TYPES, ...PIPELINE_EVENT_TYPES] as const;

export type JobEventType = (typeof JOB_EVENT_TYPES)[number];
export type PipelineEventType = (typeof PIPELINE_EVENT_TYPES)[number];
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(name: string): name is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(name);
}

/** One event that happened to a job or pipeline (its subject). */
export interface DerivedEvent {
  type: WebhookEventType;
  /** `<jobId or pipelineId>:<type>`: an event happens once per subject, so this dedupes it. */
  key: string;
  /** The job or pipeline id. */
  subjectId: string;
  /** When it happened (ms): the body's `timestamp`; endpoints created later do not get it. */
  occurredAt: number;
}

export function eventKey(subjectId: string, type: WebhookEventType): string {
  return `${subjectId}:${type}`;
}

/**
 * The `webhook-id` of an event: derived from its key, so the same event always has the same id,
 * across retries, replicas and restarts (receivers dedupe on it).
 */
export function eventIdOf(key: string): string {
  return `msg_${createHash('sha256').update(key).digest('base64url').slice(0, 24)}`;
}

/**
 * The job events a record implies, in the order they happened:
 * - `job.started` once Tencent accepted the job (it has a JobId and is WAIT, RUN, DONE or FAIL),
 *   at the time it was accepted;
 * - `job.stalled` once the leader flagged it as running much longer than its kind does (`stalledAt`,
 *   kept after it ends; a retried attempt's later stall is the same event, sent once);
 * - `job.succeeded` / `job.failed` / `job.canceled` once it is DONE / FAIL / CANCELED, at its finish.
 * A job that failed before reaching Tencent (refused, outcome unknown) gets `job.failed` alone.
 * Jobs started elsewhere and only looked up (external) belong to nobody's webhooks: none.
 */
export function jobEvents(job: JobRecord): DerivedEvent[] {
  if (job.external) return [];
  const events: DerivedEvent[] = [];
  const add = (type: JobEventType, occurredAt: number) =>
    events.push({ type, key: eventKey(job.id, type), subjectId: job.id, occurredAt });
  const reached = job.upstreamJobId !== undefined && job.status !== 'QUEUED' && job.status !== 'CANCELED';
  if (reached) add('job.started', job.upstreamSubmittedAt ?? job.startedAt ?? job.updatedAt);
  if (job.stalledAt !== undefined) add('job.stalled', job.stalledAt);
  const finishedAt = job.finishedAt ?? job.updatedAt;
  if (job.status === 'DONE') add('job.succeeded', finishedAt);
  else if (job.status === 'FAIL') add('job.failed', finishedAt);
  else if (job.status === 'CANCELED') add('job.canceled', finishedAt);
  return events;
}

/**
 * The pipeline event once every step has ended: `pipeline.succeeded` when all are DONE, else
 * `pipeline.failed` or `pipeline.canceled` after the step that ended it (domain/pipeline.ts), at the
 * last step's finish. Undefined while a step is still to run, or when a step is missing.
 */
export function pipelineEvent(
  pipelineId: string,
  steps: readonly (JobRecord | undefined)[],
): DerivedEvent | undefined {
  const stored = steps.filter((s): s is JobRecord => s !== undefined);
  if (stored.length === 0 || stored.length !== steps.length || !pipelineFinished(stored)) return undefined;
  const status = pipelineStatus(stored);
  const type: PipelineEventType =
    status === 'DONE'
      ? 'pipeline.succeeded'
      : status === 'CANCELED'
        ? 'pipeline.canceled'
        : 'pipeline.failed';
  const occurredAt = Math.max(...stored.map((s) => s.finishedAt ?? s.updatedAt));
  return { type, key: eventKey(pipelineId, type), subjectId: pipelineId, occurredAt };
}
