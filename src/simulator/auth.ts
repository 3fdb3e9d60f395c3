import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import {
  canonicalHeaders,
  type ParsedAuthorization,
  parseAuthorization,
  sha256Hex,
  signingKey,
  TC3_ALGORITHM,
  utcDate,
} from '../tencent/sign.ts';
import { defaultMessage, SimulatorApiError } from './api-error.ts';
import type { SimulatorCredential } from './options.ts';
import { hostName } from './products.ts';

/** TC3-HMAC-SHA256 verification (docs/hunyuan-api.md §3.2), recomputed from the request as received. */

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

export function readAuthorization(headers: IncomingHttpHeaders): ParsedAuthorization {
  const raw = header(headers, 'authorization');
  const parsed = raw === undefined ? undefined : parseAuthorization(raw);
  if (!parsed) {
    throw new SimulatorApiError(
      'AuthFailure.InvalidAuthorization',
      `The Authorization header is ${raw === undefined ? 'missing' : 'malformed'}; expected \`TC3-HMAC-SHA256 Credential=<SecretId>/<YYYY-MM-DD>/<service>/tc3_request, SignedHeaders=content-type;host, Signature=<64 hex>\`.`,
    );
  }
  if (!parsed.signedHeaders.includes('content-type') || !parsed.signedHeaders.includes('host')) {
    throw new SimulatorApiError(
      'AuthFailure.InvalidAuthorization',
      `SignedHeaders must include content-type and host (received \`${parsed.signedHeaders.join(';')}\`).`,
    );
  }
  return parsed;
}

export interface VerifyInput {
  method: string;
  headers: IncomingHttpHeaders;
  /** Exact body bytes as received. */
  body: Uint8Array;
  /** Canonical query string: '' for POST. */
  query: string;
  auth: ParsedAuthorization;
  /** The product's credential-scope service. */
  service: string;
  credentials: readonly SimulatorCredential[];
  nowMs: number;
  maxSkewSeconds: number;
}

function signatureFailure(detail: string): SimulatorApiError {
  const message = `${defaultMessage('AuthFailure.SignatureFailure')} ${detail}`.trim();
  return new SimulatorApiError('AuthFailure.SignatureFailure', message);
}

/** The timestamp the request was signed at, in Unix seconds. */
function readTimestamp(headers: IncomingHttpHeaders): number {
  const raw = header(headers, 'x-tc-timestamp')?.trim();
  if (!raw) {
    throw new SimulatorApiError(
      'MissingParameter',
      'The request is missing a required parameter `Timestamp` (X-TC-Timestamp).',
    );
  }
  if (!/^\d{1,12}$/.test(raw)) {
    throw new SimulatorApiError(
      'InvalidParameterValue',
      `X-TC-Timestamp must be Unix seconds (received \`${raw}\`).`,
    );
  }
  return Number(raw);
}

function expectedSignature(input: VerifyInput, secretKey: string, timestamp: number, host: string): Buffer {
  const values: Record<string, string> = {};
  for (const name of input.auth.signedHeaders) {
    const value = name === 'host' ? host : header(input.headers, name);
    if (value === undefined) throw signatureFailure(`The signed header \`${name}\` is not in the request.`);
    values[name] = value;
  }
  const { text, signedHeaders } = canonicalHeaders(values);
  const canonicalRequest = [input.method, '/', input.query, text, signedHeaders, sha256Hex(input.body)].join(
    '\n',
  );
  const scope = `${input.auth.date}/${input.service}/tc3_request`;
  const stringToSign = [TC3_ALGORITHM, String(timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  return createHmac('sha256', signingKey(secretKey, input.auth.date, input.service))
    .update(stringToSign, 'utf8')
    .digest();
}

/**
 * Returns the SecretId of a correctly signed request; throws the AuthFailure Tencent would answer.
 * The official Node SDK signs the host without the port while sending `Host: name:PORT`, so the
 * Host header as sent and the same header without `:port` are both accepted — no other spelling.
 */
export function verifySignature(input: VerifyInput): string {
  const timestamp = readTimestamp(input.headers);
  const { auth } = input;
  const credential = input.credentials.find((c) => c.secretId === auth.secretId);
  if (!credential) throw new SimulatorApiError('AuthFailure.SecretIdNotFound');
  const skew = Math.abs(timestamp - Math.floor(input.nowMs / 1000));
  if (skew > input.maxSkewSeconds) {
    throw new SimulatorApiError(
      'AuthFailure.SignatureExpire',
      `Signature expired: X-TC-Timestamp ${timestamp} is ${skew} s away from the server time ${Math.floor(input.nowMs / 1000)} (at most ${input.maxSkewSeconds} s allowed).`,
    );
  }
  if (auth.date !== utcDate(timestamp)) {
    throw signatureFailure(
      `The credential scope date \`${auth.date}\` must be the UTC date of X-TC-Timestamp (\`${utcDate(timestamp)}\`).`,
    );
  }
  if (auth.service !== input.service) {
    throw signatureFailure(
      `The credential scope service must be \`${input.service}\` (received \`${auth.service}\`).`,
    );
  }
  const hostHeader = header(input.headers, 'host') ?? '';
  const given = Buffer.from(auth.signature, 'hex');
  for (const host of new Set([hostHeader, hostName(hostHeader)])) {
    const expected = expectedSignature(input, credential.secretKey, timestamp, host);
    if (expected.length === given.length && timingSafeEqual(expected, given)) return credential.secretId;
  }
  throw signatureFailure('');
}
