import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ActionContext, runAction } from './actions.ts';
import { SimulatorApiError } from './api-error.ts';
import { header, readAuthorization, verifySignature } from './auth.ts';
import type { FaultController } from './faults.ts';
import { delay, readBody, sendBody, sendJson } from './http-io.ts';
import type { RateLimiter } from './limits.ts';
import { checkRegion, resolveProduct, routeAction } from './products.ts';

/**
 * `POST /`: the API 3.0 endpoint. Order of checks: body size, faults, headers, product and version,
 * signature, rate limit (every authenticated call counts, whatever its outcome), action, region,
 * JSON body, then the action itself.
 */
export interface ApiContext extends ActionContext {
  faults: FaultController;
  limiter: RateLimiter;
}

type Payload = Record<string, unknown>;

function stgwPage(status: 502 | 503): string {
  const title = status === 502 ? '502 Bad Gateway' : '503 Service Temporarily Unavailable';
  return `<html>\n<head><title>${title}</title></head>\n<body>\n<center><h1>${title}</h1></center>\n<hr><center>stgw</center>\n</body>\n</html>\n`;
}

function parseBody(bytes: Buffer): Payload {
  if (bytes.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new SimulatorApiError('InvalidParameter', 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SimulatorApiError('InvalidParameter', 'The request body must be a JSON object.');
  }
  return value as Payload;
}

function required(req: IncomingMessage, name: string, parameter: string): string {
  const value = header(req.headers, name)?.trim();
  if (!value) {
    throw new SimulatorApiError(
      'MissingParameter',
      `The request is missing a required parameter \`${parameter}\` (${name}).`,
    );
  }
  return value;
}

async function dispatch(ctx: ApiContext, req: IncomingMessage, bytes: Buffer): Promise<Payload> {
  const contentType = header(req.headers, 'content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType.trim())) {
    throw new SimulatorApiError(
      'UnsupportedProtocol',
      `This endpoint accepts POST with Content-Type application/json signed with TC3-HMAC-SHA256 (received \`${contentType}\`).`,
    );
  }
  const action = required(req, 'x-tc-action', 'Action');
  const version = required(req, 'x-tc-version', 'Version');
  const auth = readAuthorization(req.headers);
  const product = resolveProduct(header(req.headers, 'host') ?? '', version, auth.service);
  const secretId = verifySignature({
    method: 'POST',
    headers: req.headers,
    body: bytes,
    query: '',
    auth,
    service: product.service,
    credentials: ctx.options.credentials,
    nowMs: ctx.options.now(),
    maxSkewSeconds: ctx.options.maxSkewSeconds,
  });
  const now = ctx.options.now();
  if (!ctx.limiter.tryAcquire(`${secretId}\n${action}`, now)) {
    throw new SimulatorApiError(
      'RequestLimitExceeded',
      `Your current request times in 1 second exceeds the limit of ${ctx.options.ratePerSecond} for ${action}. Please retry later.`,
    );
  }
  ctx.counters.admitted(action, now);
  const route = routeAction(product, action);
  checkRegion(product, header(req.headers, 'x-tc-region')?.trim());
  const lang = header(req.headers, 'x-tc-language');
  const language = lang === 'zh-CN' || lang === 'en-US' ? lang : product.language;
  return runAction(ctx, { route, secretId, body: parseBody(bytes), language });
}

export async function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const label = header(req.headers, 'x-tc-action')?.trim() || '(none)';
  ctx.counters.arrival(label, ctx.options.now());
  const drop = () => {
    ctx.counters.answer(label, 'DROPPED');
    req.socket.destroy();
  };
  if (ctx.faults.isDown()) return drop();
  const requestId = randomUUID();
  const latency = ctx.faults.latencyFor(label);
  const reply = async (payload: Payload, outcome: string) => {
    await delay(latency);
    ctx.counters.answer(label, outcome);
    sendJson(res, 200, { Response: { ...payload, RequestId: requestId } });
  };
  const fail = (err: SimulatorApiError) =>
    reply({ Error: { Code: err.code, Message: err.message } }, err.code);

  if (req.method !== 'POST') {
    return fail(
      new SimulatorApiError('UnsupportedProtocol', `HTTP method ${req.method} is not supported; use POST.`),
    );
  }
  let bytes: Buffer | undefined;
  try {
    bytes = await readBody(req, ctx.options.maxBodyBytes);
  } catch {
    return; // The client went away; nobody to answer.
  }
  if (bytes === undefined) {
    const limit = ctx.options.maxBodyBytes;
    return fail(
      new SimulatorApiError(
        'RequestSizeLimitExceeded',
        `The request body exceeds the limit of ${limit} bytes.`,
      ),
    );
  }
  const decision = ctx.faults.decide(label);
  if (decision.kind === 'drop') {
    await delay(latency);
    return drop();
  }
  if (decision.kind === 'http') {
    await delay(latency);
    ctx.counters.answer(label, `HTTP_${decision.status}`);
    return sendBody(res, decision.status, 'text/html', stgwPage(decision.status));
  }
  if (decision.kind === 'error') return fail(new SimulatorApiError(decision.code));
  let payload: Payload;
  try {
    payload = await dispatch(ctx, req, bytes);
  } catch (err) {
    if (err instanceof SimulatorApiError) return fail(err);
    const message = err instanceof Error ? err.message : String(err);
    return fail(new SimulatorApiError('InternalError', `Simulator bug: ${message}`));
  }
  return reply(payload, 'OK');
}
