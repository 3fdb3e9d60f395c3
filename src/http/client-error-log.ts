import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { clientMistakeCode } from '../graphql/errors.ts';
import type { RequestIds } from './request-id.ts';

/**
 * Client mistakes (bad input, unknown ids, limits) as one info line each, with their code and the
 * request id, so an operator can answer "why was my call refused" without them reading as server
 * faults; yoga's own error-level line for them is lowered to debug in app.ts. Errors of a stream
 * after its first result are the transport's to report.
 */
export function useClientErrorLog(opts: { log: Logger; requestIds: RequestIds }): Plugin {
  return {
    onExecutionResult({ result, request }) {
      if (!result || Symbol.asyncIterator in result) return;
      for (const err of result.errors ?? []) {
        const code = clientMistakeCode(err);
        if (code === undefined) continue;
        opts.log.info(
          { requestId: opts.requestIds.of(request), code, path: err.path?.join('.'), message: err.message },
          'client error',
        );
      }
    },
  };
}
