import type { IncomingHttpHeaders } from 'node:http';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { ApiKey } from './config.ts';
import type { ConvertService } from './convert/convert-model.ts';
import type { Conversions } from './files/conversions.ts';
import type { FileCache } from './files/file-cache.ts';
import type { GraphQLContext } from './graphql/context.ts';
import { clientMistakeCode, maskError } from './graphql/errors.ts';
import { parseIdempotencyKeyHeader } from './graphql/idempotency.ts';
import { createLoaders } from './graphql/loaders.ts';
import { buildSchema } from './graphql/schema.ts';
import {
  createSubscriptionLimits,
  DEFAULT_SUBSCRIPTION_LIMITS,
  type SubscriptionLimitsOptions,
} from './graphql/subscription-limits.ts';
import { useJit } from './graphql/use-jit.ts';
import { type Authenticator, createAuthenticator, unauthenticated, useAuthentication } from './http/auth.ts';
import { useClientErrorLog } from './http/client-error-log.ts';
import { useCompressedGraphiQL } from './http/compressed-graphiql.ts';
import { useDemoPage } from './http/demo-page.ts';
import { useFilesProxy } from './http/files-proxy.ts';
import { guardHost } from './http/host-guard.ts';
import { renderGraphiQLLazily } from './http/lazy-graphiql.ts';
import { useMetricsRoute } from './http/metrics-route.ts';
import { useNotAcceptableBody } from './http/not-acceptable.ts';
import type { OperationSpans } from './http/operation-spans.ts';
import { type AllowedOrigins, DEFAULT_CORS_ORIGINS } from './http/origins.ts';
import { publicOrigin } from './http/public-origin.ts';
import { type Readiness, useReadiness } from './http/readiness.ts';
import { createRequestIds } from './http/request-id.ts';
import { corsFor, LIMITS, useSecurity } from './http/security.ts';
import { createSseEventIds } from './http/sse-event-ids.ts';
import { useTrustedDocuments } from './http/trusted-documents.ts';
import { useBodyLimit } from './http/use-body-limit.ts';
import type { JobService } from './jobs/job-service.ts';
import type { PipelineService } from './jobs/pipelines/pipeline-service.ts';
import type { WebhookService } from './webhooks/service.ts';

export interface AppDeps {
  jobs: JobService;
  pipelines: PipelineService;
  /** convertModel. */
  convert: ConvertService;
  /** convertModel's results, served at `/files/cnv_…` along with `files`. */
  conversions?: Conversions;
  log: Logger;
  keys: readonly ApiKey[];
  /** Shared with the WebSocket server so both check keys the same way. @default built from `keys` */
  auth?: Authenticator;
  now?: () => number;
  /** Serves `GET /ready` when given. */
  readiness?: Readiness;
  /** Serves `GET /metrics` when given. */
  metrics?: Registry;
  /** Serves result files at `/files/…` when given. */
  files?: FileCache;
  /** Introspection, GraphiQL, CORS origins (config.security). @default all on, loopback origins */
  security?: { introspection: boolean; graphiql: boolean; corsOrigins: AllowedOrigins };
  /** Open subscriptions per graphql-ws socket and per key (config.subscriptions). @default 100 / 1000 */
  subscriptions?: SubscriptionLimitsOptions;
  /** createWebhook and the other webhook fields; without it they answer INTERNAL_SERVER_ERROR. */
  webhooks?: WebhookService;
  /** A span per GraphQL operation (README "Traces"; built by observability/tracing.ts when on). */
  operationSpans?: OperationSpans | undefined;
  /** TRUSTED_DOCUMENTS (config.security.trustedDocuments): the only documents non-admin keys may send. */
  trustedDocuments?: ReadonlyMap<string, string> | undefined;
}

/** What graphql-ws passes as the initial context (see server.ts). */
export interface WsInitialContext {
  connectionParams?: Readonly<Record<string, unknown>> | undefined;
  /** The HTTP request (node adapter) or the WebSocket upgrade request (graphql-ws). */
  req?: { headers: IncomingHttpHeaders } | undefined;
  /** graphql-ws: aborts when the socket closes (HTTP and SSE use the request's signal). */
  signal?: AbortSignal | undefined;
  /** graphql-ws: one object per socket, for per-socket limits. */
  connection?: object | undefined;
}

export type App = YogaServerInstance<WsInitialContext, GraphQLContext>;

