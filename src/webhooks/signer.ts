import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com, the scheme Svix and Replicate use):
 * the secret is `whsec_` + base64 of random bytes, and a delivery is signed as
 * `v1,<base64 HMAC-SHA256 over "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the bytes the
 * base64 stands for. Several signatures (a secret being rotated) go space-separated in one header.
 */

export const SECRET_PREFIX = 'whsec_';
/** Random bytes in a new secret; the spec asks for 24 to 64. */
export const SECRET_BYTES = 32;

export function newSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/** The key bytes of a `whsec_…` secret (the prefix is optional, as receivers' libraries accept). */
export function secretKey(secret: string): Buffer {
  const base64 = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = Buffer.from(base64, 'base64');
  if (key.length === 0) throw new TypeError('webhook secret: no key bytes after whsec_');
  return key;
}

/** One `v1,<base64>` signature of a message. */
export function signOne(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The `webhook-signature` header: one signature per secret, space-separated, in the order given. */
export function signatureHeader(
  secrets: readonly string[],
  id: string,
  timestamp: number,
  body: string,
): string {
  return secrets.map((secret) => signOne(secret, id, timestamp, body)).join(' ');
}

/** The three Standard Webhooks headers and the content type of one delivery attempt. */
export function webhookHeaders(
  secrets: readonly string[],
  id: string,
  timestampSeconds: number,
  body: string,
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signatureHeader(secrets, id, timestampSeconds, body),
  };
}
