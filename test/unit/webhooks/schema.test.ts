import { type GraphQLArgument, type GraphQLField, GraphQLObjectType, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../src/graphql/schema.ts';

const schema = buildSchema();

function fields(name: string) {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${name} is not an object type`);
  return type.getFields();
}

function signature(field: GraphQLField<unknown, unknown> | undefined): string {
  if (!field) return '(missing)';
  const args = field.args.map((a: GraphQLArgument) => `${a.name}: ${a.type}`).join(', ');
  return `${field.name}${args ? `(${args})` : ''}: ${field.type}`;
}

describe('webhooks in the public contract (docs/design.md)', () => {
  it('has the webhook queries and mutations', () => {
    // Arguments print sorted (lexicographicSortSchema); clients pass them by name.
    expect(signature(fields('Mutation').createWebhook)).toBe(
      'createWebhook(events: [String!], url: String!): WebhookEndpoint!',
    );
    expect(signature(fields('Query').webhooks)).toBe('webhooks: [WebhookEndpoint!]!');
    expect(signature(fields('Mutation').deleteWebhook)).toBe('deleteWebhook(id: ID!): Boolean!');
    expect(signature(fields('Mutation').rotateWebhookSecret)).toBe(
      'rotateWebhookSecret(id: ID!): WebhookEndpoint!',
    );
    expect(signature(fields('Mutation').enableWebhook)).toBe('enableWebhook(id: ID!): WebhookEndpoint!');
    expect(signature(fields('Query').webhookDeliveries)).toBe(
      'webhookDeliveries(endpointId: ID!, first: Int): [WebhookDelivery!]!',
    );
    expect(signature(fields('Mutation').replayWebhookDelivery)).toBe(
      'replayWebhookDelivery(id: ID!): WebhookDelivery!',
    );
  });

  it('shows an endpoint and a delivery with the fields clients read', () => {
    const endpoint = fields('WebhookEndpoint');
    expect(
      Object.fromEntries(
        ['id', 'url', 'events', 'secret', 'createdAt', 'disabled'].map((f) => [f, String(endpoint[f]?.type)]),
      ),
    ).toEqual({
      id: 'ID!',
      url: 'String!',
      events: '[String!]!',
      secret: 'String',
      createdAt: 'DateTime!',
      disabled: 'Boolean!',
    });
    const delivery = fields('WebhookDelivery');
    expect(
      Object.fromEntries(
        [
          'id',
          'eventId',
          'type',
          'status',
          'attempts',
          'lastAttemptAt',
          'nextAttemptAt',
          'responseStatus',
          'lastError',
        ].map((f) => [f, String(delivery[f]?.type)]),
      ),
    ).toEqual({
      id: 'ID!',
      eventId: 'ID!',
      type: 'String!',
      status: 'WebhookDeliveryStatus!',
      attempts: 'Int!',
      lastAttemptAt: 'DateTime',
      nextAttemptAt: 'DateTime',
      responseStatus: 'Int',
      lastError: 'String',
    });
    const status = schema.getType('WebhookDeliveryStatus');
    expect(isEnumType(status) && status.getValues().map((v) => v.name)).toEqual([
      'DISABLED',
      'FAILED',
      'PENDING',
      'SUCCEEDED',
    ]);
  });
});
