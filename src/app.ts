import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createGraphQLError, createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { ApiKey } from './config.ts';
import type { GraphQLContext } from './graphql/context.ts';
import { maskError } from './graphql/errors.ts';
import { createLoaders } from './graphql/loaders.ts';
import { buildSchema } from './graphql/schema.ts';
import { createAuthenticator } from './http/auth.ts';
import type { JobService } from './jobs/job-service.ts';

export interface AppDeps {
  jobs: JobService;
  log: Logger;
  keys: readonly ApiKey[];
  now?: () => number;
}

/** What graphql-ws passes as the initial context (see server.ts). */
export interface WsInitialContext {
  connectionParams?: Readonly<Record<string, unknown>> | undefined;
}

export type App = YogaServerInstance<WsInitialContext, GraphQLContext>;

/** The GraphQL app: a yoga instance that does not listen. Tests call `app.fetch` directly. */
export function createApp(deps: AppDeps): App {
  const auth = createAuthenticator(deps.keys);
  const now = deps.now ?? Date.now;
  const log = deps.log;
  return createYoga<WsInitialContext, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // GraphiQL's assets come from the gateway itself, never a CDN: it works offline.
    renderGraphiQL,
    graphiql: { title: 'Hunyuan 3D gateway', subscriptionsProtocol: 'SSE' },
    maskedErrors: { maskError },
    // One line per feature; each plugin lives in its own file under src/http/.
    plugins: [],
    logging: {
      debug: (...args) => log.debug({ args }, 'yoga'),
      info: (...args) => log.info({ args }, 'yoga'),
      warn: (...args) => log.warn({ args }, 'yoga'),
      error: (...args) => log.error({ args }, 'yoga'),
    },
    context: ({ request, connectionParams }) => {
      const header =
        typeof connectionParams?.authorization === 'string'
          ? connectionParams.authorization
          : // graphql-ws operations carry no fetch Request; their key is in connectionParams.
            (request as Request | undefined)?.headers.get('authorization');
      const result = auth.authenticate(header);
      if (!result.ok) {
        throw createGraphQLError(result.reason, {
          extensions: {
            code: 'UNAUTHENTICATED',
            http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
          },
        });
      }
      return { jobs: deps.jobs, loaders: createLoaders(deps.jobs), viewer: result.viewer, now };
    },
  });
}
