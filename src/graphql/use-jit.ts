import { useGraphQlJit } from '@envelop/graphql-jit';
import { type ExecutionArgs, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Queries and mutations run as JavaScript compiled once per document by graphql-jit, instead of
 * graphql-js walking the document on every request. Subscriptions keep graphql-js.
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
