/**
 * `hunyuan3d-gateway/client`: the typed client of the gateway, for browsers and Node 20 (web
 * platform globals only; nothing from the server side). The CLI and the demo page use it.
 *
 * ```ts
 * const client = createClient({ url: 'http://127.0.0.1:4000', apiKey });
 * const job = await client.submit({ prompt: 'a small wooden chair' });
 * for await (const update of client.watch(job.id)) console.log(update.status);
 * ```
 */
import { download } from './download.ts';
import { GatewayClientError } from './errors.ts';
import {
  ClientCancelDocument,
  ClientCancelPipelineDocument,
  ClientGetDocument,
  ClientGetPipelineDocument,
  ClientListDocument,
  type ClientListQueryVariables,
  ClientRetryDocument,
  ClientSubmitDocument,
  ClientSubmitPipelineDocument,
  ClientWatchDocument,
  ClientWatchPipelineDocument,
} from './generated/graphql.ts';
import { subscribe } from './sse.ts';
import { createTransport } from './transport.ts';
import {
  type Client,
  type ClientOptions,
  FINAL_STATUSES,
  type Job,
  type Pipeline,
  type SubmitOptions,
  type WatchOptions,
} from './types.ts';

export {
  GatewayClientError,
  GatewayHttpError,
  GatewayRequestError,
  GatewayUnreachableError,
} from './errors.ts';
export { graphqlUrlOf } from './transport.ts';
export * from './types.ts';

const DEFAULT_RETRIES = 5;

function isFinal(job: Pick<Job, 'status'>): boolean {
  return FINAL_STATUSES.includes(job.status);
}

/** A pipeline is over when every step is: its status turns FAIL while later steps are still being canceled. */
function pipelineEnded(pipeline: Pipeline): boolean {
  return pipeline.steps.every(isFinal);
}

function submitVariables(options: SubmitOptions | undefined): {
  idempotencyKey?: string;
  startBy?: string;
} {
  const vars: { idempotencyKey?: string; startBy?: string } = {};
  if (options?.idempotencyKey !== undefined) vars.idempotencyKey = options.idempotencyKey;
  if (options?.startBy !== undefined) {
    vars.startBy = options.startBy instanceof Date ? options.startBy.toISOString() : options.startBy;
  }
  return vars;
}

export function createClient(options: ClientOptions): Client {
  const transport = createTransport(options);

  async function* watch(id: string, opts?: WatchOptions): AsyncGenerator<Job, void, undefined> {
    for await (const data of subscribe(
      transport,
      ClientWatchDocument,
      { id },
      {
        signal: opts?.signal,
        retries: opts?.retries ?? DEFAULT_RETRIES,
        isLast: (d) => isFinal(d.jobStatus),
      },
    )) {
      yield data.jobStatus;
    }
  }

  async function* watchPipeline(id: string, opts?: WatchOptions): AsyncGenerator<Pipeline, void, undefined> {
    for await (const data of subscribe(
      transport,
      ClientWatchPipelineDocument,
      { id },
      {
        signal: opts?.signal,
        retries: opts?.retries ?? DEFAULT_RETRIES,
        isLast: (d) => pipelineEnded(d.pipelineStatus),
      },
    )) {
      yield data.pipelineStatus;
    }
  }

  return {
    async submit(input, opts) {
      const data = await transport.request(
        ClientSubmitDocument,
        { input, ...submitVariables(opts) },
        opts?.signal,
      );
      return data.submitJob;
    },
    async get(id, opts) {
      return (await transport.request(ClientGetDocument, { id }, opts?.signal)).job ?? null;
    },
    async list(opts) {
      const vars: ClientListQueryVariables = {};
      if (opts?.first !== undefined) vars.first = opts.first;
      if (opts?.after !== undefined) vars.after = opts.after;
      if (opts?.status !== undefined) vars.status = opts.status;
      const { jobs } = await transport.request(ClientListDocument, vars, opts?.signal);
      return {
        jobs: jobs.nodes,
        nextCursor: jobs.pageInfo.hasNextPage ? (jobs.pageInfo.endCursor ?? null) : null,
      };
    },
    async cancel(id, opts) {
      return (await transport.request(ClientCancelDocument, { id }, opts?.signal)).cancelJob;
    },
    async retry(id, opts) {
      const { startBy } = submitVariables(opts);
      const vars = startBy === undefined ? { id } : { id, startBy };
      return (await transport.request(ClientRetryDocument, vars, opts?.signal)).retryJob;
    },
    watch,
    async waitFor(id, opts) {
      let last: Job | undefined;
      for await (const job of watch(id, opts)) {
        last = job;
        opts?.onUpdate?.(job);
      }
      // watch ends only after a final status, or throws: `last` is final here.
      if (!last) throw new GatewayClientError(`watch(${id}) ended without a result`);
      return last;
    },
    download: (file, opts) => download(transport, file, opts?.signal),
    async submitPipeline(steps, opts) {
      const data = await transport.request(
        ClientSubmitPipelineDocument,
        { steps, ...submitVariables(opts) },
        opts?.signal,
      );
      return data.submitPipeline;
    },
    async getPipeline(id, opts) {
      return (await transport.request(ClientGetPipelineDocument, { id }, opts?.signal)).pipeline ?? null;
    },
    async cancelPipeline(id, opts) {
      return (await transport.request(ClientCancelPipelineDocument, { id }, opts?.signal)).cancelPipeline;
    },
    watchPipeline,
    request: (document, variables, opts) => transport.request(document, variables, opts?.signal),
  };
}
