import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKey } from '../config.ts';
import type { Viewer } from '../graphql/context.ts';

/**
 * API keys from GATEWAY_API_KEYS / GATEWAY_ADMIN_KEYS. With none configured the gateway is open
 * and everyone is the anonymous viewer ''. Keys are compared as hashes in constant time.
 */
export type AuthResult = { ok: true; viewer: Viewer } | { ok: false; reason: string };

export interface Authenticator {
  readonly open: boolean;
  /** `authorization` is the header value (HTTP, SSE) or the graphql-ws connectionParams field. */
  authenticate(authorization: string | undefined | null): AuthResult;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function createAuthenticator(keys: readonly ApiKey[]): Authenticator {
  const known = keys.map((k) => ({ ...k, hash: digest(k.key) }));
  // An open gateway has a single tenant: it may see everything, as an admin would.
  const anonymous: AuthResult = { ok: true, viewer: { name: '', admin: true } };
  return {
    open: known.length === 0,
    authenticate(authorization) {
      if (known.length === 0) return anonymous;
      if (!authorization) return { ok: false, reason: 'Missing API key: send Authorization: Bearer <key>' };
      const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!m?.[1]) return { ok: false, reason: 'Malformed Authorization header: expected "Bearer <key>"' };
      const hash = digest(m[1]);
      const match = known.find((k) => timingSafeEqual(k.hash, hash));
      if (!match) return { ok: false, reason: 'Unknown API key' };
      return { ok: true, viewer: { name: match.name, admin: match.admin } };
    },
  };
}
