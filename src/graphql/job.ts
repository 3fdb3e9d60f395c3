import { MAX_BATCH_JOBS } from '../jobs/domain/batch.ts';
import { JobNotFoundError } from '../jobs/domain/errors.ts';
import type { JobRecord } from '../jobs/domain/job.ts';
import type { Builder } from './builder.ts';
import { MAX_LIST_SIZE } from './cost-limit.ts';
import { BadInputError } from './errors.ts';
import { jobEventId, parseJobEventId, resumePosition } from './event-ids.ts';
import { addJobTypes } from './job-types.ts';
import { jobInputOf, submitOptionsOf } from './submit-args.ts';
import { openLimited } from './subscription-limits.ts';

interface JobConnection {
  jobs: JobRecord[];
  hasNextPage: boolean;
}

const CURSOR_PREFIX = 'seq:';

/** Page size of `jobs`: the resolver refuses more than `max`, and the cost limit counts a variable at it. */
export const JOBS_PAGE = { default: 20, max: 100 } as const;

export function encodeCursor(job: JobRecord): string {
  return Buffer.from(`${CURSOR_PREFIX}${job.seq}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^seq:([1-9]\d{0,14})$/.exec(text);
  const seq = Number(m?.[1]);
  if (!m || !Number.isSafeInteger(seq))
    throw new BadInputError(
      'after',
      `after: "${cursor.slice(0, 80)}" is not a cursor from this API (use pageInfo.endCursor)`,
    );
  return seq;
}

const START_BY_DESCRIPTION =
  "Deadline for leaving the gateway's queue: a job still QUEUED then is CANCELED with errorCode " +
  'DEADLINE_EXCEEDED and never sent to Tencent. In the future and at most 7 days ahead.';

/** Job queries, mutations and the subscription, next to the type they serve. */
export function addJobFields(builder: Builder) {
  const { Job, JobStatus, SubmitJobInput } = addJobTypes(builder);

  const PageInfo = builder
    .objectRef<{ hasNextPage: boolean; startCursor: string | null; endCursor: string | null }>('PageInfo')
    .implement({
      fields: (t) => ({
        hasNextPage: t.exposeBoolean('hasNextPage'),
        hasPreviousPage: t.boolean({ resolve: () => false }),
        startCursor: t.string({ nullable: true, resolve: (p) => p.startCursor }),
        endCursor: t.string({ nullable: true, resolve: (p) => p.endCursor }),
      }),
    });

  const JobEdge = builder.objectRef<JobRecord>('JobEdge').implement({
    fields: (t) => ({
      cursor: t.string({ resolve: encodeCursor }),
      node: t.field({ type: Job, resolve: (j) => j }),
    }),
  });

  const JobConnectionRef = builder.objectRef<JobConnection>('JobConnection').implement({
    fields: (t) => ({
      edges: t.field({ type: [JobEdge], resolve: (c) => c.jobs }),
      nodes: t.field({ type: [Job], resolve: (c) => c.jobs }),
      pageInfo: t.field({
        type: PageInfo,
        resolve: (c) => {
          const first = c.jobs[0];
          const last = c.jobs[c.jobs.length - 1];
          return {
            hasNextPage: c.hasNextPage,
            startCursor: first ? encodeCursor(first) : null,
            endCursor: last ? encodeCursor(last) : null,
          };
        },
      }),
    }),
  });

  builder.queryFields((t) => ({
    job: t.field({
      type: Job,
      nullable: true,
      description:
        "A job by the gateway's id or by a Tencent JobId (then followed like our own). Null if unknown.",
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, { id }, ctx) => ctx.loaders.job.load(String(id)),
    }),
    jobs: t.field({
      type: JobConnectionRef,
      description: 'Jobs submitted through this gateway, newest first.',
      args: {
        // The cost limit counts `first: $n` at this maximum (src/graphql/cost-limit.ts).
        first: t.arg.int({
          defaultValue: JOBS_PAGE.default,
          description: `1–${JOBS_PAGE.max}.`,
          extensions: { [MAX_LIST_SIZE]: JOBS_PAGE.max },
        }),
        after: t.arg.string({ description: 'endCursor of the previous page.' }),
        status: t.arg({ type: JobStatus }),
      },
      resolve: async (_root, args, ctx) => {
        const first = args.first ?? JOBS_PAGE.default;
        if (!Number.isInteger(first) || first < 1 || first > JOBS_PAGE.max) {
          throw new BadInputError('first', `first must be between 1 and ${JOBS_PAGE.max}, got ${first}`);
        }
        return ctx.jobs.list({
          first,
          afterSeq: args.after ? decodeCursor(args.after) : undefined,
          status: args.status ?? undefined,
          owner: ctx.viewer.admin ? undefined : ctx.viewer.name,
        });
      },
    }),
  }));

  builder.mutationFields((t) => ({
    submitJob: t.field({
      type: Job,
      description:
        'Validates like Tencent, stores the job durably and returns at once (QUEUED or WAIT). ' +
        'The same idempotencyKey returns the same job; a different input under a used key is an error.',
      args: {
        input: t.arg({ type: SubmitJobInput, required: true }),
        idempotencyKey: t.arg.string({
          description:
            'Up to 200 characters, chosen by the client. The Idempotency-Key request header works too (the same ' +
            'key in both, or either alone).',
        }),
        startBy: t.arg({
          type: 'DateTime',
          description: START_BY_DESCRIPTION,
        }),
      },
      resolve: async (_root, { input, idempotencyKey, startBy }, ctx) => {
        const { kind, input: jobInput } = jobInputOf(input);
        const job = await ctx.jobs.submit(kind, jobInput, submitOptionsOf(ctx, { idempotencyKey, startBy }));
        ctx.loaders.job.prime(job.id, job);
        return job;
      },
    }),
    submitJobs: t.field({
      type: [Job],
      description:
        `1–${MAX_BATCH_JOBS} jobs in one call: every input is validated like Tencent before any is stored (an error ` +
        'names the job, e.g. `inputs[3].prompt`), then all are stored at once, or none. They are drained through the ' +
        "fair queue like single submits (they count toward the key's queued jobs). The same idempotencyKey (or " +
        'Idempotency-Key header) returns the same jobs; different inputs under a used key are an error.',
      args: {
        inputs: t.arg({ type: [SubmitJobInput], required: true }),
        idempotencyKey: t.arg.string({ description: 'Up to 200 characters, chosen by the client.' }),
        startBy: t.arg({ type: 'DateTime', description: `${START_BY_DESCRIPTION} Applies to every job.` }),
      },
      resolve: async (_root, { inputs, idempotencyKey, startBy }, ctx) => {
        const jobs = await ctx.jobs.submitMany(
          inputs.map(jobInputOf),
          submitOptionsOf(ctx, { idempotencyKey, startBy }),
        );
        for (const job of jobs) ctx.loaders.job.prime(job.id, job);
        return jobs;
      },
    }),
    retryJob: t.field({
      type: Job,
      description:
        "Submits a FAIL or CANCELED job's input again (its inline images included) as a new job, linked both ways: " +
        '`retryOf` on the new job, `retries` on this one. Yours only (an admin key may retry any). ' +
        'JOB_NOT_RETRYABLE for a job in another status, or one whose input is unknown (looked up by its Tencent JobId).',
      args: {
        id: t.arg.id({ required: true }),
        startBy: t.arg({ type: 'DateTime', description: START_BY_DESCRIPTION }),
      },
      resolve: async (_root, { id, startBy }, ctx) => {
        const job = await ctx.jobs.retry(
          String(id),
          { owner: ctx.viewer.name, admin: ctx.viewer.admin },
          { startBy: startBy?.getTime(), log: ctx.log, trace: ctx.trace },
        );
        ctx.loaders.job.prime(job.id, job);
        return job;
      },
    }),
    cancelJob: t.field({
      type: Job,
      description: 'Cancels a job still queued in the gateway. Jobs already at Tencent cannot be canceled.',
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx) => {
        const job = await ctx.jobs.cancel(String(id), { owner: ctx.viewer.name, admin: ctx.viewer.admin });
        ctx.loaders.job.clear(job.id).prime(job.id, job);
        return job;
      },
    }),
  }));

  builder.subscriptionFields((t) => ({
    jobStatus: t.field({
      type: Job,
      description:
        'The current snapshot, then every change; completes after DONE, FAIL or CANCELED. Over SSE every ' +
        'event has an id; a client reconnecting with Last-Event-ID gets the changes it missed instead of ' +
        'the snapshot (README, "Reconnecting").',
      args: { id: t.arg.id({ required: true }) },
      // An async function, so an unknown id fails the subscription itself with NOT_FOUND, and one
      // over the limits with TOO_MANY_SUBSCRIPTIONS.
      // The client's signal ends the stream (and frees its place) as soon as the client goes, even
      // when the transport never reads from or returns the stream.
      subscribe: (_root, { id }, ctx) =>
        openLimited(
          { limits: ctx.subscriptions, key: ctx.viewer.name, connection: ctx.connection, signal: ctx.signal },
          async () => {
            const job = await ctx.jobs.get(String(id), { owner: ctx.viewer.name, admin: ctx.viewer.admin });
            if (!job) throw new JobNotFoundError(String(id));
            return job;
          },
          (job) =>
            ctx.jobs.watch(job, ctx.signal, {
              // Only ever a position within this job, which the viewer may see (found above).
              after: resumePosition(ctx, (text) => parseJobEventId(text, job.id)),
            }),
        ),
      // Runs for every event: names it (its SSE `id:`) as it goes out.
      resolve: (job, _args, ctx) => {
        ctx.sse?.set(jobEventId(job));
        return job;
      },
    }),
  }));
}
