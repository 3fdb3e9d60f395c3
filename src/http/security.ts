import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type ValidationContext,
  type validate,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { useCostLimit } from '../graphql/cost-limit.ts';
import { useCsrfPrevention } from './csrf.ts';
import { type AllowedOrigins, DEFAULT_CORS_ORIGINS, originAllowed } from './origins.ts';

/**
 * Limits on what one request may ask for, so no document, however hostile, costs more than a
 * legitimate one. Each limit sits well above our own heaviest operations: `jobs(first: 100)` with
 * every field under both `edges { node }` and `nodes` (depth 5, cost ≈ 24,000), or 50 `job`
 * aliases with every field (≈ 2,400 tokens). The validation limits are validation rules, so yoga's
 * validation cache runs them once per distinct document; the token limit runs in the parser, whose
 * result yoga caches too.
 */
export const LIMITS = {
  /** Request body in bytes: an 8 MiB image in base64 plus the rest (Tencent's own limit is 10 MiB). */
  bodyBytes: 12_000_000,
  /** Aliased fields per operation (e.g. `a: job(id: …) b: job(id: …)`). */
  aliases: 50,
  /** Nesting of selection sets; `jobs { edges { node { resultFiles { url } } } }` is 5. */
  depth: 10,
  /** Lexical tokens in the document (names, punctuation, values). */
  tokens: 3_000,
  /** graphql-armor's cost: objects 2, scalars 1, × 1.5 per level, × `first` for a list. */
  cost: 30_000,
  /** Directives per operation. */
  directives: 20,
} as const;

export interface SecurityOptions {
  /** Allow `__schema` / `__type` queries. @default true */
  introspection?: boolean;
  /** Origins whose requests count as same-site for CSRF prevention (`*` exempts none). @default loopback */
  corsOrigins?: AllowedOrigins;
  /** Where refused malformed requests are noted (one line, no stack). */
  log?: Logger;
}

/**
 * armor reports a rejected document as "Syntax Error: …" and, by default, throws from inside
 * validation (which would skip the validation cache). Reporting to the validation context instead
 * makes the rejection an ordinary validation error: cached with the document, answered with
 * `GRAPHQL_VALIDATION_FAILED` and HTTP 400 (200 under `Accept: application/json`, as the
 * GraphQL-over-HTTP spec asks), never a 500.
 */
const report = (ctx: ValidationContext | null, error: GraphQLError): void => {
  ctx?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }),
  );
};
const asValidationError = { propagateOnRejection: false, onReject: [report] };

/** Rejects `__schema` / `__type` in every transport (HTTP, SSE and graphql-ws validate alike). */
function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

type Validate = typeof validate;

/**
 * graphql-js's validate() can throw instead of reporting: the single-field-subscription rule
 * evaluates `@include(if: 1)` and throws "Argument "if" has invalid value 1.", which would reach
 * the client without a code. Such a throw becomes an ordinary validation error. The wrapper is
 * built once per validate function, not per request.
 */
function useValidationNeverThrows(): Plugin {
  const wrapped = new WeakMap<Validate, Validate>();
  const wrap =
    (inner: Validate): Validate =>
    (schema, document, rules, typeInfo, options) => {
      try {
        return inner(schema, document, rules, typeInfo, options);
      } catch (err) {
        if (!(err instanceof GraphQLError)) throw err;
        return [
          new GraphQLError(err.message, {
            ...(err.nodes ? { nodes: err.nodes } : {}),
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        ];
      }
    };
  return {
    onValidate({ validateFn, setValidationFn }) {
      let fn = wrapped.get(validateFn);
      if (!fn) {
        fn = wrap(validateFn);
        wrapped.set(validateFn, fn);
      }
      setValidationFn(fn);
    },
  };
}

/**
 * yoga answers a body it has no parser for (text/plain, XML, no Content-Type) with a bare 415 and
 * no body; this says what to send instead. Runs after yoga's parsers have had their chance.
 */
function useSupportedContentType(): Plugin {
  return {
    onRequestParse({ request, requestParser }) {
      if (requestParser) return;
      const type = request.headers.get('content-type');
      throw createGraphQLError(
        `Unsupported Content-Type ${type === null ? '(none)' : JSON.stringify(type.slice(0, 100))}: ` +
          'send POST with Content-Type: application/json, or a GET with the query in the URL',
        { extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } } },
      );
    },
  };
}

/**
 * yoga parses `variables` and `extensions` of a GET query string (and of a form POST) with a bare
 * JSON.parse, whose SyntaxError it masks as a 500 (audit F12). Malformed JSON there is the client's
 * error: 400 BAD_REQUEST, as for a malformed JSON body.
 */
function useMalformedParams(log: Logger | undefined): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser(async (request) => {
        try {
          return await parse(request);
        } catch (err) {
          if (!(err instanceof SyntaxError)) throw err;
          // One line, no stack: the client's mistake, not the gateway's.
          log?.info(
            { code: 'BAD_REQUEST', method: request.method },
            'malformed variables or extensions refused',
          );
          throw createGraphQLError(
            'Malformed request parameters: `variables` and `extensions` must be JSON objects',
            // 400 under every Accept: the request is not a well-formed GraphQL-over-HTTP request.
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        }
      });
    },
  };
}

/**
 * GraphQL Armor's limits, no introspection when asked, CSRF prevention and a clear 415: yoga
 * plugins, for `createYoga({ plugins })` before the body limit.
 */
export function useSecurity(opts: SecurityOptions = {}): Plugin[] {
  const introspection = opts.introspection ?? true;
  const armor = EnvelopArmorPlugin({
    maxAliases: { n: LIMITS.aliases, ...asValidationError },
    maxDepth: { n: LIMITS.depth, ...asValidationError },
    // Armor multiplies by a literal `first` only, so `first: $n` slipped through (audit F4): the
    // cost rule is ours (src/graphql/cost-limit.ts), in the list below.
    costLimit: { enabled: false },
    maxDirectives: { n: LIMITS.directives, ...asValidationError },
    // A parser limit: the error is a syntax error (GRAPHQL_PARSE_FAILED).
    maxTokens: { n: LIMITS.tokens },
    // Without introspection, "Did you mean …?" would let a client map the schema field by field.
    blockFieldSuggestion: { enabled: !introspection },
  }) as Plugin;
  return [
    armor,
    ...(introspection ? [] : [useNoIntrospection()]),
    useCostLimit({ maxCost: LIMITS.cost }),
    useValidationNeverThrows(),
    useCsrfPrevention({ allowedOrigins: opts.corsOrigins ?? DEFAULT_CORS_ORIGINS }),
    useSupportedContentType(),
    useMalformedParams(opts.log),
  ];
}

/**
 * yoga's `cors` option: CORS headers only for allowed origins (`*`: any), none at all for others,
 * and never `Access-Control-Allow-Credentials` (the gateway reads no cookies: keys are bearer headers).
 */
export function corsFor(origins: AllowedOrigins) {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    return origin !== null && originAllowed(origin, origins)
      ? { origin: [origin], credentials: false }
      : false;
  };
}
