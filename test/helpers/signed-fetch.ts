import { type IncomingHttpHeaders, request } from 'node:http';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { sign3 } from '../../src/tencent/sign.ts';

/**
 * A tiny signed API 3.0 caller for simulator tests. It uses node:http rather than global fetch
 * because fetch silently replaces a `Host` header, and the host spellings are part of what we test.
 */
export interface SignedCall {
  action: string;
  /** An object is sent as JSON; a string or bytes are sent as is. @default {} */
  body?: unknown;
  /** @default '2023-09-01' */
  version?: string;
  /** Credential-scope service. @default 'hunyuan' */
  service?: string;
  /** `null` leaves X-TC-Region out. @default 'ap-singapore' */
  region?: string | null;
  /** @default DEV_SECRET_ID */
  secretId?: string;
  /** @default DEV_SECRET_KEY */
  secretKey?: string;
  /** Unix seconds. @default the current time */
  timestamp?: number;
  /** Host header as sent. @default the URL's host:port */
  host?: string;
  /** Host as signed. @default `host` */
  signHost?: string;
  /** @default 'application/json' */
  contentType?: string;
  /** Signed besides content-type and host, e.g. `{ 'x-tc-action': action }`. */
  extraSignedHeaders?: Record<string, string>;
  /** Unsigned extra headers; they override the computed ones. */
  headers?: Record<string, string>;
  /** Replaces the computed Authorization; `null` omits it. */
  authorization?: string | null;
  /** @default 'POST' */
  method?: string;
}

export interface ApiError {
  Code: string;
  Message: string;
}

export interface ApiResponse {
  RequestId: string;
  Error?: ApiError;
  [field: string]: unknown;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export function rawRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

export async function signedRequest(baseUrl: string, call: SignedCall): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const payload =
    typeof call.body === 'string' || call.body instanceof Uint8Array
      ? call.body
      : JSON.stringify(call.body ?? {});
  const host = call.host ?? url.host;
  const contentType = call.contentType ?? 'application/json';
  const timestamp = call.timestamp ?? Math.floor(Date.now() / 1000);
  const signed = sign3({
    secretId: call.secretId ?? DEV_SECRET_ID,
    secretKey: call.secretKey ?? DEV_SECRET_KEY,
    service: call.service ?? 'hunyuan',
    host: call.signHost ?? host,
    method: 'POST',
    contentType,
    payload,
    timestamp,
    ...(call.extraSignedHeaders ? { extraSignedHeaders: call.extraSignedHeaders } : {}),
  });
  const headers: Record<string, string> = {
    host,
    'content-type': contentType,
    'x-tc-action': call.action,
    'x-tc-version': call.version ?? '2023-09-01',
    'x-tc-timestamp': String(timestamp),
  };
  const region = call.region === undefined ? 'ap-singapore' : call.region;
  if (region !== null) headers['x-tc-region'] = region;
  if (call.authorization !== null) headers.authorization = call.authorization ?? signed.authorization;
  return rawRequest(baseUrl, {
    method: call.method ?? 'POST',
    headers: { ...headers, ...call.headers },
    body: payload,
  });
}

/** Signs, sends, and returns the envelope's `Response` (success fields or `Error`). */
export async function callApi(baseUrl: string, call: SignedCall): Promise<ApiResponse> {
  const res = await signedRequest(baseUrl, call);
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${res.body.toString('utf8').slice(0, 200)}`);
  const envelope = JSON.parse(res.body.toString('utf8')) as { Response: ApiResponse };
  return envelope.Response;
}

/** The error code of a call, or 'OK'. */
export async function callCode(baseUrl: string, call: SignedCall): Promise<string> {
  return (await callApi(baseUrl, call)).Error?.Code ?? 'OK';
}
