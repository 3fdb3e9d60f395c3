/**
 * The public shape of `hunyuan3d-gateway/client` (docs/design.md "Public contract"): what
 * `createClient` returns. The CLI and the demo page program against this interface only.
 *
 * Job and pipeline types are the codegen results of src/client/operations/*.graphql, so they follow
 * the schema: `npm run codegen` after changing a fragment.
 */
import type {
  ClientJobFragment,
  ClientPipelineFragment,
  JobStatus,
  SubmitJobInput,
} from './generated/graphql.ts';

export type {
  FaceLevel,
  GenerateType,
  JobKind,
  JobStatus,
  QueueReason,
  SubmitJobInput,
} from './generated/graphql.ts';

export type Job = ClientJobFragment;
export type Pipeline = ClientPipelineFragment;
export type ResultFile = Job['resultFiles'][number];

/** DONE, FAIL and CANCELED: a job in one of them never changes again. */
export const FINAL_STATUSES: readonly JobStatus[] = ['DONE', 'FAIL', 'CANCELED'];

export interface ClientOptions {
  /** The gateway's origin or its /graphql URL (`http://127.0.0.1:4000` or `…/graphql`). */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>` when given. */
  apiKey?: string | undefined;
  /** fetch to use (default: the global one); tests and proxies pass their own. */
  fetch?: typeof fetch | undefined;
  /** Extra headers on every request (never overriding authorization). */
  headers?: Record<string, string> | undefined;
}

export interface SubmitOptions {
  /** The same key returns the same job instead of submitting twice (up to 200 characters). */
  idempotencyKey?: string | undefined;
  /** A job still QUEUED then is CANCELED with DEADLINE_EXCEEDED. */
  startBy?: Date | string | undefined;
  signal?: AbortSignal | undefined;
}

export interface ListOptions {
  /** 1–100 (the gateway's default 20). */
  first?: number | undefined;
  after?: string | undefined;
  status?: JobStatus | undefined;
  signal?: AbortSignal | undefined;
}

export interface JobPage {
  jobs: Job[];
  /** Pass as `after` for the next page; null on the last. */
  nextCursor: string | null;
}

export interface WatchOptions {
  signal?: AbortSignal | undefined;
  /**
   * How many times in a row a dropped stream is reopened (with Last-Event-ID, so nothing is missed
   * and nothing is repeated) before the iterator throws; default 5. Reset by every event received.
   */
  retries?: number | undefined;
}

export interface DownloadResult {
  /** The body as bytes. */
  bytes: Uint8Array;
  /** The content type the gateway served. */
  contentType: string;
  /** A file name for it: the URL's last segment, or `<type>.<ext>` from the content type. */
  fileName: string;
}

/**
 * A typed operation: a codegen `TypedDocumentString` (client preset, `documentMode: 'string'`) from
 * any project. Structural, so documents generated elsewhere (the demo page's, yours) fit too.
 */
export interface TypedDocument<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
  toString(): string;
}

/** One entry of a GraphQL result's `errors`. */
export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface Client {
  submit(input: SubmitJobInput, options?: SubmitOptions): Promise<Job>;
  /** Null when the gateway knows no such job (or it is another key's). */
  get(id: string, options?: { signal?: AbortSignal }): Promise<Job | null>;
  list(options?: ListOptions): Promise<JobPage>;
  cancel(id: string, options?: { signal?: AbortSignal }): Promise<Job>;
  /** A FAIL or CANCELED job submitted again as a new job (`retryOf` links it); `startBy` as for submit. */
  retry(id: string, options?: Pick<SubmitOptions, 'startBy' | 'signal'>): Promise<Job>;
  /**
   * The job now, then every change, ending after a final status (DONE, FAIL, CANCELED). Over SSE;
   * a dropped stream is reopened with Last-Event-ID. Breaking out of the loop closes the stream.
   */
  watch(id: string, options?: WatchOptions): AsyncIterableIterator<Job>;
  /** Resolves with the job once it is final (whatever the final status: check `status`). */
  waitFor(id: string, options?: WatchOptions & { onUpdate?: (job: Job) => void }): Promise<Job>;
  /** A result file's bytes (a `ResultFile` or its URL; relative URLs resolve against the gateway). */
  download(file: ResultFile | string, options?: { signal?: AbortSignal }): Promise<DownloadResult>;

  submitPipeline(steps: SubmitJobInput[], options?: SubmitOptions): Promise<Pipeline>;
  getPipeline(id: string, options?: { signal?: AbortSignal }): Promise<Pipeline | null>;
  cancelPipeline(id: string, options?: { signal?: AbortSignal }): Promise<Pipeline>;
  watchPipeline(id: string, options?: WatchOptions): AsyncIterableIterator<Pipeline>;

  /**
   * Any query or mutation, typed by its codegen document, through the same transport (URL, key,
   * headers, errors) as the calls above: for fields this interface does not select.
   */
  request<R, V>(document: TypedDocument<R, V>, variables: V, options?: { signal?: AbortSignal }): Promise<R>;
}
