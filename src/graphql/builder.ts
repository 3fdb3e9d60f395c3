import SchemaBuilder from '@pothos/core';
import type { GraphQLContext } from './context.ts';

export type Builder = ReturnType<typeof createBuilder>;

/** A new builder per schema build: no module-level state, so tests and codegen import freely. */
export function createBuilder() {
  const builder = new SchemaBuilder<{
    Context: GraphQLContext;
    DefaultFieldNullability: false;
    Scalars: {
      DateTime: { Input: Date; Output: Date | number };
    };
  }>({ defaultFieldNullability: false });

  builder.scalarType('DateTime', {
    description: 'An instant as an ISO-8601 string in UTC, e.g. 2026-11-25T07:00:00.000Z.',
    serialize: (value) => new Date(value).toISOString(),
    parseValue: (value) => {
      const d = typeof value === 'string' ? new Date(value) : undefined;
      if (!d || Number.isNaN(d.getTime())) throw new TypeError('DateTime must be an ISO-8601 string');
      return d;
    },
  });
  builder.queryType({});
  builder.mutationType({});
  builder.subscriptionType({});
  return builder;
}
