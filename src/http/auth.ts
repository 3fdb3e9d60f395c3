import { createHash, timingSafeEqual } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
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

/** The error of a request without a valid key: 401 with `WWW-Authenticate: Bearer`. */
export function unauthenticated(reason: string): GraphQLError {
  return createGraphQLError(reason, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
    },
  });
}

/**
 * Checks the key of an HTTP or SSE request as soon as its GraphQL parameters are read, before the
 * document is parsed or validated: without a key, a client learns nothing about the schema, not
 * even whether a field exists (audit F14: validation errors came before the 401). graphql-ws
 * sockets are checked once, at connection (server.ts). The context factory checks again and
 * makes the viewer.
 */
export function useAuthentication(auth: Authenticator): Plugin {
  return {
    onParams({ request }) {
      if (auth.open) return;
      const result = auth.authenticate(request.headers.get('authorization'));
      if (!result.ok) throw unauthenticated(result.reason);
    },
  };
}
