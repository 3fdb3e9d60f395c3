import { connect } from 'node:net';
import { Agent, fetch, type RequestInit } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LIMITS } from '../../src/http/security.ts';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * Hostile and malformed requests over real loopback HTTP, one after another against one gateway:
 * each gets a 4xx (never a 5xx), a message that says what is wrong, and `extensions.code`; after
 * the whole barrage the same gateway still answers a normal query.
 *
 * Requests accept `application/graphql-response+json`, so request errors carry their HTTP status
 * (under plain `application/json` the GraphQL-over-HTTP spec answers validation errors with 200).
 */

interface Answer {
  status: number;
  errors: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
  data?: unknown;
}

const GQL_JSON = 'application/graphql-response+json';

/** A PNG header (signature + IHDR) claiming `width`×`height`: all the gateway reads. */
function pngHeader(width: number, height: number): string {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b.set([8, 6, 0, 0, 0], 24);
  return b.toString('base64');
}

const agents: Agent[] = [];
afterEach(async () => {
  await Promise.all(agents.splice(0).map((a) => a.close()));
});

async function setup() {
  // Idle sockets are dropped at once: no request races a server closing a kept-alive connection.
  const agent = new Agent({ keepAliveTimeout: 10 });
  agents.push(agent);
  const sim = await startTestSimulator();
  const { gateway, log } = await startTestGateway(sim);
  const server = await listen(gateway, log.logger);
  const url = `${server.url}/graphql`;

  async function send(init: RequestInit): Promise<Answer> {
    const res = await fetch(url, { method: 'POST', dispatcher: agent, ...init });
    const text = await res.text();
    let body: Partial<Answer> = {};
    try {
      body = JSON.parse(text) as Partial<Answer>;
    } catch {
      body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
    return { status: res.status, errors: body.errors ?? [], data: body.data };
  }

  const gql = (query: string, variables?: unknown) =>
    send({
      headers: { 'content-type': 'application/json', accept: GQL_JSON },
      body: JSON.stringify({ query, variables }),
    });
  return { server, url, send, gql, sim };
}

/** The expected status, and an error whose message matches `message` and whose code is `code`. */
function expectRejected(a: Answer, status: number, code: string, message: RegExp) {
  expect(a.status).toBe(status);
  const error = a.errors.find((e) => message.test(e.message));
  expect(error, `no error matches ${message}: ${JSON.stringify(a.errors).slice(0, 500)}`).toBeDefined();
  expect(error?.extensions?.code).toBe(code);
}

describe('hostile and malformed input', () => {
  it('answers every bad request with a 4xx, a clear message and a code, and keeps serving', async () => {
    const { send, gql, url } = await setup();
    const json = { 'content-type': 'application/json', accept: GQL_JSON };

    // Transport: JSON, content type, size.
    expectRejected(
      await send({ headers: json, body: '{"query": "{ jobs' }),
      400,
      'BAD_REQUEST',
      /invalid JSON/,
    );
    expectRejected(
      await send({ headers: json, body: '"just a string"' }),
      400,
      'BAD_REQUEST',
      /expected to be object/,
    );
    expectRejected(
      await send({
        headers: { 'content-type': 'text/plain', accept: GQL_JSON },
        body: '{ jobs { nodes { id } } }',
      }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      /Unsupported Content-Type "text\/plain".*application\/json/,
    );
    expectRejected(
      await send({ headers: { 'content-type': 'application/xml', accept: GQL_JSON }, body: '<query/>' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      /application\/xml/,
    );
    const tooBig = JSON.stringify({
      query: '{ __typename }',
      variables: { x: 'a'.repeat(LIMITS.bodyBytes) },
    });
    // The answer names the limit, so a client knows how far to shrink.
    const limitText = new RegExp(`too large: at most ${LIMITS.bodyBytes} bytes`);
    expectRejected(await send({ headers: json, body: tooBig }), 413, 'REQUEST_ENTITY_TOO_LARGE', limitText);
    // Chunked, with no Content-Length to check up front: counted as it streams.
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 13; i++) c.enqueue(new Uint8Array(1_000_000).fill(32));
        c.close();
      },
    });
    expectRejected(
      await send({ headers: json, body: chunks, duplex: 'half' }),
      413,
      'REQUEST_ENTITY_TOO_LARGE',
      limitText,
    );

    // Documents: aliases, depth, tokens, directives, cost.
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: job(id: "job_0123456789abcdef") { id }`).join(' ')} }`;
    expectRejected(
      await gql(aliases(60)),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Aliases limit of 50 exceeded, found 60/,
    );
    // 1,000 aliases are 12,000 tokens: the parser stops at the token limit before building the document.
    expectRejected(await gql(aliases(1000)), 400, 'GRAPHQL_PARSE_FAILED', /Token limit of 3000 exceeded/);
    const deep = `{ job(id: "job_0123456789abcdef") { ${'... on Job { '.repeat(50)} id ${'} '.repeat(50)} } }`;
    expectRejected(
      await gql(deep),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /depth limit of 10 exceeded, found 5\d/,
    );
    const directives = `{ __typename ${'@include(if: true) '.repeat(25)} }`;
    expectRejected(
      await gql(directives),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Directives limit of 20 exceeded/,
    );
    const costly = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: jobs(first: 100) { nodes { id prompt resultFiles { url } } }`).join(' ')} }`;
    expectRejected(await gql(costly), 400, 'GRAPHQL_VALIDATION_FAILED', /Cost limit of 30000 exceeded/);
    // Audit F4: the same pages with `first` in a variable, or left at its default, cost as much.
    const costlyVariable = `query ($n: Int) { ${Array.from({ length: 20 }, (_, i) => `a${i}: jobs(first: $n) { nodes { id prompt resultFiles { url } } }`).join(' ')} }`;
    expectRejected(
      await gql(costlyVariable, { n: 100 }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Cost limit of 30000 exceeded.*variable counts at its maximum/,
    );
    expectRejected(
      await gql(costlyVariable, { n: 1 }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Cost limit of 30000 exceeded/,
    );
    const every =
      'id upstreamJobId kind status queuePosition submittedAt startedAt finishedAt estimatedCompletionAt ' +
      'expiresAt refreshedAt snapshotAgeMs errorCode errorMessage resultFiles { type url previewImageUrl } ' +
      'lastRequestId external prompt imageUrl hasImageBase64 multiViewImages { viewType imageUrl } ' +
      'generateType polygonType enablePBR faceCount model resultFormat enableGeometry';
    const costlyDefault = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: jobs { nodes { ${every} } }`).join(' ')} }`;
    expectRejected(
      await gql(costlyDefault),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Cost limit of 30000 exceeded/,
    );
    // The audit's own document: 50 aliases of every Job field under both nodes and edges.
    const audit = (first: string) =>
      `${first.startsWith('$') ? 'query ($f: Int) ' : ''}{ ${Array.from({ length: 50 }, (_, i) => `a${i}: jobs(first: ${first}) { nodes { ...J } edges { cursor node { ...J } } }`).join(' ')} } fragment J on Job { ${every} }`;
    expectRejected(await gql(audit('100')), 400, 'GRAPHQL_VALIDATION_FAILED', /Cost limit of 30000 exceeded/);
    expectRejected(
      await gql(audit('$f'), { f: 100 }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Cost limit of 30000 exceeded/,
    );
    // One page is fine at any size; past the maximum, the resolver refuses it with a clear code.
    expectRejected(
      await gql('query ($n: Int) { jobs(first: $n) { nodes { id } } }', { n: 1000 }),
      200,
      'BAD_USER_INPUT',
      /first must be between 1 and 100, got 1000/,
    );

    // Variables: huge, wrong types, unknown enum values.
    const hugeId = await gql('query ($id: ID!) { job(id: $id) { id } }', { id: 'x'.repeat(5_000_000) });
    expectRejected(hugeId, 200, 'BAD_USER_INPUT', /is not a job id/);
    expect(hugeId.errors[0]?.message.length).toBeLessThan(300);
    const manyKeys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`v${i}`, i]));
    expect((await gql('{ __typename }', manyKeys)).data).toEqual({ __typename: 'Query' });
    expectRejected(
      await gql('query ($n: Int) { jobs(first: $n) { nodes { id } } }', { n: 'ten' }),
      400,
      'BAD_USER_INPUT',
      /Variable "\$n" got invalid value "ten".*Int/,
    );
    expectRejected(
      await gql('query ($s: JobStatus) { jobs(status: $s) { nodes { id } } }', { s: 'BURNING' }),
      400,
      'BAD_USER_INPUT',
      /Variable "\$s" got invalid value "BURNING".*JobStatus/,
    );
    expectRejected(
      await gql('{ jobs(status: BURNING) { nodes { id } } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Value "BURNING" does not exist in "JobStatus" enum/,
    );
    expectRejected(
      await gql('{ jobs(first: 1000) { nodes { id } } }'),
      200,
      'BAD_USER_INPUT',
      /between 1 and 100/,
    );

    // Ids.
    expectRejected(
      await gql('{ job(id: "../../etc/passwd") { id } }'),
      200,
      'BAD_USER_INPUT',
      /is not a job id/,
    );
    expectRejected(
      await gql('mutation { cancelJob(id: "job_\'; DROP TABLE jobs") { id } }'),
      200,
      'BAD_USER_INPUT',
      /is not a job id/,
    );

    // Submit input, checked like Tencent before anything is stored.
    const submit = (input: Record<string, unknown>) =>
      gql('mutation ($input: SubmitJobInput!) { submitJob(input: $input) { id } }', { input });
    const prompt = await submit({ prompt: 'x'.repeat(1025) });
    expectRejected(prompt, 200, 'BAD_USER_INPUT', /at most 1024 characters \(received 1025\)/);
    expect(prompt.errors[0]?.extensions?.field).toMatch(/prompt/);
    expectRejected(
      await submit({ imageBase64: Buffer.from('not an image at all').toString('base64') }),
      200,
      'BAD_USER_INPUT',
      /must be an image in one of: PNG, JPEG, WebP/,
    );
    expectRejected(
      await submit({ imageBase64: '%%% not base64 %%%' }),
      200,
      'BAD_USER_INPUT',
      /not valid base64/,
    );
    expectRejected(
      await submit({ imageBase64: pngHeader(6000, 6000) }),
      200,
      'BAD_USER_INPUT',
      /6000x6000 px; each side must be between 128 and 5000/,
    );
    expectRejected(await submit({ imageBase64: pngHeader(64, 64) }), 200, 'BAD_USER_INPUT', /64x64 px/);
    expectRejected(
      await submit({ imageBase64: 'A'.repeat(8 * 1024 * 1024 + 4) }),
      200,
      'BAD_USER_INPUT',
      /must not exceed 8388608 bytes/,
    );
    for (const imageUrl of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ftp://example.com/a.png',
      'not a url',
    ]) {
      expectRejected(await submit({ imageUrl }), 200, 'BAD_USER_INPUT', /must be an http or https URL/);
    }

    // A graphql-ws message over the body limit closes that socket (1009), nothing else.
    const ws = new WebSocket(url.replace('http', 'ws'), 'graphql-transport-ws');
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { x: 'a'.repeat(LIMITS.bodyBytes) } }));
    expect(await closed).toBe(1009);

    // Still serving.
    const ok = await gql('{ jobs(first: 5) { nodes { id } pageInfo { hasNextPage } } }');
    expect(ok.status).toBe(200);
    expect(ok.errors).toEqual([]);
    expect(ok.data).toEqual({ jobs: { nodes: [], pageInfo: { hasNextPage: false } } });
  });

  it('answers a subscription sent without Accept: text/event-stream with a 406 that says what to send', async () => {
    const { send, gql } = await setup();
    // Not an empty body: the client learns `Accept: text/event-stream`: 406 that says what to send, not an empty body.
    const submitted = await gql('mutation { submitJob(input: { prompt: "a cup" }) { id } }');
    const jobId = (submitted.data as { submitJob: { id: string } }).submitJob.id;
    const subscribe = await send({
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: `subscription { jobStatus(id: "${jobId}") { id } }` }),
    });
    expectRejected(subscribe, 406, 'NOT_ACCEPTABLE', /Accept: text\/event-stream.*graphql-ws/);
  });

  it('lets our own heaviest legitimate operations through', async () => {
    const { gql } = await setup();
    const job =
      'id upstreamJobId kind status queuePosition submittedAt startedAt finishedAt estimatedCompletionAt ' +
      'expiresAt refreshedAt snapshotAgeMs errorCode errorMessage resultFiles { type url previewImageUrl } ' +
      'lastRequestId external prompt imageUrl hasImageBase64 multiViewImages { viewType imageUrl } ' +
      'generateType polygonType enablePBR faceCount model resultFormat enableGeometry';
    const page = await gql(
      `{ jobs(first: 100) { edges { cursor node { ${job} } } nodes { ${job} } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    );
    expect(page.errors).toEqual([]);
    const pageByVariable = await gql(
      `query ($n: Int) { jobs(first: $n) { edges { cursor node { ${job} } } nodes { ${job} } pageInfo { hasNextPage } } }`,
      { n: 100 },
    );
    expect(pageByVariable.errors).toEqual([]);
    const batch = await gql(
      `{ ${Array.from({ length: 50 }, (_, i) => `j${i}: job(id: "job_0123456789abcdef") { ${job} }`).join(' ')} }`,
    );
    expect(batch.errors).toEqual([]);
    expect(Object.keys(batch.data as object)).toHaveLength(50);
  });
});

/** One raw HTTP/1.1 exchange over node:net (fetch cannot send a malformed Host): status, headers, body. */
function rawHttp(port: number, head: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      data += chunk;
    });
    // `Connection: close` in every request: the server ends the socket after its answer.
    socket.on('end', () => {
      const [headers = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1]), headers, body });
    });
    socket.on('error', reject);
    socket.write(head);
  });
}

describe('malformed Host headers and GET parameters (audit F11, F12)', () => {
  it('answers a Host header that is not a host with 400 BAD_REQUEST on every route, no stack, logged once', async () => {
    const sim = await startTestSimulator();
    const { gateway, log } = await startTestGateway(sim, { GATEWAY_API_KEYS: 'alice:alice-key-123' });
    const server = await listen(gateway, log.logger);
    const cases: Array<[string, string]> = [];
    for (const path of [
      '/health',
      '/graphql',
      '/metrics',
      '/ready',
      '/files/job_AAAAAAAAAAAAAAAA/0/model.glb',
      '/nowhere',
    ]) {
      cases.push([path, 'a b']);
    }
    // Hosts that parse as URLs but would move the path: `x/metrics#` made GET /health read /metrics.
    for (const host of [
      'x/metrics#',
      'evil.example/graphql?',
      'user@127.0.0.1',
      '[zz',
      'a\tb',
      '127.0.0.1:port',
    ]) {
      cases.push(['/health', host]);
    }
    for (const [path, host] of cases) {
      const res = await rawHttp(
        server.port,
        `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect({ path, host, status: res.status }).toEqual({ path, host, status: 400 });
      expect(res.headers).toMatch(/content-type: application\/json/i);
      const body = JSON.parse(res.body) as {
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect(body.errors[0]?.message).toBe('Malformed Host header');
      expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
      expect(res.body).not.toMatch(/ at |node_modules|TypeError|\/work\//);
    }
    const post = await rawHttp(
      server.port,
      'POST /graphql HTTP/1.1\r\nHost: a b\r\nContent-Type: application/json\r\nContent-Length: 20\r\nConnection: close\r\n\r\n{"query":"{ jobs }"}',
    );
    expect(post.status).toBe(400);

    const lines = log.lines().filter((l) => l.msg === 'malformed host header refused');
    expect(lines).toHaveLength(cases.length + 1);
    expect(lines[0]).toMatchObject({ level: 40, code: 'BAD_REQUEST', host: 'a b' });
    expect(JSON.stringify(lines)).not.toMatch(/stack|node_modules/);
    expect(log.lines().filter((l) => (l.level as number) >= 50)).toEqual([]);

    // A proper Host, IPv6 and named ones included, is served as before.
    for (const host of [`127.0.0.1:${server.port}`, 'localhost', `[::1]:${server.port}`, 'gw.example.com']) {
      const ok = await rawHttp(
        server.port,
        `GET /health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect({ host, status: ok.status }).toEqual({ host, status: 200 });
    }
  });

  it('answers malformed JSON in GET variables or extensions (and in a form) with 400 BAD_REQUEST, never a 500', async () => {
    const sim = await startTestSimulator();
    const { gateway, log } = await startTestGateway(sim);
    const server = await listen(gateway, log.logger);
    const q = encodeURIComponent('{ __typename }');
    const requests: Array<[string, RequestInit]> = [];
    for (const bad of [
      `variables=${encodeURIComponent('{')}`,
      `extensions=${encodeURIComponent('[')}`,
      'variables=%7B%22a%22',
    ]) {
      for (const accept of [undefined, 'application/json', GQL_JSON]) {
        requests.push([`/graphql?query=${q}&${bad}`, { headers: accept ? { accept } : {} }]);
      }
    }
    // The same through a same-origin form post (not a CSRF refusal: no browser marks it cross-site).
    requests.push([
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${q}&variables=%7B`,
      },
    ]);
    for (const [path, init] of requests) {
      const res = await fetch(`${server.url}${path}`, init);
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0]?.message).toMatch(/`variables` and `extensions` must be JSON objects/);
    }
    const refused = log.lines().filter((l) => l.msg === 'malformed variables or extensions refused');
    expect(refused).toHaveLength(requests.length);
    expect(JSON.stringify(refused)).not.toMatch(/stack/);
    expect(log.lines().filter((l) => (l.level as number) >= 50)).toEqual([]);
    // Well-formed parameters still work.
    const ok = await fetch(`${server.url}/graphql?query=${q}&variables=${encodeURIComponent('{}')}`);
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
