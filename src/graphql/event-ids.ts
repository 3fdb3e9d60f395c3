import type { JobRecord } from '../jobs/domain/job.ts';
import type { PipelineView } from '../jobs/domain/pipeline.ts';
import type { GraphQLContext } from './context.ts';

/**
 * SSE event ids of `jobStatus` and `pipelineStatus`: where a stream stands, so a client that
 * reconnects with `Last-Event-ID` gets only what it missed. Plain text, no secret: an id only
 * positions a client within the job or pipeline it subscribes to, which it must be allowed to see
 * anyway; the id of another one is ignored.
 *
 *   jobStatus       `<job id>:<version>`                          job_AbC…:3
 *   pipelineStatus  `<pipeline id>:<step 1 version>.<step 2 version>…`  pl_AbC…:4.2.1
 */

/** Longer headers are ignored unread (a pipeline id with 10 steps of 15-digit versions fits). */
const MAX_EVENT_ID_LENGTH = 256;
const VERSION = /^[1-9]\d{0,14}$/;

export function jobEventId(job: JobRecord): string {
  return `${job.id}:${job.version}`;
}

export function pipelineEventId(pipeline: PipelineView): string {
  return `${pipeline.id}:${pipeline.steps.map((step) => step.version).join('.')}`;
}

/** The parts of `<id>:<versions>` when `<id>` is `expectedId`; undefined otherwise. */
function split(text: string, expectedId: string): string[] | undefined {
  if (text.length > MAX_EVENT_ID_LENGTH) return undefined;
  const colon = text.lastIndexOf(':');
  if (colon < 0 || text.slice(0, colon) !== expectedId) return undefined;
  const versions = text.slice(colon + 1).split('.');
  return versions.every((v) => VERSION.test(v)) ? versions : undefined;
}

/** The version a `jobStatus` event id gives for job `jobId`; undefined when it is not one of its ids. */
export function parseJobEventId(text: string, jobId: string): number | undefined {
  const versions = split(text.trim(), jobId);
  return versions?.length === 1 ? Number(versions[0]) : undefined;
}

/**
 * The steps' versions a `pipelineStatus` event id gives for `pipeline`; undefined when it is not
 * one of its ids (another pipeline, another number of steps, not an id at all).
 */
export function parsePipelineEventId(text: string, pipeline: PipelineView): number[] | undefined {
  const versions = split(text.trim(), pipeline.id);
  return versions?.length === pipeline.steps.length ? versions.map(Number) : undefined;
}

/**
 * Where a reconnecting SSE client stands: its `Last-Event-ID` read by `parse`. Undefined (the
 * stream starts from the snapshot) without the header, and when the header is no id of this
 * stream: logged, never an error, since an EventSource that got an error would stop reconnecting,
 * and the snapshot is always a correct start.
 */
export function resumePosition<T>(
  ctx: Pick<GraphQLContext, 'sse' | 'log'>,
  parse: (text: string) => T | undefined,
): T | undefined {
  const text = ctx.sse?.lastEventId;
  if (text === undefined || text === '') return undefined;
  const position = parse(text);
  if (position === undefined) {
    ctx.log.debug(
      { lastEventId: text.slice(0, 100) },
      'Last-Event-ID is no id of this stream; starting from the snapshot',
    );
  }
  return position;
}
