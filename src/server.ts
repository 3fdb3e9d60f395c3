import { setMaxListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { App } from './app.ts';
import type { Authenticator } from './http/auth.ts';
import { LIMITS } from './http/security.ts';

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** Stops accepting, completes every graphql-ws subscription, ends SSE streams, closes. */
  close(): Promise<void>;
}

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

/** node:http serving yoga, plus graphql-ws on the same port and path. */
export async function startServer(opts: {
  app: App;
  host: string;
  port: number;
  log: Logger;
  /** Checks graphql-ws `connectionParams.authorization` at connect time (HTTP and SSE check in yoga). */
  auth?: Authenticator;
}): Promise<RunningServer> {
  const { app, log } = opts;
  const server = createServer(app);
  // ws buffers up to 100 MiB per message by default; a graphql-ws message gets the HTTP body limit.
  const wss = new WebSocketServer({ server, path: app.graphqlEndpoint, maxPayload: LIMITS.bodyBytes });
  // One per socket: its signal aborts when the socket closes, ending that socket's subscriptions
  // even where graphql-ws has no stream to return yet; the controller is also the socket's
  // identity for the per-socket subscription limit.
  const sockets = new WeakMap<object, AbortController>();
  const socketOf = (ctx: object): AbortController => {
    let c = sockets.get(ctx);
    if (!c) {
      c = new AbortController();
      // Every subscription on the socket listens to it; MAX_SUBSCRIPTIONS_PER_SOCKET bounds them,
      // not Node's leak warning at 10.
      setMaxListeners(0, c.signal);
      sockets.set(ctx, c);
    }
    return c;
  };

  const ws = useServer(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      // A socket without a valid key is closed with 4403 Forbidden before any operation runs.
      onConnect: (ctx) => {
        if (!opts.auth || opts.auth.open) return true;
        const value = ctx.connectionParams?.authorization;
        return opts.auth.authenticate(typeof value === 'string' ? value : undefined).ok;
      },
      onClose: (ctx) => {
        sockets.get(ctx)?.abort();
      },
      onSubscribe: async (ctx, _id, payload) => {
        const socket = socketOf(ctx);
        const { schema, execute, subscribe, contextFactory, parse, validate } = app.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          connectionParams: ctx.connectionParams,
          signal: socket.signal,
          connection: socket,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [err as never];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const args: ExecutionArgs = {
          schema,
          operationName: payload.operationName ?? null,
          document,
          variableValues: payload.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe } satisfies EnvelopedRoot,
        };
        return args;
      },
    },
    wss,
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  log.info(
    { url: `${url}${app.graphqlEndpoint}`, demoPage: `${url}/`, health: `${url}/health` },
    'gateway listening',
  );

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    server,
    close() {
      closing ??= (async () => {
        await ws.dispose();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // SSE responses never end by themselves: give in-flight requests a moment, then cut.
          setTimeout(() => server.closeAllConnections(), 2000).unref();
        });
        wss.close();
        await app.dispose();
      })();
      return closing;
    },
  };
}
