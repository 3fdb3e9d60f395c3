import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/schema.ts';
import { startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * A bounded fuzz run: random documents built from the schema's own names plus garbage, random
 * variables (huge strings, wrong types, deep nesting) and random transports, all sent to one
 * gateway in-process. Every answer must be a client error or success (never 5xx, never an
 * unexpected INTERNAL_SERVER_ERROR), every error must carry a code, and the heap after GC must stay
 * flat between the first and the last half of the run. The PRNG is seeded: FUZZ_SEED=<n> replays a
 * failing run exactly.
 */

const COUNT = 2000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const MB = 1024 * 1024;

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

/** `gc()` even without --expose-gc: the flag can be turned on at run time for a new context. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

const schema = buildSchema();
const typeMap = schema.getTypeMap();
const userTypes = Object.values(typeMap).filter((t) => !t.name.startsWith('__'));
const allFieldNames = [
  ...new Set(
    userTypes.flatMap((t) => (isObjectType(t) || isInputObjectType(t) ? Object.keys(t.getFields()) : [])),
  ),
];
const enumValues = userTypes.flatMap((t) => (isEnumType(t) ? t.getValues().map((v) => v.name) : []));
const GARBAGE = [
  '{',
  '}',
  '(',
  ')',
  ':',
  '$',
  '...',
  '@',
  '!',
  '[',
  ']',
  '=',
  '|',
  '&',
  '#',
  '"',
  '\\',
  '\u0000',
  '𝕏',
  'é',
  '\n',
  ',',
  '__schema',
  '__type',
  'fragment',
  'on',
  'query',
  'mutation',
  'subscription',
  'null',
  'true',
  '-1',
  '1e999',
  '0x10',
  '"""',
  '@include(if: true)',
  '@skip(if: $x)',
  '@deprecated',
];
const TYPE_NAMES = [
  'ID',
  'ID!',
  'String',
  'String!',
  'Int',
  'Int!',
  'Float',
  'Boolean!',
  'JobStatus',
  'JobKind!',
  'SubmitJobInput!',
  '[ViewImageInput!]',
  '[ID!]!',
  'Job',
  'Nope',
  '[[Int]]',
];

function randomString(r: Rng): string {
  const roll = r.next();
  if (roll < 0.02) return 'x'.repeat(r.int(2 * MB)); // huge
  if (roll < 0.1) return 'é'.repeat(r.int(3000)); // over the prompt limit, multi-byte
  if (roll < 0.2)
    return r.pick([
      'job_0123456789abcdef',
      '1234567890123456789',
      'https://example.com/a.png',
      'file:///etc/passwd',
      'data:image/png;base64,AAAA',
      '../..',
      '\u0000\uffff',
    ]);
  return Array.from({ length: r.int(24) }, () => String.fromCharCode(32 + r.int(95))).join('');
}

function randomJson(r: Rng, depth = 0): unknown {
  const roll = r.int(depth > 4 ? 6 : 9);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return r.pick([0, -1, 2 ** 31, 2 ** 53 + 1, 1.5, -0, 1e308, 3000, 1500000, 100]);
    case 3:
    case 4:
    case 5:
      return randomString(r);
    case 6:
      return r.chance(0.05)
        ? JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`) // deep nesting
        : Array.from({ length: r.int(5) }, () => randomJson(r, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: r.int(6) }, () => [
          r.chance(0.6) ? r.pick(allFieldNames) : randomString(r).slice(0, 20),
          randomJson(r, depth + 1),
        ]),
      );
  }
}

/** A literal (or variable) for an argument of `type`, right or wrong on purpose. */
function randomValue(r: Rng, type: GraphQLInputType | undefined, vars: string[], depth: number): string {
  if (r.chance(0.15) || !type) {
    const name = `v${vars.length}`;
    vars.push(`$${name}: ${r.chance(0.8) && type ? String(type) : r.pick(TYPE_NAMES)}`);
    return `$${name}`;
  }
  if (r.chance(0.1)) return r.pick(['null', '1', '"x"', 'TRUE', '[1, "a"]', '{ a: 1 }', r.pick(enumValues)]);
  const named = getNamedType(type);
  if (isListType(isNonNullType(type) ? type.ofType : type) && r.chance(0.7)) {
    const inner = (isNonNullType(type) ? type.ofType : type) as { ofType: GraphQLInputType };
    return `[${Array.from({ length: r.int(3) }, () => randomValue(r, inner.ofType, vars, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(named)) return r.chance(0.8) ? r.pick(named.getValues()).name : r.pick(enumValues);
  if (isInputObjectType(named) && depth < 4) {
    const fields = Object.values(named.getFields());
    const chosen = fields.filter(() => r.chance(0.3));
    return `{ ${chosen.map((f) => `${f.name}: ${randomValue(r, f.type, vars, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(named)) {
    if (named.name === 'Int') return String(r.pick([0, 1, -5, 100, 101, 3000, 2 ** 31, 1e6]));
    if (named.name === 'Boolean') return r.pick(['true', 'false']);
    return JSON.stringify(randomString(r).slice(0, r.chance(0.05) ? 5000 : 200));
  }
  return '"?"';
}

function selection(
  r: Rng,
  type: GraphQLNamedType,
  vars: string[],
  depth: number,
  aliases: { n: number },
): string {
  if (!isObjectType(type) || depth > 14) return '';
  const fields = Object.values((type as GraphQLObjectType).getFields());
  const count = 1 + r.int(depth < 2 ? 6 : 3);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (r.chance(0.05)) {
      parts.push(r.pick(allFieldNames)); // maybe on the wrong type
      continue;
    }
    if (r.chance(0.04)) {
      parts.push(
        `... on ${r.pick(userTypes).name} { ${selection(r, type, vars, depth + 1, aliases) || '__typename'} }`,
      );
      continue;
    }
    const field = r.pick(fields) as GraphQLField<unknown, unknown>;
    const alias = r.chance(0.1) || aliases.n > 0 ? `a${aliases.n++}: ` : '';
    const args = field.args.filter(() => r.chance(0.7));
    const argText = args.length
      ? `(${args.map((a) => `${a.name}: ${randomValue(r, a.type, vars, 0)}`).join(', ')})`
      : '';
    const directive = r.chance(0.03) ? ` @include(if: ${r.pick(['true', 'false', '$x', '1'])})` : '';
    const inner = selection(r, getNamedType(field.type), vars, depth + 1, aliases);
    parts.push(`${alias}${field.name}${argText}${directive}${inner ? ` { ${inner} }` : ''}`);
  }
  return parts.join(' ');
}

function structuredDocument(r: Rng): string {
  const kind = r.pick(['query', 'query', 'query', 'mutation', 'subscription']);
  const root =
    kind === 'query'
      ? schema.getQueryType()
      : kind === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const vars: string[] = [];
  // Sometimes a batch of aliases, up to well past the limit.
  const aliases = { n: r.chance(0.05) ? 0 : -Infinity };
  let body = '';
  const repeat = aliases.n === 0 ? 1 + r.int(80) : 1;
  for (let i = 0; i < repeat; i++) body += `${selection(r, root as GraphQLObjectType, vars, 0, aliases)} `;
  const defs = vars.length ? `(${vars.join(', ')})` : '';
  return `${kind}${r.chance(0.3) ? ' Op' : ''}${defs} { ${body} }`;
}

function garbageDocument(r: Rng): string {
  const pool = [...GARBAGE, ...allFieldNames, ...enumValues];
  return Array.from({ length: r.int(r.chance(0.02) ? 6000 : 60) }, () => r.pick(pool)).join(
    r.pick([' ', '', '\n']),
  );
}

function mutate(r: Rng, doc: string): string {
  const chars = [...doc];
  for (let i = r.int(4); i >= 0; i--) {
    const at = r.int(chars.length + 1);
    if (r.chance(0.5)) chars.splice(at, 1);
    else chars.splice(at, 0, r.pick(GARBAGE));
  }
  return chars.join('');
}

function randomRequest(r: Rng): { url: string; init: RequestInit } {
  const roll = r.next();
  const doc =
    roll < 0.6 ? structuredDocument(r) : roll < 0.8 ? mutate(r, structuredDocument(r)) : garbageDocument(r);
  const variables = r.chance(0.6)
    ? Object.fromEntries(Array.from({ length: r.int(4) }, (_, i) => [`v${i}`, randomJson(r)]))
    : r.pick([null, undefined, 'nope', [1], 0]);
  const accept = r.pick([
    'application/json',
    'application/graphql-response+json',
    '*/*',
    'text/event-stream',
    'text/html',
    undefined,
  ]);
  const headers: Record<string, string> = accept ? { accept } : {};
  const transport = r.next();
  if (transport < 0.06 && doc.length < 2000) {
    const params = new URLSearchParams({ query: doc });
    if (variables !== undefined) params.set('variables', JSON.stringify(variables));
    return { url: `http://gateway.test/graphql?${params}`, init: { method: 'GET', headers } };
  }
  if (transport < 0.1) {
    const body = r.pick([
      '{',
      '[]',
      'null',
      '{"query": 1}',
      '{"query": "{ __typename }", "variables": "x"}',
      doc,
    ]);
    return {
      url: 'http://gateway.test/graphql',
      init: {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': r.pick([
            'application/json',
            'text/plain',
            'application/graphql',
            'multipart/form-data; boundary=x',
            'application/x-www-form-urlencoded',
          ]),
        },
        body,
      },
    };
  }
  const payload: Record<string, unknown> = { query: doc };
  if (variables !== undefined) payload.variables = variables;
  if (r.chance(0.05)) payload.operationName = r.pick(['Op', 'Nope', 1, null]);
  if (r.chance(0.03)) payload.extensions = randomJson(r);
  return {
    url: 'http://gateway.test/graphql',
    init: {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    },
  };
}

describe('fuzz', () => {
  it(`${COUNT} random documents and variables: no 5xx, every error coded, heap flat (seed ${SEED})`, async () => {
    const gc = collector();
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 50, runMs: 100 }, RAPID: { waitMs: 50, runMs: 100 } },
    });
    const { gateway } = await startTestGateway(sim);
    const r = prng(SEED);
    const heap: number[] = [];
    const failures: string[] = [];
    const statuses = new Map<number, number>();

    for (let i = 0; i < COUNT; i++) {
      if (i === COUNT / 2) {
        gc();
        heap.push(process.memoryUsage().heapUsed);
      }
      const { url, init } = randomRequest(r);
      const describeRequest = () =>
        `#${i} ${init.method} ${url.slice(0, 200)} ${String(init.body ?? '').slice(0, 300)}`;
      const ac = new AbortController();
      // An event stream (a subscription that started) would stay open: read its first event only.
      const res = await gateway.app.fetch(url, { ...init, signal: ac.signal });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const type = res.headers.get('content-type') ?? '';
      let text = '';
      if (type.includes('text/event-stream')) {
        const reader = res.body?.getReader();
        const first = await reader?.read();
        text = new TextDecoder().decode(first?.value);
        ac.abort();
      } else {
        text = await res.text();
      }
      if (res.status >= 500) failures.push(`${res.status} ${text.slice(0, 300)} ← ${describeRequest()}`);
      if (type.includes('json') && text) {
        const body = JSON.parse(text) as {
          errors?: Array<{ message: string; extensions?: { code?: string } }>;
        };
        for (const e of body.errors ?? []) {
          if (!e.extensions?.code)
            failures.push(`no code: ${e.message.slice(0, 200)} ← ${describeRequest()}`);
          if (e.extensions?.code === 'INTERNAL_SERVER_ERROR')
            failures.push(`unexpected error ← ${describeRequest()}`);
        }
      }
      if (failures.length > 10) break;
    }
    gc();
    heap.push(process.memoryUsage().heapUsed);

    expect(failures, `seed ${SEED}; statuses ${JSON.stringify([...statuses])}`).toEqual([]);
    // A 2 MB variable or a few hundred stored jobs are noise; a leak per request would show here.
    const [half = 0, end = 0] = heap;
    expect((end - half) / MB).toBeLessThan(50);
    // The gateway still answers.
    const ok = await gateway.app.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
