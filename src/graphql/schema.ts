import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { createBuilder } from './builder.ts';
import { addJobFields } from './job.ts';

/** Builds the schema from scratch: no side effects, so codegen and tests can call it freely. */
export function buildSchema(): GraphQLSchema {
  const builder = createBuilder();
  addJobFields(builder);
  return lexicographicSortSchema(builder.toSchema());
}
