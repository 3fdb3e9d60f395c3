import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { type Dispatcher, Pool, errors as undiciErrors } from 'undici';
import {
  TencentApiError,
  UpstreamAbortedError,
  UpstreamTimeoutError,
  UpstreamTransportError,
} from './errors.ts';
import type { JobKind } from './job-kinds.ts';
import { sign3 } from './sign.ts';
import type {
  QueryJobResponse,
  QueryPartJobResponse,
  SubmitJobRequest,
  SubmitJobResponse,
  TencentEnvelope,
  TencentErrorBody,
} from './types.ts';

export interface TencentCredentials {
  secretId: string;
  secretKey: string;
  /** STS session token, sent as X-TC-Token when present. */
  token?: string | undefined;
}

export interface TencentTimeouts {
  /** TCP + TLS connect. A connect timeout provably never reached Tencent. @default 5000 */
  connectMs: number;
  /** From request sent to response headers. @default 15000 */
  headersMs: number;
  /** Between body chunks. @default 15000 */
  bodyMs: number;
  /** The whole call, whatever the phase. @default 30000 */
  totalMs: number;
}

export interface TencentClientOptions {
  /** e.g. `https://hunyuan.intl.tencentcloudapi.com` or the simulator's `http://127.0.0.1:4010`. */
  endpoint: string;
  credentials: TencentCredentials;
  /** @default 'ap-singapore' */
  region?: string;
  /** X-TC-Version. @default '2023-09-01' */
  version?: string;
  /** Credential-scope service. @default the endpoint host's first label (see serviceFor) */
  service?: string | undefined;
  timeouts?: Partial<TencentTimeouts>;
  /** Keep-alive connections to the endpoint. @default 16 */
  connections?: number;
  /** Clock for X-TC-Timestamp, in ms. @default Date.now */
  now?: () => number;
}

export const DEFAULT_TIMEOUTS: TencentTimeouts = {
  connectMs: 5000,
  headersMs: 15000,
  bodyMs: 15000,
  totalMs: 30000,
};

/** Loopback and IP hosts have no meaningful first label, so the product follows the API version. */
const SERVICE_BY_VERSION: Readonly<Record<string, string>> = {
  '2023-09-01': 'hunyuan',
  '2025-05-13': 'ai3d',
};

export function serviceFor(hostname: string, version: string): string {
  // URL.hostname keeps the brackets of an IPv6 literal (`[::1]`), which isIP does not accept.
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (isIP(bare) !== 0 || hostname === 'localhost') {
    const service = SERVICE_BY_VERSION[version];
    if (!service) {
      throw new TypeError(
        `Cannot derive the Tencent service for host "${hostname}" and version "${version}": set the service explicitly (known versions: ${Object.keys(SERVICE_BY_VERSION).join(', ')})`,
      );
    }
    return service;
  }
  const label = hostname.split('.')[0];
  if (!label) throw new TypeError(`Endpoint host "${hostname}" has no first label to use as service name`);
  return label;
}

export interface CallOptions {
  /**
   * The caller's own cancellation. When it ends a call, the call throws UpstreamAbortedError (never
   * a transport or timeout error), whose `mayHaveReached` says whether the request was on the wire.
   */
  signal?: AbortSignal | undefined;
}

export interface TencentClient {
  readonly endpoint: URL;
  readonly service: string;
  readonly version: string;
  readonly region: string;
  /** One signed API 3.0 call. Resolves with `Response` (without Error), throws typed upstream errors. */
  call<T extends object>(
    action: string,
    body: object,
    opts?: CallOptions,
  ): Promise<T & { RequestId: string }>;
  submitJob(kind: JobKind, body: SubmitJobRequest, opts?: CallOptions): Promise<SubmitJobResponse>;
  queryJob(kind: JobKind, jobId: string, opts?: CallOptions): Promise<QueryJobResponse>;
  close(): Promise<void>;
}

const CONTENT_TYPE = 'application/json';

/** Longest upstream text (an error message, a job's ErrorMessage) that reaches clients and logs. */
export const MAX_UPSTREAM_TEXT = 500;
/** Longest upstream code or RequestId kept. */
const MAX_UPSTREAM_TOKEN = 128;
const REDACTED = '[redacted]';

