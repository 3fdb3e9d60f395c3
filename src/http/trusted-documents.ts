import { createHash } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Authenticator } from './auth.ts';

/**
 * Trusted documents (TRUSTED_DOCUMENTS, README "Trusted documents"): non-admin keys may send only the
 * operations of the project's own clients, registered at build time (scripts/trusted-documents.mjs).
 *
 * A registered document may be sent as its exact text (what the clients do) or by its sha256 alone:
 * `extensions.persistedQuery.sha256Hash` (Apollo's form, also what yoga's persisted-operations plugin
 * reads) or `documentId` (the GraphQL over HTTP proposal's, bare or as `sha256:<hex>`).
 *
 * Not @graphql-yoga/plugin-persisted-operations: it refuses every request that carries a text when
 * arbitrary operations are off, including a registered one, and it sees nothing of graphql-ws.
 *
 * Two hooks: onParams turns a hash into its text (HTTP, SSE, GET); onParse refuses a text that is not
 * registered. Every transport parses through yoga's envelop, graphql-ws included (server.ts), so
 * the check is in one place and runs before parse: an unregistered document is refused without a
 * syntax or validation error that would tell its sender about the schema.
 */

export const OPERATION_NOT_TRUSTED = 'OPERATION_NOT_TRUSTED';
export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

export function operationNotTrusted(): GraphQLError {
  return createGraphQLError(
    'This gateway accepts only its registered operations (TRUSTED_DOCUMENTS) from this API key',
    { extensions: { code: OPERATION_NOT_TRUSTED, http: { status: 403 } } },
  );
}

function persistedQueryNotFound(): GraphQLError {
  return createGraphQLError('No registered operation has this hash', {
    extensions: { code: PERSISTED_QUERY_NOT_FOUND, http: { status: 400 } },
  });
}

function badRequest(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The hash a request names its document by, if any. */
function documentIdOf(params: Record<string, unknown>, request: Request): string | undefined {
  const persisted = isRecord(params.extensions) ? params.extensions.persistedQuery : undefined;
  if (isRecord(persisted) && typeof persisted.sha256Hash === 'string') return persisted.sha256Hash;
  // yoga's GET parser keeps only query, variables, operationName and extensions.
  const documentId =
    request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : params.documentId;
  if (typeof documentId === 'string' && documentId !== '') return documentId.replace(/^sha256:/, '');
  return undefined;
}

/** The key a request or graphql-ws operation carries, as app.ts's context factory reads it. */
function authorizationOf(context: Record<string, unknown>): string | undefined {
  const params = context.connectionParams;
  if (isRecord(params) && typeof params.authorization === 'string') return params.authorization;
  // Duck-typed: yoga's node adapter may hand over a ponyfill Request, not the global class.
  const headers = isRecord(context.request) ? context.request.headers : undefined;
  return isRecord(headers) && typeof headers.get === 'function'
    ? ((headers.get('authorization') as string | null) ?? undefined)
    : undefined;
}

export function useTrustedDocuments(opts: {
  /** sha256 (hex) of each document's text → the text. */
  documents: ReadonlyMap<string, string>;
  auth: Authenticator;
}): Plugin {
  const { documents, auth } = opts;
  const texts = new Set(documents.values());
  // Only a configured admin key is exempt. An open gateway makes everyone an admin viewer, but
  // an operator who sets TRUSTED_DOCUMENTS there means it for everyone.
  const isAdmin = (context: Record<string, unknown>) => {
    if (auth.open) return false;
    const result = auth.authenticate(authorizationOf(context));
    return result.ok && result.viewer.admin;
  };
  return {
    onParams({ params, request, setParams }) {
      const id = documentIdOf(params as unknown as Record<string, unknown>, request);
      if (id === undefined) return;
      if (typeof params.query === 'string' && params.query !== '') {
        // Both sent (Apollo's persisted queries do this): they must name the same document.
        if (sha256Hex(params.query) !== id) throw badRequest('The sha256 sent does not match the query sent');
        return;
      }
      const text = documents.get(id);
      if (text === undefined) throw persistedQueryNotFound();
      // Without `documentId`, which yoga would refuse as an unknown parameter.
      setParams({
        query: text,
        ...(params.operationName != null ? { operationName: params.operationName } : {}),
        ...(params.variables != null ? { variables: params.variables } : {}),
        ...(params.extensions != null ? { extensions: params.extensions } : {}),
      });
    },
    onParse({ params, context }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      if (texts.has(source)) return;
      if (isAdmin(context as Record<string, unknown>)) return;
      throw operationNotTrusted();
    },
  };
}
