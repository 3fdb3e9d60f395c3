import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { build } from '../../scripts/build.mjs';
import { TRUSTED_SOURCES } from '../../scripts/trusted-documents.mjs';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * TRUSTED_DOCUMENTS against a real gateway and simulator, with the manifest `npm run build` writes
 * (dist/trusted-documents.json; here built into a temporary directory).
 */

const KEYS = { GATEWAY_API_KEYS: 'alice:alice-key-123', GATEWAY_ADMIN_KEYS: 'ops:ops-key-789' };
const ALICE = 'Bearer alice-key-123';
const OPS = 'Bearer ops-key-789';
const ARBITRARY = '{ jobs(first: 1) { nodes { id status } } }';
const ARBITRARY_SUBSCRIPTION = 'subscription { jobStatus(id: "job_AAAAAAAAAAAAAAAA") { id } }';
const TRUST_CODES = /OPERATION_NOT_TRUSTED|PERSISTED_QUERY_NOT_FOUND/;

interface Doc {
  hash: string;
  text: string;
  operation: OperationDefinitionNode;
  /** The operation's first top-level field. */
  field: string;
}

let dir: string;
let manifestPath: string;
let docs: Doc[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
  await build({ dist: dir });
  manifestPath = join(dir, 'trusted-documents.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  docs = Object.entries(manifest).map(([hash, text]) => {
    const operation = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation) throw new Error(`no operation in ${hash}`);
    const first = operation.selectionSet.selections[0];
    return { hash, text, operation, field: first?.kind === Kind.FIELD ? first.name.value : '' };
  });
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A registered document by what it does, so the test follows renamed operations. */
function registered(type: 'query' | 'mutation' | 'subscription', field: string): Doc {
  const doc = docs.find((d) => d.operation.operation === type && d.field === field);
  if (!doc) throw new Error(`no registered ${type} selecting ${field}`);
  return doc;
}

async function start(env: Record<string, string> = { TRUSTED_DOCUMENTS: manifestPath }) {
  const sim = await startTestSimulator();
  const { gateway, log } = await startTestGateway(sim, { ...KEYS, ...env });
  const server = await listen(gateway, log.logger);
  return { url: server.url, log };
}

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

async function post(url: string, body: Record<string, unknown>, authorization: string): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

async function get(url: string, params: Record<string, string>, authorization: string): Promise<Answer> {
  const res = await fetch(`${url}/graphql?${new URLSearchParams(params)}`, {
    headers: { accept: 'application/graphql-response+json', authorization },
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

/** The data of the first event of a GraphQL over SSE stream (POST), then the stream is dropped. */
async function firstSseEvent(
  url: string,
  body: Record<string, unknown>,
  authorization: string,
): Promise<{ status: number; data: string }> {
  const controller = new AbortController();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization },
    body: JSON.stringify(body),
    signal: controller.signal,
  });
  if (!res.body) throw new Error('no body');
  const decoder = new TextDecoder();
  let text = '';
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      // Complete events only; yoga's keep-alive comments (`:`) have no data line.
      for (const event of text.split('\n\n').slice(0, -1)) {
        const data = event.split('\n').find((line) => line.startsWith('data:'));
        if (data !== undefined) return { status: res.status, data: data.slice('data:'.length).trim() };
      }
    }
  } finally {
    controller.abort();
  }
  return { status: res.status, data: text };
}

/** The first result of a graphql-ws operation, or the errors it was refused with. */
async function overWs(url: string, query: string, variables: Record<string, unknown>, authorization: string) {
  const client = createWsClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization },
  });
  try {
    for await (const result of client.iterate({ query, variables })) return { result };
    return { result: undefined };
  } catch (err) {
    return { refused: err as Array<{ message: string; extensions?: { code?: string } }> };
  } finally {
    await client.dispose();
  }
}

const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions?.code);