/** The GraphQL app: a yoga instance that does not listen. Tests call `app.fetch` directly. */
export function createApp(deps: AppDeps): App {
  const auth = deps.auth ?? createAuthenticator(deps.keys);
  const now = deps.now ?? Date.now;
  const log = deps.log;
  const requestIds = createRequestIds();
  const subscriptions = createSubscriptionLimits(deps.subscriptions ?? DEFAULT_SUBSCRIPTION_LIMITS);
  const sseEventIds = createSseEventIds();
  const security = deps.security ?? {
    introspection: true,
    graphiql: true,
    corsOrigins: DEFAULT_CORS_ORIGINS,
  };
  const yoga = createYoga<WsInitialContext, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // GraphiQL's assets come from the gateway itself, never a CDN: it works offline.
    renderGraphiQL: renderGraphiQLLazily,
    graphiql: security.graphiql ? { title: 'Hunyuan 3D gateway', subscriptionsProtocol: 'SSE' } : false,
    cors: corsFor(security.corsOrigins),
    // isDev false: yoga would otherwise add the original message when NODE_ENV=development.
    maskedErrors: { maskError, isDev: false },
    // One line per feature; each plugin lives in its own file under src/http/.
    // Body size is checked by useBodyLimit (last in the list), not yoga's costly stream pipe.
    maxRequestBodySize: false,
    plugins: [
      requestIds.plugin,
      useNotAcceptableBody(),
      useCompressedGraphiQL({ endpoint: '/graphql' }),
      useClientErrorLog({ log, requestIds }),
      ...(deps.readiness ? [useReadiness(deps.readiness)] : []),
      ...(deps.metrics ? [useMetricsRoute(deps.metrics)] : []),
      useDemoPage(),
      ...(deps.files
        ? [useFilesProxy({ jobs: deps.jobs, cache: deps.files, conversions: deps.conversions, log })]
        : []),
      // Before parse and validation: without a key, not even the schema's shape shows (audit F14).
      useAuthentication(auth),
      // After the key check (no key: 401, not a refused document), before anything parses.
      ...(deps.trustedDocuments ? [useTrustedDocuments({ documents: deps.trustedDocuments, auth })] : []),
      ...useSecurity({ ...security, log }),
      ...(deps.operationSpans ? [deps.operationSpans] : []),
      useJit(),
      // `id:` on every SSE event of jobStatus and pipelineStatus, for clients that resume.
      sseEventIds.plugin,
      useBodyLimit({ maxBytes: LIMITS.bodyBytes }),
    ],
    logging: {
      debug: (...args) => log.debug({ args }, 'yoga'),
      info: (...args) => log.info({ args }, 'yoga'),
      warn: (...args) => log.warn({ args }, 'yoga'),
      // A client's mistake is not a server fault: useClientErrorLog logs it at info with its code
      // and request id; yoga's own line for it goes to debug. Everything else stays an error.
      error: (...args) =>
        args.length === 1 && clientMistakeCode(args[0]) !== undefined
          ? log.debug({ args }, 'yoga')
          : log.error({ args }, 'yoga'),
    },
    context: ({ request, connectionParams, req, signal, connection }) => {
      const header =
        typeof connectionParams?.authorization === 'string'
          ? connectionParams.authorization
          : // graphql-ws operations carry no fetch Request; their key is in connectionParams.
            (request as Request | undefined)?.headers.get('authorization');
      const result = auth.authenticate(header);
      if (!result.ok) throw unauthenticated(result.reason);
      const requestId = requestIds.of(request as Request | undefined);
      return {
        jobs: deps.jobs,
        pipelines: deps.pipelines,
        convert: deps.convert,
        webhooks: deps.webhooks,
        loaders: createLoaders(deps.jobs, result.viewer),
        viewer: result.viewer,
        now,
        requestId,
        log: log.child({ requestId }),
        origin: publicOrigin(request as Request | undefined, req),
        signal: signal ?? (request as Request | undefined)?.signal,
        connection,
        subscriptions,
        idempotencyKeyHeader: parseIdempotencyKeyHeader(
          (request as Request | undefined)?.headers.get('idempotency-key'),
        ),
        sse: sseEventIds.of(request as Request | undefined),
      };
    },
  });
  // A Host header yoga's node adapter cannot parse gets a 400, not a 500 with a stack (audit F11).
  return guardHost(yoga, log);
}
