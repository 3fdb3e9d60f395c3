import { useGraphQlJit } from '@envelop/graphql-jit';
import { type ExecutionArgs, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Queries and mutations run as JavaScript compiled once per document by graphql-jit, instead of
 * graphql-js walking the document on every request: about a quarter of the CPU of a cached
 * `job(id)` in process (BENCHMARKS.md). Subscriptions keep graphql-js: graphql-jit starts their
 * source stream differently (the subscription metric missed live streams), and delivering an
 * event is not where fan-out time goes (200 subscribers of one job get it within ~15 ms).
 */
export function useJit(): Plugin {
  return useGraphQlJit(
    {},
    {
      enableIf: (args: ExecutionArgs) => {
        const op = getOperationAST(args.document, args.operationName ?? undefined);
        return op?.operation === 'query' || op?.operation === 'mutation';
      },
    },
    // envelop's Plugin<{}> and yoga's Plugin differ only in their context type parameter.
  ) as unknown as Plugin;
}