describe('TRUSTED_DOCUMENTS', () => {
  it("is rebuilt by `npm start` when the clients' generated operations change", () => {
    const info = JSON.parse(readFileSync(join(dir, 'build-info.json'), 'utf8')) as {
      inputs: string[];
      outputs: string[];
    };
    expect(info.outputs).toContain('trusted-documents.json');
    // --if-stale rebuilds when an input is newer than the build (test/unit/build/stale.test.ts).
    for (const source of TRUSTED_SOURCES) expect(info.inputs).toContain(source);
  });

  it('accepts every document of the client library and the demo page from a non-admin key, as text or by hash', async () => {
    const { url } = await start();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      const forms = [
        { query: doc.text, variables: {} },
        { extensions: { persistedQuery: { version: 1, sha256Hash: doc.hash } }, variables: {} },
        { documentId: `sha256:${doc.hash}`, variables: {} },
      ];
      for (const form of forms) {
        // Empty variables: the document is parsed and validated, then either runs (no required
        // variables) or stops at the first missing one. Either way it was let through.
        const answer: Answer['body'] = JSON.parse(
          doc.operation.operation === 'subscription'
            ? (await firstSseEvent(url, form, ALICE)).data
            : JSON.stringify((await post(url, form, ALICE)).body),
        );
        const what = `${doc.operation.name?.value} sent as ${Object.keys(form)[0]}: ${JSON.stringify(answer)}`;
        expect(JSON.stringify(answer), what).not.toMatch(TRUST_CODES);
        if (answer.data == null) {
          expect(answer.errors?.[0]?.message, what).toMatch(/^Variable "\$\w+" of required type/);
        }
      }
    }
  });

  it('runs a job end to end with the registered documents: submit as text, get and list by hash, watch over SSE and graphql-ws', async () => {
    const { url } = await start();
    const submit = docs.find(
      (d) =>
        d.operation.operation === 'mutation' &&
        d.field === 'submitJob' &&
        d.operation.variableDefinitions?.some((v) => v.variable.name.value === 'input'),
    );
    if (!submit) throw new Error('no registered submitJob mutation taking $input');
    const submitted = await post(
      url,
      { query: submit.text, variables: { input: { prompt: 'a chair' } } },
      ALICE,
    );
    expect(submitted.body.errors).toBeUndefined();
    const id = (submitted.body.data as { submitJob: { id: string } }).submitJob.id;
    expect(id).toMatch(/^job_/);

    const got = await post(
      url,
      {
        extensions: { persistedQuery: { version: 1, sha256Hash: registered('query', 'job').hash } },
        variables: { id },
      },
      ALICE,
    );
    expect(got.status).toBe(200);
    expect(got.body.data).toMatchObject({ job: { id } });

    const listed = await get(url, { documentId: `sha256:${registered('query', 'jobs').hash}` }, ALICE);
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body.data)).toContain(id);
    const listedByExtensions = await get(
      url,
      {
        extensions: JSON.stringify({
          persistedQuery: { version: 1, sha256Hash: registered('query', 'jobs').hash },
        }),
      },
      ALICE,
    );
    expect(JSON.stringify(listedByExtensions.body.data)).toContain(id);

    const watch = registered('subscription', 'jobStatus');
    const sse = await firstSseEvent(url, { query: watch.text, variables: { id } }, ALICE);
    expect(sse.status).toBe(200);
    expect(JSON.parse(sse.data)).toMatchObject({ data: { jobStatus: { id } } });
    const ws = await overWs(url, watch.text, { id }, ALICE);
    expect(ws.refused).toBeUndefined();
    expect(ws.result).toMatchObject({ data: { jobStatus: { id } } });
  });

  it('refuses any other document from a non-admin key over POST, GET, SSE and graphql-ws', async () => {
    const { url, log } = await start();

    const posted = await post(url, { query: ARBITRARY }, ALICE);
    expect(posted.status).toBe(403);
    expect(codes(posted)).toEqual(['OPERATION_NOT_TRUSTED']);
    expect(posted.body.data).toBeUndefined();

    const got = await get(url, { query: ARBITRARY }, ALICE);
    expect(got.status).toBe(403);
    expect(codes(got)).toEqual(['OPERATION_NOT_TRUSTED']);

    const sse = await firstSseEvent(url, { query: ARBITRARY_SUBSCRIPTION }, ALICE);
    expect(sse.status).toBe(403);
    expect(sse.data).toContain('OPERATION_NOT_TRUSTED');

    const ws = await overWs(url, ARBITRARY_SUBSCRIPTION, {}, ALICE);
    expect(ws.result).toBeUndefined();
    expect(ws.refused?.map((e) => e.extensions?.code)).toEqual(['OPERATION_NOT_TRUSTED']);
    const wsQuery = await overWs(url, ARBITRARY, {}, ALICE);
    expect(wsQuery.refused?.map((e) => e.extensions?.code)).toEqual(['OPERATION_NOT_TRUSTED']);

    // A registered document changed by one space is another document.
    const job = registered('query', 'job');
    const edited = await post(
      url,
      { query: `${job.text} `, variables: { id: 'job_AAAAAAAAAAAAAAAA' } },
      ALICE,
    );
    expect(edited.status).toBe(403);
    expect(codes(edited)).toEqual(['OPERATION_NOT_TRUSTED']);
    // Refused before parse and validation: no syntax or schema detail comes back.
    const broken = await post(url, { query: '{ notAField(' }, ALICE);
    expect(codes(broken)).toEqual(['OPERATION_NOT_TRUSTED']);
    const introspection = await post(url, { query: '{ __schema { types { name } } }' }, ALICE);
    expect(codes(introspection)).toEqual(['OPERATION_NOT_TRUSTED']);

    // A hash that names no registered document, by either form.
    const unknownHash = createHash('sha256').update(ARBITRARY).digest('hex');
    const byExtension = await post(
      url,
      { extensions: { persistedQuery: { version: 1, sha256Hash: unknownHash } } },
      ALICE,
    );
    expect(byExtension.status).toBe(400);
    expect(codes(byExtension)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const byDocumentId = await get(url, { documentId: `sha256:${unknownHash}` }, ALICE);
    expect(byDocumentId.status).toBe(400);
    expect(codes(byDocumentId)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    // A registered hash sent with another text does not smuggle the text in.
    const mismatched = await post(
      url,
      { query: ARBITRARY, extensions: { persistedQuery: { version: 1, sha256Hash: job.hash } } },
      ALICE,
    );
    expect(mismatched.status).toBe(400);
    expect(mismatched.body.data).toBeUndefined();

    // Without a key it is still 401 first: the key check comes before the document check.
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ARBITRARY }),
    });
    expect(res.status).toBe(401);
    await res.arrayBuffer();

    // A client's mistake, logged as one, not as a server fault.
    expect(log.lines().filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(log.lines()).toContainEqual(
      expect.objectContaining({ msg: 'client error', code: 'OPERATION_NOT_TRUSTED' }),
    );
  });

  it('lets an admin key send any document, over HTTP and graphql-ws', async () => {
    const { url } = await start();
    const posted = await post(url, { query: ARBITRARY }, OPS);
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ data: { jobs: { nodes: [] } } });
    const got = await get(url, { query: '{ __schema { queryType { name } } }' }, OPS);
    expect(got.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const ws = await overWs(url, ARBITRARY, {}, OPS);
    expect(ws.result).toEqual({ data: { jobs: { nodes: [] } } });
  });

  it('accepts any document from any key without TRUSTED_DOCUMENTS', async () => {
    const { url } = await start({});
    const posted = await post(url, { query: ARBITRARY }, ALICE);
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ data: { jobs: { nodes: [] } } });
    const ws = await overWs(url, ARBITRARY, {}, ALICE);
    expect(ws.result).toEqual({ data: { jobs: { nodes: [] } } });
  });

  it('fails startup with a message naming the file when it is missing, malformed or tampered with', () => {
    const messageFor = (path: string) => {
      try {
        loadConfig({ ...KEYS, TRUSTED_DOCUMENTS: path });
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error(`TRUSTED_DOCUMENTS=${path} was accepted`);
    };
    const missing = join(dir, 'no-such-file.json');
    expect(messageFor(missing)).toContain(`TRUSTED_DOCUMENTS="${missing}": cannot read it`);

    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '{ "abc": ');
    expect(messageFor(malformed)).toContain(`TRUSTED_DOCUMENTS="${malformed}": not JSON`);

    const list = join(dir, 'list.json');
    writeFileSync(list, JSON.stringify(docs.map((d) => d.text)));
    expect(messageFor(list)).toContain(`TRUSTED_DOCUMENTS="${list}": expected a JSON object`);

    const tampered = join(dir, 'tampered.json');
    const first = docs[0];
    if (!first) throw new Error('empty manifest');
    writeFileSync(tampered, JSON.stringify({ [first.hash]: ARBITRARY }));
    expect(messageFor(tampered)).toContain(`entry "${first.hash}" is not the sha256 of its text`);

    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '{}');
    expect(messageFor(empty)).toContain('holds no documents');

    // The build's own manifest loads.
    expect(loadConfig({ ...KEYS, TRUSTED_DOCUMENTS: manifestPath }).security.trustedDocuments?.size).toBe(
      docs.length,
    );
  });
});
