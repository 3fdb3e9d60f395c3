import type { Context as TraceContext } from '@opentelemetry/api';
import type DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { ConvertService } from '../convert/convert-model.ts';
import type { SseEventIds } from '../http/sse-event-ids.ts';
import type { JobRecord } from '../jobs/domain/job.ts';
import type { JobService } from '../jobs/job-service.ts';
import type { PipelineService } from '../jobs/pipelines/pipeline-service.ts';
import type { WebhookService } from '../webhooks/service.ts';
import type { SubscriptionLimits } from './subscription-limits.ts';

export interface Viewer {
  /** API key name; '' when the gateway is open. */
  name: string;
  /** Admin keys, and everyone on an open gateway, see every job and may look up raw Tencent JobIds. */
  admin: boolean;
}

export interface Loaders {
  /** Per request: batches and dedupes job lookups within one operation. */
  job: DataLoader<string, JobRecord | null>;
}

export interface GraphQLContext {
  jobs: JobService;
  /** submitPipeline, pipeline, cancelPipeline, pipelineStatus. */
  pipelines: PipelineService;
  /** convertModel (Tencent's synchronous Convert3DFormat). */
  convert: ConvertService;
  /** Webhook endpoints, their deliveries and replays (src/webhooks/); absent in apps built without. */
  webhooks: WebhookService | undefined;
  loaders: Loaders;
  viewer: Viewer;
  now: () => number;
  /** Per HTTP request (echoed in `x-request-id`) or per graphql-ws subscribe. */
  requestId: string;
  /** Child logger bound to `requestId`: resolvers that log use this one. */
  log: Logger;
  /** Where the client reached the gateway (`http://host:port`), for absolute `/files/…` URLs. */
  origin: string | undefined;
  /**
   * Aborts when the client goes away: the HTTP request's signal (SSE included), or the graphql-ws
   * socket's close. A subscription ends with it.
   */
  signal: AbortSignal | undefined;
  /** The graphql-ws socket the operation came on (per-socket limits); undefined over HTTP and SSE. */
  connection: object | undefined;
  /** Open subscriptions per socket and per key (one registry per app). */
  subscriptions: SubscriptionLimits;
  /**
   * The request's `Idempotency-Key` header, unquoted (idempotency.ts): the idempotency key of the
   * submits in it unless their argument says otherwise. Undefined without one, and over graphql-ws.
   */
  idempotencyKeyHeader: string | undefined;
  /**
   * Over HTTP (SSE): the client's `Last-Event-ID`, and where a subscription names each event it
   * sends (its `id:`). Undefined over graphql-ws.
   */
  sse: SseEventIds | undefined;
  /**
   * The operation span's OpenTelemetry context (http/operation-spans.ts), passed to submits so a
   * job's spans join the operation's trace. Undefined when tracing is off.
   */
  trace?: TraceContext | undefined;
}
