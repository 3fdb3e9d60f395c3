import type { IncomingHttpHeaders } from 'node:http';
import {
  type Context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  ATTR_ERROR_TYPE,
  ATTR_EXCEPTION_MESSAGE,
  ATTR_EXCEPTION_TYPE,
} from '@opentelemetry/semantic-conventions';
import { type DocumentNode, type GraphQLError, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { maskError } from '../graphql/errors.ts';

/** OpenTelemetry's GraphQL attributes (incubating, so copied rather than imported). */
const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';

/** Where the incoming trace context is: the fetch Request (HTTP, SSE) or the upgrade request (graphql-ws). */
interface CarrierContext {
  request?: Request | undefined;
  req?: { headers: IncomingHttpHeaders } | undefined;
  params?: { operationName?: string | null | undefined } | undefined;
}

type Carrier = Headers | IncomingHttpHeaders;

// By shape, not `instanceof Headers`: yoga's requests may carry a ponyfill's Headers class.
const isFetchHeaders = (carrier: Carrier): carrier is Headers =>
  typeof (carrier as Partial<Headers>).get === 'function';

const getter: TextMapGetter<Carrier> = {
  keys: (carrier) => (isFetchHeaders(carrier) ? [...carrier.keys()] : Object.keys(carrier)),
  get(carrier, key) {
    if (isFetchHeaders(carrier)) return carrier.get(key) ?? undefined;
    return carrier[key.toLowerCase()];
  },
};

const propagator = new W3CTraceContextPropagator();

/** The incoming W3C trace context (`traceparent`, `tracestate`), or the root when there is none. */
function incomingContext(context: CarrierContext): Context {
  const headers = context.request?.headers ?? context.req?.headers;
  return headers ? propagator.extract(ROOT_CONTEXT, headers, getter) : ROOT_CONTEXT;
}

function recordErrors(span: Span, errors: readonly (GraphQLError | Error)[] | undefined): void {
  if (!errors?.length) return;
  const codes: string[] = [];
  for (const error of errors) {
    // The code the client is answered with (masking runs after this plugin sees the errors).
    const extensions = (maskError(error, 'Unexpected error.', false) as Partial<GraphQLError>).extensions;
    const code = typeof extensions?.code === 'string' ? extensions.code : 'GraphQLError';
    codes.push(code);
    span.addEvent('exception', { [ATTR_EXCEPTION_TYPE]: code, [ATTR_EXCEPTION_MESSAGE]: error.message });
  }
  span.setAttribute(ATTR_ERROR_TYPE, codes[0] as string);
  span.setStatus({ code: SpanStatusCode.ERROR, message: errors[0]?.message ?? '' });
}

export type OperationSpans = ReturnType<typeof useOperationSpans>;

/**
 * A span per GraphQL operation (README "Traces"): `graphql.<type> <name>`, a child of the request's
 * `traceparent` when it has one, its errors recorded. Resolvers get the span's context as
 * `ctx.trace`, so a submit's job spans join the operation's trace. A subscription's span lasts until
 * its stream ends. Operations that fail validation get their span too, ended at once.
 */
export function useOperationSpans(tracer: Tracer): Plugin<{ trace?: Context | undefined }> {
  function start(document: DocumentNode, operationName: string | null | undefined, context: CarrierContext) {
    const operation = getOperationAST(document, operationName ?? undefined);
    const type = operation?.operation ?? 'unknown';
    const name = operation?.name?.value ?? operationName ?? undefined;
    const parent = incomingContext(context);
    const span = tracer.startSpan(
      name ? `graphql.${type} ${name}` : `graphql.${type}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          [ATTR_GRAPHQL_OPERATION_TYPE]: type,
          ...(name ? { [ATTR_GRAPHQL_OPERATION_NAME]: name } : {}),
        },
      },
      parent,
    );
    return { span, trace: trace.setSpan(parent, span) };
  }

  return {
    onValidate({ params, context }) {
      return ({ valid, result }) => {
        if (valid) return;
        const carrier = context as CarrierContext;
        const { span } = start(params.documentAST, carrier.params?.operationName, carrier);
        recordErrors(span, result);
        span.end();
      };
    },
    onExecute({ args, extendContext }) {
      const { span, trace: spanContext } = start(
        args.document,
        args.operationName,
        args.contextValue as CarrierContext,
      );
      extendContext({ trace: spanContext });
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) recordErrors(span, result.errors);
          span.end();
        },
      };
    },
    onSubscribe({ args, extendContext }) {
      const { span, trace: spanContext } = start(
        args.document,
        args.operationName,
        args.contextValue as CarrierContext,
      );
      extendContext({ trace: spanContext });
      return {
        onSubscribeError({ error }) {
          span.recordException(error instanceof Error ? error : String(error));
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        },
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) {
            recordErrors(span, result.errors);
            span.end();
            return;
          }
          return {
            onNext({ result: next }) {
              recordErrors(span, next.errors);
            },
            onEnd() {
              span.end();
            },
          };
        },
      };
    },
  };
}
