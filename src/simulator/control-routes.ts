import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Counters } from './counters.ts';
import { type FaultController, FaultSpecError } from './faults.ts';
import { readBody, sendJson } from './http-io.ts';
import type { JobBook } from './jobs.ts';

/**
 * `/_sim/*`: test and operator controls that only this simulator has. Never signed, never faulted,
 * reachable even while `down` is set.
 *
 *   GET    /_sim/faults          → the active fault spec
 *   POST   /_sim/faults          → replace it (JSON FaultSpec); 400 with the reason when invalid
 *   DELETE /_sim/faults          → clear all faults
 *   GET    /_sim/counters        → CountersSnapshot
 *   POST   /_sim/counters/reset  → clear the counters
 *   GET    /_sim/jobs            → { jobs: JobView[] }
 */
export const CONTROL_ROUTES = [
  'GET /_sim/faults',
  'POST /_sim/faults',
  'DELETE /_sim/faults',
  'GET /_sim/counters',
  'POST /_sim/counters/reset',
  'GET /_sim/jobs',
] as const;

export interface ControlContext {
  faults: FaultController;
  counters: Counters;
  jobs: JobBook;
}

const CONTROL_BODY_MAX_BYTES = 1024 * 1024;

async function setFaults(ctx: ControlContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let bytes: Buffer | undefined;
  try {
    bytes = await readBody(req, CONTROL_BODY_MAX_BYTES);
  } catch {
    return;
  }
  if (bytes === undefined)
    return sendJson(res, 413, { error: `Fault spec larger than ${CONTROL_BODY_MAX_BYTES} bytes` });
  try {
    ctx.faults.set(JSON.parse(bytes.length === 0 ? '{}' : bytes.toString('utf8')));
  } catch (err) {
    const message = err instanceof FaultSpecError || err instanceof SyntaxError ? err.message : String(err);
    return sendJson(res, 400, { error: message });
  }
  sendJson(res, 200, ctx.faults.get());
}

export async function handleControl(
  ctx: ControlContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://simulator').pathname.replace(/\/+$/, '');
  const route = `${req.method ?? 'GET'} ${path}`;
  switch (route) {
    case 'GET /_sim/faults':
      return sendJson(res, 200, ctx.faults.get());
    case 'POST /_sim/faults':
    case 'PUT /_sim/faults':
      return setFaults(ctx, req, res);
    case 'DELETE /_sim/faults':
      ctx.faults.clear();
      return sendJson(res, 200, ctx.faults.get());
    case 'GET /_sim/counters':
      return sendJson(res, 200, ctx.counters.read());
    case 'POST /_sim/counters/reset':
      ctx.counters.reset();
      return sendJson(res, 200, ctx.counters.read());
    case 'GET /_sim/jobs':
      return sendJson(res, 200, { jobs: ctx.jobs.list() });
    default:
      return sendJson(res, 404, {
        error: `Unknown control route ${route}; known: ${CONTROL_ROUTES.join(', ')}`,
      });
  }
}
