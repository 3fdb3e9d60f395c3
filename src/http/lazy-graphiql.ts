import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * yoga's `renderGraphiQL`, loading `@graphql-yoga/render-graphiql` on the first GraphiQL request
 * instead of at start-up. The package inlines GraphiQL's assets (about 9 MB of JavaScript, so the
 * page works offline); importing it eagerly cost about 0.5 s of start-up and 50 MB of RSS in the
 * cold-start benchmark (BENCHMARKS.md), for a page most deployments rarely open.
 */
let loading: Promise<(opts: GraphiQLOptions) => string> | undefined;

export function renderGraphiQLLazily(opts: GraphiQLOptions): Promise<string> {
  loading ??= import('@graphql-yoga/render-graphiql').then((m) => m.renderGraphiQL);
  return loading.then((render) => render(opts));
}
