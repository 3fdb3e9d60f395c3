import type { JobInput } from '../jobs/domain/job.ts';
import type { SubmitOptions } from '../jobs/job-service.ts';
import type { JobKindName } from '../tencent/job-kinds.ts';
import type { GraphQLContext } from './context.ts';
import { idempotencyKeyOf } from './idempotency.ts';

/**
 * What every submitting mutation (submitJob, submitJobs, submitPipeline) turns its GraphQL arguments
 * into: the inputs as the jobs layer takes them, and the options of the request that submits them.
 */

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** A SubmitJobInput as GraphQL gives it → the kind and the input as the jobs layer takes them. */
export function jobInputOf(input: {
  kind?: JobKindName | null | undefined;
  multiViewImages?: ReadonlyArray<Record<string, unknown>> | null | undefined;
  file?: { fromJob?: unknown; [field: string]: unknown } | null | undefined;
  [field: string]: unknown;
}): { kind: JobKindName; input: JobInput } {
  const { kind, multiViewImages, file, ...rest } = input;
  const jobInput = compact({
    ...rest,
    multiViewImages: multiViewImages?.map((v) => compact(v)),
    file: file ? compact({ ...file, fromJob: file.fromJob == null ? null : String(file.fromJob) }) : null,
  }) as JobInput;
  return { kind: kind ?? 'PRO', input: jobInput };
}

/** The submitting request's owner, key, deadline, logger and trace. */
export function submitOptionsOf(
  ctx: GraphQLContext,
  args: { idempotencyKey?: string | null | undefined; startBy?: Date | null | undefined },
): SubmitOptions {
  return {
    owner: ctx.viewer.name,
    admin: ctx.viewer.admin,
    idempotencyKey: idempotencyKeyOf(args.idempotencyKey, ctx.idempotencyKeyHeader),
    startBy: args.startBy?.getTime(),
    log: ctx.log,
    trace: ctx.trace,
  };
}
