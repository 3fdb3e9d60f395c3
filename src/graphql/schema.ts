import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { createBuilder } from './builder.ts';
import { addConvertFields } from './convert.ts';
import { addJobFields } from './job.ts';
import { addPipelineFields } from './pipeline.ts';
import { addWebhookFields } from './webhooks.ts';

/** Builds the schema from scratch: no side effects, so codegen and tests can call it freely. */
export function buildSchema(): GraphQLSchema {
  const builder = createBuilder();
  addJobFields(builder);
  addConvertFields(builder);
  addPipelineFields(builder);
  addWebhookFields(builder);
  return lexicographicSortSchema(builder.toSchema());
}