/**
 * Upstream text is untrusted: an echoing upstream or proxy once put a request's signature into a
 * job's errorMessage (audit F10). Every piece of upstream text that can become an error message,
 * an error code or a job's ErrorMessage passes through here: the secret id, secret key and token,
 * the Authorization header and any TC3 signature are replaced by `[redacted]`, control characters
 * by spaces, and the result is cut to `max` characters.
 */
export function redactUpstreamText(
  text: string,
  secrets: readonly (string | undefined)[],
  max = MAX_UPSTREAM_TEXT,
): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    // As sent, and as an echo would escape it inside JSON.
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)]))
      out = out.split(form).join(REDACTED);
  }
  out = out
    .replace(/Signature=[0-9a-fA-F]{16,}/g, `Signature=${REDACTED}`)
    .replace(/TC3-HMAC-SHA256\s+Credential=[^\s",;]*/g, `TC3-HMAC-SHA256 Credential=${REDACTED}`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
    .replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

export function createTencentClient(options: TencentClientOptions): TencentClient {
  const endpoint = new URL(options.endpoint);
  if (endpoint.protocol !== 'https:' && endpoint.protocol !== 'http:') {
    throw new TypeError(`Tencent endpoint must be an http(s) URL, got "${options.endpoint}"`);
  }
  if (endpoint.pathname !== '/' || endpoint.search) {
    throw new TypeError(
      `Tencent endpoint must be an origin without path or query, got "${options.endpoint}"`,
    );
  }
  const version = options.version ?? '2023-09-01';
  const region = options.region ?? 'ap-singapore';
  const service = options.service ?? serviceFor(endpoint.hostname, version);
  const timeouts: TencentTimeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const now = options.now ?? Date.now;
  const { credentials } = options;
  const secrets = [credentials.secretId, credentials.secretKey, credentials.token];
  const scrubStatic = (t: string, max?: number) => redactUpstreamText(t, secrets, max);

  const pool = new Pool(endpoint.origin, {
    connections: options.connections ?? 16,
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
    keepAliveTimeout: 10_000,
  });

  async function call<T extends object>(
    action: string,
    body: object,
    opts: CallOptions = {},
  ): Promise<T & { RequestId: string }> {
    const callerSignal = opts.signal;
    if (callerSignal?.aborted) {
      throw new UpstreamAbortedError({ action, mayHaveReached: false, cause: callerSignal.reason });
    }
    const payload = JSON.stringify(body);
    const timestamp = Math.floor(now() / 1000);
    const { authorization } = sign3({
      secretId: credentials.secretId,
      secretKey: credentials.secretKey,
      service,
      host: endpoint.host,
      method: 'POST',
      contentType: CONTENT_TYPE,
      payload,
      timestamp,
    });
    const headers: Record<string, string> = {
      authorization,
      'content-type': CONTENT_TYPE,
      host: endpoint.host,
      'x-tc-action': action,
      'x-tc-version': version,
      'x-tc-timestamp': String(timestamp),
      'x-tc-region': region,
      'x-tc-requestclient': 'hunyuan3d-gateway',
      'x-tc-traceid': randomUUID(),
    };
    if (credentials.token) headers['x-tc-token'] = credentials.token;

    const totalTimeout = AbortSignal.timeout(timeouts.totalMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, totalTimeout]) : totalTimeout;
    const progress: Progress = { started: false };

    let status: number;
    let text: string;
    try {
      const res = await rejectEarlyOnAbort(
        pool
          .compose(trackStart(progress))
          .request({ method: 'POST', path: '/', headers, body: payload, signal }),
        callerSignal,
        progress,
      );
      status = res.statusCode;
      text = await res.body.text();
    } catch (err) {
      // Whichever fired first decides: the combined signal keeps the first reason.
      const callerAborted = callerSignal?.aborted === true && signal.reason === callerSignal.reason;
      throw classifyTransportError(err, action, timeouts, {
        totalTimedOut: totalTimeout.aborted,
        callerAborted,
        started: progress.started,
        callerReason: callerSignal?.reason,
      });
    }
    // This call's signature too: an echo of the Authorization header must not reach anyone.
    const scrub = (t: string, max?: number) =>
      redactUpstreamText(t, [authorization, authorization.split('Signature=')[1], ...secrets], max);
    return parseEnvelope<T>(action, status, text, scrub);
  }

  return {
    endpoint,
    service,
    version,
    region,
    call,
    submitJob: async (kind, body, opts) =>
      checkSubmitResponse(kind.submitAction, await call<SubmitJobResponse>(kind.submitAction, body, opts)),
    queryJob: async (kind, jobId, opts) =>
      checkQueryResponse(
        kind.queryAction,
        await call<QueryJobResponse>(kind.queryAction, { JobId: jobId }, opts),
        scrubStatic,
      ),
    close: () => pool.close(),
  };
}

/** Whether undici started writing this request to a socket (so some of it may have reached Tencent). */
interface Progress {
  started: boolean;
}

/**
 * An interceptor that notes when the request is handed to a socket. undici calls `onRequestStart`
 * right before it writes the request; a request whose signal aborted earlier is aborted inside that
 * call and never written, so `started` stays false for it.
 */
function trackStart(progress: Progress): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) =>
    dispatch(
      opts,
      new Proxy(handler, {
        get(target, key) {
          if (key === 'onRequestStart') {
            return (controller: Dispatcher.DispatchController, context: unknown) => {
              target.onRequestStart?.(controller, context);
              if (!controller.aborted) progress.started = true;
            };
          }
          const value: unknown = Reflect.get(target, key);
          // Bound to the real handler: undici's handlers keep their state in private fields.
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    );
}

/**
 * undici notices an abort of a request still waiting for a connection only once the connection is
 * made (or fails). Such a request is never written, so the caller need not wait: reject at once.
 * After the request started, undici itself rejects promptly with the signal's reason.
 */
function rejectEarlyOnAbort(
  pending: Promise<Dispatcher.ResponseData>,
  callerSignal: AbortSignal | undefined,
  progress: Progress,
): Promise<Dispatcher.ResponseData> {
  if (!callerSignal) return pending;
  return new Promise((resolve, reject) => {
    let settled = false;
    const onAbort = () => {
      if (progress.started || settled) return;
      settled = true;
      reject(callerSignal.reason);
    };
    callerSignal.addEventListener('abort', onAbort, { once: true });
    pending
      .then(
        (res) => {
          // Cannot happen for an unstarted request, but never leave a body unread on the socket.
          if (settled) {
            void res.body.dump().catch(() => {});
            return;
          }
          settled = true;
          resolve(res);
        },
        (err: unknown) => {
          if (settled) return;
          settled = true;
          reject(err);
        },
      )
      .catch(() => {})
      .finally(() => callerSignal.removeEventListener('abort', onAbort));
  });
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string')
    return err.code;
  return undefined;
}

/** Decides, per failure, whether the request may have reached Tencent: that alone gates Submit retries. */
function classifyTransportError(
  err: unknown,
  action: string,
  timeouts: TencentTimeouts,
  how: { totalTimedOut: boolean; callerAborted: boolean; started: boolean; callerReason: unknown },
): Error {
  if (err instanceof undiciErrors.ConnectTimeoutError) {
    return new UpstreamTimeoutError({ action, phase: 'connect', timeoutMs: timeouts.connectMs, cause: err });
  }
  if (err instanceof undiciErrors.HeadersTimeoutError) {
    return new UpstreamTimeoutError({ action, phase: 'headers', timeoutMs: timeouts.headersMs, cause: err });
  }
  if (err instanceof undiciErrors.BodyTimeoutError) {
    return new UpstreamTimeoutError({ action, phase: 'body', timeoutMs: timeouts.bodyMs, cause: err });
  }
  // The caller's signal (undici rethrows its reason, or RequestAbortedError for a reason-less one).
  if (how.callerAborted) {
    return new UpstreamAbortedError({ action, mayHaveReached: how.started, cause: how.callerReason });
  }
  if (how.totalTimedOut) {
    return new UpstreamTimeoutError({ action, phase: 'total', timeoutMs: timeouts.totalMs, cause: err });
  }
  const code = errorCode(err) ?? errorCode(err instanceof Error ? err.cause : undefined);
  if (code && NOT_SENT_CODES.has(code)) {
    return new UpstreamTransportError(`${action}: cannot connect to Tencent (${code})`, {
      action,
      mayHaveReached: false,
      cause: err,
    });
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new UpstreamTransportError(`${action}: connection failed after sending (${code ?? detail})`, {
    action,
    mayHaveReached: true,
    cause: err,
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Scrub = (text: string, max?: number) => string;

function parseEnvelope<T extends object>(
  action: string,
  status: number,
  text: string,
  scrub: Scrub,
): T & { RequestId: string } {
  if (status !== 200) {
    // 503/429 come from the front door before the API ran; any other status leaves the outcome unknown.
    return throwHttp(action, status, scrub(text.slice(0, 400), 120), status !== 503 && status !== 429);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new UpstreamTransportError(`${action}: answer is not JSON`, {
      action,
      mayHaveReached: true,
      cause,
    });
  }
  const response = isObject(data) ? data.Response : undefined;
  if (!isObject(response)) {
    throw new UpstreamTransportError(`${action}: answer has no Response envelope`, {
      action,
      mayHaveReached: true,
    });
  }
  const requestId =
    typeof response.RequestId === 'string' ? scrub(response.RequestId, MAX_UPSTREAM_TOKEN) : undefined;
  const error = response.Error;
  if (isObject(error)) {
    const e = error as Partial<TencentErrorBody>;
    throw new TencentApiError({
      action,
      tencentCode: typeof e.Code === 'string' ? scrub(e.Code, MAX_UPSTREAM_TOKEN) : 'UnknownError',
      message: typeof e.Message === 'string' ? scrub(e.Message) : '',
      requestId,
    });
  }
  if (!requestId) {
    throw new UpstreamTransportError(`${action}: answer has no RequestId`, { action, mayHaveReached: true });
  }
  return { ...response, RequestId: requestId } as TencentEnvelope<T>['Response'] as T & { RequestId: string };
}

function throwHttp(action: string, status: number, text: string, mayHaveReached: boolean): never {
  throw new UpstreamTransportError(`${action}: HTTP ${status} ${text.replace(/\s+/g, ' ')}`, {
    action,
    mayHaveReached,
    httpStatus: status,
  });
}

const STATUSES = new Set(['WAIT', 'RUN', 'DONE', 'FAIL']);

/** The boundary check: a Submit answer we cannot read would lose a paid job, so say exactly what is wrong. */
function checkSubmitResponse(action: string, res: SubmitJobResponse): SubmitJobResponse {
  if (typeof res.JobId !== 'string' || res.JobId === '') {
    throw new UpstreamTransportError(`${action}: answer has no JobId`, {
      action,
      mayHaveReached: true,
      requestId: res.RequestId,
    });
  }
  return { JobId: res.JobId, RequestId: res.RequestId };
}

function partsOf(res: QueryJobResponse): unknown {
  return (res as QueryPartJobResponse).PartSegmentationInfo;
}

function checkQueryResponse(action: string, res: QueryJobResponse, scrub: Scrub): QueryJobResponse {
  if (!STATUSES.has(res.Status)) {
    throw new UpstreamTransportError(
      `${action}: unknown Status ${scrub(JSON.stringify(res.Status) ?? '', 100)}`,
      {
        action,
        mayHaveReached: true,
        requestId: res.RequestId,
      },
    );
  }
  const files = Array.isArray(res.ResultFile3Ds) ? res.ResultFile3Ds.filter(isObject) : [];
  return {
    Status: res.Status,
    // A FAIL's code and message become the job's errorCode and errorMessage, shown to clients.
    ErrorCode: typeof res.ErrorCode === 'string' ? scrub(res.ErrorCode, MAX_UPSTREAM_TOKEN) : '',
    ErrorMessage: typeof res.ErrorMessage === 'string' ? scrub(res.ErrorMessage) : '',
    ResultFile3Ds: files.map((f) => ({
      ...(typeof f.Type === 'string' ? { Type: f.Type } : {}),
      ...(typeof f.Url === 'string' ? { Url: f.Url } : {}),
      ...(typeof f.PreviewImageUrl === 'string' ? { PreviewImageUrl: f.PreviewImageUrl } : {}),
    })),
    // QueryHunyuan3DPartJob's segmentation data (JSON text, docs/hunyuan-api.md §2.5), kept as Tencent
    // sent it.
    ...(typeof partsOf(res) === 'string' ? { PartSegmentationInfo: partsOf(res) } : {}),
    RequestId: res.RequestId,
  };
}
