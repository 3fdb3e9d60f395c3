import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { onStop, ready } from '../lib/child.ts';

/**
 * The floor of what graphql-yoga costs: defaults, one field, `{ hello }`. With `no-body-limit`,
 * also without yoga's request-body pipe (`maxRequestBodySize: false`), which the gateway replaces.
 */
const yoga = createYoga({
  ...(process.argv[2] === 'no-body-limit' ? { maxRequestBodySize: false as const } : {}),
  schema: createSchema({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
  }),
  logging: false,
});
const server = createServer(yoga);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
onStop(() => new Promise<void>((resolve) => server.close(() => resolve())));
ready({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
