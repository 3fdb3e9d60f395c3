import { readFileSync } from 'node:fs';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputObjectType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printGatewaySchema, SCHEMA_FILE } from '../../../src/graphql/print-schema.ts';
import { buildSchema } from '../../../src/graphql/schema.ts';

const schema = buildSchema();

function objectType(name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${name} is not an object type in the schema`);
  return type;
}

function inputType(name: string): GraphQLInputObjectType {
  const type = schema.getType(name);
  if (!isInputObjectType(type)) throw new Error(`${name} is not an input type in the schema`);
  return type;
}

/** `name(arg: Type, …): Type`, the way a client reads a field in the SDL. */
function signature(field: GraphQLField<unknown, unknown> | undefined): string {
  if (!field) return '(missing)';
  const args = field.args.map((a: GraphQLArgument) => `${a.name}: ${a.type}`).join(', ');
  return `${field.name}${args ? `(${args})` : ''}: ${field.type}`;
}

describe('schema/schema.graphql', () => {
  it('is the printed schema of the current code', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed, 'schema/schema.graphql is stale: run `npm run schema:print` and commit it').toBe(
      printGatewaySchema(),
    );
  });
});

describe('public contract (docs/design.md)', () => {
  it('has the job query, the submit and cancel mutations and the jobStatus subscription', () => {
    expect(signature(objectType('Query').getFields().job)).toBe('job(id: ID!): Job');
    expect(signature(objectType('Mutation').getFields().submitJob)).toMatch(
      /^submitJob\((.*, )?input: SubmitJobInput!(, .*)?\): Job!$/,
    );
    expect(signature(objectType('Mutation').getFields().cancelJob)).toBe('cancelJob(id: ID!): Job!');
    expect(signature(objectType('Subscription').getFields().jobStatus)).toBe('jobStatus(id: ID!): Job!');
    expect(signature(objectType('Mutation').getFields().convertModel)).toBe(
      'convertModel(file: ModelFileInput!, format: String!): ResultFile!',
    );
  });

  it('lists jobs with first, after and a status filter', () => {
    const jobs = objectType('Query').getFields().jobs;
    expect(jobs?.args.map((a) => `${a.name}: ${a.type}`).sort()).toEqual([
      'after: String',
      'first: Int',
      'status: JobStatus',
    ]);
    expect(String(jobs?.type)).toBe('JobConnection!');
  });

  it('has JobStatus with exactly QUEUED WAIT RUN DONE FAIL CANCELED', () => {
    const status = schema.getType('JobStatus');
    expect(isEnumType(status)).toBe(true);
    if (!isEnumType(status)) return;
    expect(status.getValues().map((v) => v.name)).toEqual(
      expect.arrayContaining(['QUEUED', 'WAIT', 'RUN', 'DONE', 'FAIL', 'CANCELED']),
    );
    expect(status.getValues()).toHaveLength(6);
  });

  it('has the Job fields clients read, with nullable error fields', () => {
    const job = objectType('Job').getFields();
    expect(String(job.id?.type)).toBe('ID!');
    expect(String(job.status?.type)).toBe('JobStatus!');
    expect(String(job.errorCode?.type)).toBe('String');
    expect(String(job.errorMessage?.type)).toBe('String');
    expect(String(job.resultFiles?.type)).toBe('[ResultFile!]!');
    const file = objectType('ResultFile').getFields();
    expect(Object.keys(file)).toEqual(expect.arrayContaining(['type', 'url', 'previewImageUrl']));
    expect(String(file.url?.type)).toBe('String!');
  });

  it('has the SubmitJobInput fields, all optional', () => {
    const fields = inputType('SubmitJobInput').getFields();
    const names = [
      'prompt',
      'imageUrl',
      'imageBase64',
      'multiViewImages',
      'enablePBR',
      'faceCount',
      'generateType',
      'polygonType',
    ];
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(names));
    for (const name of names) expect(String(fields[name]?.type), name).not.toMatch(/!$/);
    expect(String(fields.faceCount?.type)).toBe('Int');
    expect(String(fields.enablePBR?.type)).toBe('Boolean');
  });
});
