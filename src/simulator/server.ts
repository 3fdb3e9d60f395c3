import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { type ApiContext, handleApi } from './api-route.ts';
import { handleControl } from './control-routes.ts';
import { Counters } from './counters.ts';
import { FaultController } from './faults.ts';
import { FileStore } from './files-route.ts';
import { sendBody } from './http-io.ts';
import { InputStore } from './inputs.ts';
import { JobBook, type SimJob } from './jobs.ts';
import { RateLimiter } from './limits.ts';
import type { SimulatorOptions } from './options.ts';

/** The node:http server and everything it shares: jobs, files, limits, faults, counters. */
export interface SimulatorServer {
  server: Server;
  ctx: ApiContext;
  /** Destroys every open socket (used by close and by `down`). */
  destroySockets(): void;
}

/** What a restarted simulator carries over from its state file, and how it saves changes. */
export interface SimulatorRestore {
  jobs?: readonly SimJob[] | undefined;
  signingKey?: Buffer | undefined;
  /** Saves the state; called before a Submit is answered. Throws when it cannot. */
  persist?: (() => void) | undefined;
  /** Directory of the input models post-processing jobs were given (beside the state file). */
  inputsDir?: (() => string | undefined) | undefined;
}

export function createSimulatorServer(
  options: SimulatorOptions,
  baseUrl: () => string,
  restore: SimulatorRestore = {},
): SimulatorServer {
  const sockets = new Set<Socket>();
  /** Sockets serving a control request right now: setting `down` over HTTP must still get its answer. */
  const controlSockets = new Set<Socket>();
  const destroySockets = (keepControl = false) => {
    for (const socket of sockets) if (!keepControl || !controlSockets.has(socket)) socket.destroy();
  };
  const jobs = new JobBook(options);
  if (restore.jobs) jobs.restore(restore.jobs);
  const inputs = new InputStore(restore.inputsDir);
  const ctx: ApiContext = {
    options,
    jobs,
    inputs,
    files: new FileStore({
      now: options.now,
      fileTtlMs: options.fileTtlMs,
      baseUrl,
      signingKey: restore.signingKey,
      inputs,
    }),
    persist: restore.persist,
    counters: new Counters(),
    limiter: new RateLimiter(options.ratePerSecond),
    faults: new FaultController(options.faults, options.random, (spec) => {
      if (spec.down) destroySockets(true);
    }),
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://simulator').pathname;
    if (path === '/_sim' || path.startsWith('/_sim/')) {
      controlSockets.add(req.socket);
      res.once('close', () => controlSockets.delete(req.socket));
      return handleControl(ctx, req, res);
    }
    if (path === '/') return handleApi(ctx, req, res);
    if (ctx.faults.isDown()) {
      req.socket.destroy();
      return;
    }
    if (path.startsWith('/files/')) return ctx.files.handle(req, res, ctx.jobs, ctx.counters);
    sendBody(res, 404, 'text/plain', 'Not Found\n');
  };

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      // A bug in the simulator must not kill the process hosting it (often a test runner).
      const message = err instanceof Error ? err.message : String(err);
      sendBody(res, 500, 'text/plain', `Simulator error: ${message}\n`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return { server, ctx, destroySockets: () => destroySockets(false) };
}
