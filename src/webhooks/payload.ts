import { resultFilePath } from '../files/result-paths.ts';
import { hasInlineImage, type JobRecord } from '../jobs/domain/job.ts';
import { pipelineStatus } from '../jobs/domain/pipeline.ts';
import type { DerivedEvent } from './events.ts';

/**
 * Webhook bodies: `{ "type", "timestamp", "data" }`, where `data` is the job (or pipeline) as the
 * GraphQL `Job` shows it, with result files as the gateway's own `/files/…` URLs (never Tencent's
 * storage URLs), absolute on `origin` when it is known. Built once, when the event is added to the
 * outbox: every attempt of a delivery sends the same bytes.
 */

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export interface JobSnapshot {
  id: string;
  kind: string;
  status: string;
  upstreamJobId: string | null;
  pipelineId: string | null;
  pipelineStep: number | null;
  submittedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  expiresAt: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  resultFiles: Array<{ type: string; url: string; previewImageUrl: string | null }>;
  prompt: string | null;
  imageUrl: string | null;
  hasImageBase64: boolean;
}

export function jobSnapshot(job: JobRecord, origin: string | undefined): JobSnapshot {
  const at = (path: string) => (origin ? `${origin}${path}` : path);
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    upstreamJobId: orNull(job.upstreamJobId),
    pipelineId: orNull(job.pipeline?.id),
    pipelineStep: orNull(job.pipeline?.step),
    submittedAt: iso(job.submittedAt),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    expiresAt: iso(job.expiresAt),
    errorCode: orNull(job.errorCode),
    errorMessage: orNull(job.errorMessage),
    resultFiles: job.resultFiles.map((file, index) => {
      const preview = resultFilePath(job.id, index, file, 'preview');
      return {
        type: file.type,
        url: at(resultFilePath(job.id, index, file, 'model') ?? ''),
        previewImageUrl: preview === undefined ? null : at(preview),
      };
    }),
    prompt: orNull(job.input.prompt),
    imageUrl: orNull(job.input.imageUrl),
    hasImageBase64: hasInlineImage(job),
  };
}

/** A pipeline event's data: the pipeline's id and status and every step as a job. */
export function pipelineSnapshot(
  pipelineId: string,
  steps: readonly JobRecord[],
  origin: string | undefined,
): { id: string; status: string; steps: JobSnapshot[] } {
  return { id: pipelineId, status: pipelineStatus(steps), steps: steps.map((s) => jobSnapshot(s, origin)) };
}

/** The body of one event: `data` is the job (job events) or the pipeline (pipeline events). */
export function eventBody(event: DerivedEvent, data: unknown): string {
  return JSON.stringify({ type: event.type, timestamp: new Date(event.occurredAt).toISOString(), data });
}
