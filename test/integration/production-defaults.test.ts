import { describe, expect, it } from 'vitest';
import type { JobStore } from '../../src/jobs/store/store.ts';
import { createMemoryJobStore } from '../../src/jobs/store/store-memory.ts';
import { startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * What NODE_ENV=production changes, through yoga in-process: introspection and GraphiQL off; and
 * what holds in every mode: CORS only for listed (by default loopback) origins, cross-site simple
 * requests refused, error masking.
 */

const PRODUCTION = { NODE_ENV: 'production' };
const APP_ORIGIN = 'https://app.example.com';
const EVIL_ORIGIN = 'https://evil.example';

async function gateway(env: Record<string, string> = PRODUCTION, store?: JobStore) {
  const sim = await startTestSimulator();
  const t = await startTestGateway(sim, env, store ? { store } : {});
  const request = async (init: RequestInit & { path?: string } = {}): Promise<Response> =>
    t.gateway.app.fetch(`http://gateway.test${init.path ?? '/graphql'}`, init);
  const post = async (query: string, headers: Record<string, string> = {}) => {
    const res = await request({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        data?: unknown;
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      },
    };
  };
  return { ...t, request, post };
}

describe('production defaults (NODE_ENV=production)', () => {
  it('rejects introspection with a clear validation error, and serves ordinary queries', async () => {
    const { post } = await gateway();
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Job") { fields { name } } }']) {
      const { body } = await post(query);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.message).toMatch(/introspection has been disabled/);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // No "Did you mean …?" either: suggestions would map the schema field by field.
    const typo = await post('{ jobz { nodes { id } } }');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect((await post('{ __typename jobs(first: 1) { nodes { id } } }')).body).toEqual({
      data: { __typename: 'Query', jobs: { nodes: [] } },
    });
  });

  it('keeps introspection and GraphiQL when enabled explicitly', async () => {
    const { post, request } = await gateway({
      ...PRODUCTION,
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHIQL: 'true',
    });
    expect((await post('{ __schema { queryType { name } } }')).body).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    const page = await request({ headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Hunyuan 3D gateway');
  });

  it('serves no GraphiQL page', async () => {
    const { request } = await gateway();
    const res = await request({ headers: { accept: 'text/html' } });
    expect(res.status).toBe(406);
    expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(await res.text()).not.toContain('<html');
  });

  it('refuses cross-site simple requests (CSRF) and serves same-site and non-browser ones', async () => {
    const { request } = await gateway();
    const mutation = 'mutation { submitJob(input: { prompt: "paid for by someone else" }) { id } }';
    const form = (headers: Record<string, string>) =>
      request({
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ query: mutation }).toString(),
      });

    for (const res of [
      await form({ origin: EVIL_ORIGIN }),
      await form({ origin: EVIL_ORIGIN, 'sec-fetch-site': 'cross-site' }),
      await form({ 'sec-fetch-site': 'same-site' }),
      await request({
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: EVIL_ORIGIN },
        body: JSON.stringify({ query: mutation }),
      }),
      await request({
        path: '/graphql?query=%7Bjobs%7Bnodes%7Bid%7D%7D%7D',
        headers: { 'sec-fetch-site': 'cross-site' },
      }),
    ]) {
      expect(res.status).toBe(403);
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]?.message).toMatch(/Cross-site request refused \(CSRF prevention\)/);
      expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
    }

    // The gateway's own pages (same origin), and clients that are not browsers, are served.
    expect((await form({ origin: 'http://gateway.test', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await form({ origin: 'http://gateway.test' })).status).toBe(200);
    expect((await request({ path: '/graphql?query=%7B__typename%7D' })).status).toBe(200);
  });

  it('answers CORS only for origins in CORS_ORIGINS (loopback ones by default, in every mode)', async () => {
    const preflight = (request: (init: RequestInit) => Promise<Response>, origin: string) =>
      request({
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });

    const listed = await gateway({ ...PRODUCTION, CORS_ORIGINS: `${APP_ORIGIN},http://localhost:5173` });
    const allowed = await preflight(listed.request, APP_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await preflight(listed.request, EVIL_ORIGIN);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // An allowed origin's JSON request is served, with the header the browser needs to read it.
    const res = await listed.post('{ __typename }', { origin: APP_ORIGIN });
    expect(res.status).toBe(200);

    for (const env of [PRODUCTION, {}]) {
      const byDefault = await gateway(env);
      for (const origin of [APP_ORIGIN, EVIL_ORIGIN, 'null', 'http://localhost.evil.example:5173']) {
        const res = await preflight(byDefault.request, origin);
        expect({ env, origin, allowed: res.headers.get('access-control-allow-origin') }).toEqual({
          env,
          origin,
          allowed: null,
        });
      }
      // Frontend development servers on loopback, any port.
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080']) {
        const res = await preflight(byDefault.request, origin);
        expect(res.headers.get('access-control-allow-origin')).toBe(origin);
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      }
    }

    // Any origin only when asked for, and even then without credentials.
    const any = await gateway({ CORS_ORIGINS: '*' });
    const evil = await preflight(any.request, EVIL_ORIGIN);
    expect(evil.headers.get('access-control-allow-origin')).toBe(EVIL_ORIGIN);
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses drive-by simple requests in development too, keys or not, CORS_ORIGINS=* included (audit F7)', async () => {
    const mutation = 'mutation { submitJob(input: { prompt: "drive-by paid job" }) { id } }';
    for (const env of [{}, { GATEWAY_API_KEYS: 'alice:alice-key-123' }, { CORS_ORIGINS: '*' }]) {
      const { request, post } = await gateway(env);
      const multipart = new FormData();
      multipart.set('query', mutation);
      const attempts: Array<[string, RequestInit & { path?: string }]> = [
        [
          'form',
          {
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              origin: EVIL_ORIGIN,
              'sec-fetch-site': 'cross-site',
            },
            body: new URLSearchParams({ query: mutation }).toString(),
          },
        ],
        ['multipart', { method: 'POST', headers: { origin: EVIL_ORIGIN }, body: multipart }],
        [
          'text/plain',
          {
            method: 'POST',
            headers: { 'content-type': 'text/plain;charset=UTF-8', origin: EVIL_ORIGIN },
            body: JSON.stringify({ query: mutation }),
          },
        ],
        [
          'opaque origin',
          {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' },
            body: new URLSearchParams({ query: mutation }).toString(),
          },
        ],
        [
          'GET mutation',
          {
            path: `/graphql?query=${encodeURIComponent(mutation)}`,
            headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' },
          },
        ],
      ];
      for (const [name, init] of attempts) {
        const res = await request(init);
        const body = (await res.json()) as {
          errors: Array<{ message: string; extensions: { code: string } }>;
        };
        expect({ env, name, status: res.status }).toEqual({ env, name, status: 403 });
        expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
        expect(body.errors[0]?.message).toMatch(/CSRF prevention/);
      }
      // Nothing was submitted.
      const headers: Record<string, string> =
        'GATEWAY_API_KEYS' in env ? { authorization: 'Bearer alice-key-123' } : {};
      expect((await post('{ jobs(first: 5) { nodes { id } } }', headers)).body.data).toEqual({
        jobs: { nodes: [] },
      });
    }
  });

  it('checks the API key before parsing or validating: no schema oracle without a key (audit F14)', async () => {
    const { post, request } = await gateway({ ...PRODUCTION, GATEWAY_API_KEYS: 'alice:alice-key-123' });
    const documents = [
      '{ jobz { id } }', // no such field
      '{ jobs { nodes { secretField } } }', // no such field on Job
      '{ jobs { nodes { upstreamJobId } } }', // valid
      '{ job(id: 1.5) { id } }', // wrong argument type
      '{ jobs(', // syntax error
      '{ __schema { types { name } } }', // introspection (off)
    ];
    for (const query of documents) {
      for (const headers of [{}, { authorization: 'Bearer not-a-key-000' }, { authorization: 'Basic abc' }]) {
        const { status, body } = await post(query, headers);
        expect({ query, status }).toEqual({ query, status: 401 });
        expect(body.data).toBeUndefined();
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
        expect(JSON.stringify(body)).not.toMatch(
          /jobz|secretField|Cannot query|Syntax|introspection|Float|Int/,
        );
      }
      const get = await request({ path: `/graphql?query=${encodeURIComponent(query)}` });
      expect({ query, status: get.status }).toEqual({ query, status: 401 });
      expect(get.headers.get('www-authenticate')).toBe('Bearer');
    }
    // With the key, the same documents get their ordinary answers.
    const key = { authorization: 'Bearer alice-key-123' };
    expect((await post('{ jobz { id } }', key)).body.errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect((await post('{ jobs { nodes { upstreamJobId } } }', key)).body).toEqual({
      data: { jobs: { nodes: [] } },
    });
  });

  it('masks unexpected errors: INTERNAL_SERVER_ERROR, no message, logged once', async () => {
    const memory = createMemoryJobStore();
    const broken = new Proxy(memory, {
      get(target, prop, receiver) {
        if (prop === 'get') {
          return async () => {
            throw new Error('SQLITE_CORRUPT at /var/lib/gateway.db (password=hunter2)');
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { post, log } = await gateway(PRODUCTION, broken);
    const { status, body } = await post('{ job(id: "job_0123456789abcdef") { id status } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ job: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|hunter2|gateway\.db/);
    expect(log.lines().filter((l) => JSON.stringify(l).includes('SQLITE_CORRUPT'))).toHaveLength(1);
  });
});
