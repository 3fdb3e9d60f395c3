import { PipelineNotFoundError } from '../jobs/domain/errors.ts';
import { MAX_PIPELINE_STEPS, type PipelineView, pipelineStatus } from '../jobs/domain/pipeline.ts';
import type { Builder } from './builder.ts';
import { parsePipelineEventId, pipelineEventId, resumePosition } from './event-ids.ts';
import { addJobTypes } from './job-types.ts';
import { jobInputOf, submitOptionsOf } from './submit-args.ts';
import { openLimited } from './subscription-limits.ts';

/**
 * Pipelines: steps submitted together, each an ordinary job, later ones fed the result of an
 * earlier one (`file: { fromStep }`, 1-based). See src/jobs/domain/pipeline.ts.
 */
export function addPipelineFields(builder: Builder) {
  const { Job, JobStatus, SubmitJobInput } = addJobTypes(builder);

  const Pipeline = builder.objectRef<PipelineView>('Pipeline').implement({
    description:
      'Steps run one after another on the gateway: each step is a job, and a step whose file is `fromStep` ' +
      'is sent when that step is DONE, with its result file. A step that fails or is canceled ends the pipeline: the steps not sent yet are CANCELED (errorCode PREVIOUS_STEP_FAILED or PREVIOUS_STEP_CANCELED) and never reach Tencent.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'pl_…' }),
      status: t.field({
        type: JobStatus,
        description:
          'QUEUED until a step is sent; then RUN while a step runs at Tencent, else WAIT; DONE when every step is DONE; ' +
          'FAIL or CANCELED as soon as a step ended so (the first such step, in order).',
        resolve: (p) => pipelineStatus(p.steps),
      }),
      steps: t.field({ type: [Job], description: 'The steps in order (1 first).', resolve: (p) => p.steps }),
    }),
  });

  builder.queryFields((t) => ({
    pipeline: t.field({
      type: Pipeline,
      nullable: true,
      description: 'A pipeline of yours by its id; null if unknown.',
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx) =>
        (await ctx.pipelines.getPipeline(String(id), { owner: ctx.viewer.name, admin: ctx.viewer.admin })) ??
        null,
    }),
  }));

  builder.mutationFields((t) => ({
    submitPipeline: t.field({
      type: Pipeline,
      description:
        `1–${MAX_PIPELINE_STEPS} steps, each a SubmitJobInput. The first is an ordinary submission; every later one takes ` +
        'its model from an earlier step: `file: { fromStep: n }` (1-based, n before it; `type` may pick the result type), ' +
        "and that step's kind must produce a type this one accepts. Every step is validated like Tencent before anything " +
        'is stored. The same idempotencyKey returns the same pipeline; different steps under a used key are an error.',
      args: {
        steps: t.arg({ type: [SubmitJobInput], required: true }),
        idempotencyKey: t.arg.string({
          description: 'Up to 200 characters, chosen by the client (or the Idempotency-Key request header).',
        }),
        startBy: t.arg({
          type: 'DateTime',
          description:
            "Deadline for the first step to leave the gateway's queue: still QUEUED then, it is CANCELED with " +
            'DEADLINE_EXCEEDED (and so is the rest of the pipeline, PREVIOUS_STEP_CANCELED). At most 7 days ahead.',
        }),
      },
      resolve: async (_root, { steps, idempotencyKey, startBy }, ctx) => {
        const pipeline = await ctx.pipelines.submitPipeline(
          steps.map(jobInputOf),
          submitOptionsOf(ctx, { idempotencyKey, startBy }),
        );
        for (const step of pipeline.steps) ctx.loaders.job.prime(step.id, step);
        return pipeline;
      },
    }),
    cancelPipeline: t.field({
      type: Pipeline,
      description:
        'Cancels every step not sent to Tencent yet (a step already there runs on: Tencent has no cancel). ' +
        'NOT_FOUND for an unknown pipeline or one not yours.',
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx) => {
        const pipeline = await ctx.pipelines.cancelPipeline(String(id), {
          owner: ctx.viewer.name,
          admin: ctx.viewer.admin,
        });
        for (const step of pipeline.steps) ctx.loaders.job.clear(step.id).prime(step.id, step);
        return pipeline;
      },
    }),
  }));

  builder.subscriptionFields((t) => ({
    pipelineStatus: t.field({
      type: Pipeline,
      description:
        'The pipeline now, then again on every change of a step; completes once every step has ended. ' +
        'Over SSE every event has an id; a client reconnecting with Last-Event-ID gets the changes it ' +
        'missed instead of the pipeline now (README, "Reconnecting").',
      args: { id: t.arg.id({ required: true }) },
      subscribe: (_root, { id }, ctx) =>
        openLimited(
          { limits: ctx.subscriptions, key: ctx.viewer.name, connection: ctx.connection, signal: ctx.signal },
          async () => {
            const pipeline = await ctx.pipelines.getPipeline(String(id), {
              owner: ctx.viewer.name,
              admin: ctx.viewer.admin,
            });
            if (!pipeline) throw new PipelineNotFoundError(String(id));
            return pipeline;
          },
          (pipeline) =>
            ctx.pipelines.watchPipeline(pipeline, ctx.signal, {
              // Only ever a position within this pipeline, which the viewer may see (found above).
              after: resumePosition(ctx, (text) => parsePipelineEventId(text, pipeline)),
            }),
        ),
      // Runs for every event: names it (its SSE `id:`) as it goes out.
      resolve: (pipeline, _args, ctx) => {
        ctx.sse?.set(pipelineEventId(pipeline));
        return pipeline;
      },
    }),
  }));
}
