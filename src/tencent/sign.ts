import { createHash, createHmac } from 'node:crypto';

/**
 * TC3-HMAC-SHA256, Tencent Cloud API 3.0 request signing (docs/hunyuan-api.md §3.2).
 * Pure: the clock is the `timestamp` parameter, so the published vectors reproduce exactly.
 */
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

export interface SignInput {
  secretId: string;
  secretKey: string;
  /** Credential-scope service: the host's first DNS label unless set explicitly. */
  service: string;
  /** Host as signed; real Tencent hosts carry no port. */
  host: string;
  method: 'POST' | 'GET';
  /** Exactly the Content-Type that is sent, byte for byte. */
  contentType: string;
  /** Exact bytes sent (POST) or '' for GET. */
  payload: string | Uint8Array;
  /** Unix seconds. */
  timestamp: number;
  /** RFC 3986 encoded query for GET, '' for POST. @default '' */
  canonicalQueryString?: string;
  /**
   * Extra headers to sign besides content-type and host, e.g. `{ 'x-tc-action': 'DescribeInstances' }`.
   * Names and values are lowercased and trimmed as the algorithm requires.
   */
  extraSignedHeaders?: Readonly<Record<string, string>>;
}

export interface SignResult {
  authorization: string;
  signature: string;
  canonicalRequest: string;
  stringToSign: string;
  credentialScope: string;
  signedHeaders: string;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, msg: string): Buffer {
  return createHmac('sha256', key).update(msg, 'utf8').digest();
}

/** UTC date of a Unix timestamp, as the credential scope wants it (`YYYY-MM-DD`). */
export function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/** The signing key chain; exported so the simulator and tests can check intermediate values. */
export function signingKey(secretKey: string, date: string, service: string): Buffer {
  const kDate = hmac(`TC3${secretKey}`, date);
  const kService = hmac(kDate, service);
  return hmac(kService, 'tc3_request');
}

export function canonicalHeaders(headers: Readonly<Record<string, string>>): {
  text: string;
  signedHeaders: string;
} {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.trim().toLowerCase(), value.trim().toLowerCase()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    text: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    signedHeaders: entries.map(([name]) => name).join(';'),
  };
}

export function sign3(input: SignInput): SignResult {
  const headers: Record<string, string> = {
    ...input.extraSignedHeaders,
    'content-type': input.contentType,
    host: input.host,
  };
  const { text, signedHeaders } = canonicalHeaders(headers);
  const canonicalRequest = [
    input.method,
    '/',
    input.canonicalQueryString ?? '',
    text,
    signedHeaders,
    sha256Hex(input.payload),
  ].join('\n');
  const date = utcDate(input.timestamp);
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const stringToSign = [
    TC3_ALGORITHM,
    String(input.timestamp),
    credentialScope,
    sha256Hex(canonicalRequest),
  ].join('\n');
  const signature = createHmac('sha256', signingKey(input.secretKey, date, input.service))
    .update(stringToSign, 'utf8')
    .digest('hex');
  const authorization = `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { authorization, signature, canonicalRequest, stringToSign, credentialScope, signedHeaders };
}

export interface ParsedAuthorization {
  secretId: string;
  date: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const AUTH_RE =
  /^TC3-HMAC-SHA256 Credential=([^/\s]+)\/(\d{4}-\d{2}-\d{2})\/([^/\s]+)\/tc3_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/** Parses an Authorization header; `undefined` when it is not a well-formed TC3 header. */
export function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const m = AUTH_RE.exec(header.trim());
  if (!m) return undefined;
  const [, secretId, date, service, signed, signature] = m;
  if (!secretId || !date || !service || !signed || !signature) return undefined;
  return { secretId, date, service, signedHeaders: signed.split(';'), signature };
}
