import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Gateway } from '../../src/gateway.ts';
import type { JobRecord } from '../../src/jobs/domain/job.ts';
import { parseGlbHeader } from '../../src/simulator/files/glb.ts';
import { listen, startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { answer, closedPort, type RawUpstream, startRawUpstream } from '../helpers/raw-upstream.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * `/files/…`: result files reach clients through the gateway, downloaded from upstream storage once,
 * then served from disk with their real content type and CORS headers, whatever storage sends.
 */

const FAST = { durations: { PRO: { waitMs: 50, runMs: 150 } } };
const FILES_QUERY = 'query ($id: ID!) { job(id: $id) { status resultFiles { type url previewImageUrl } } }';

interface Files {
  status: string;
  resultFiles: Array<{ type: string; url: string; previewImageUrl: string | null }>;
}

async function setup(env: Record<string, string> = {}) {
  const sim = await startTestSimulator(FAST);
  const t = await startTestGateway(sim, { JOB_REFRESH_MS: '100', ...env });
  const server = await listen(t.gateway, t.log.logger);
  return { sim, t, server };
}

async function doneJob(t: TestGateway, prompt = 'a small wooden chair'): Promise<string> {
  const res = await t.gql<{ submitJob: { id: string } }>(
    'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id } }',
    { p: prompt },
  );
  const id = res.data?.submitJob.id ?? '';
  await vi.waitFor(
    async () => {
      const job = (await t.gql<{ job: Files }>(FILES_QUERY, { id })).data?.job;
      if (job?.status !== 'DONE') throw new Error(`job is ${job?.status}`);
    },
    { timeout: 8000, interval: 50 },
  );
  return id;
}

/** The job's files as a client of the listening server sees them (absolute URLs on that server). */
async function filesOf(base: string, id: string): Promise<Files> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: FILES_QUERY, variables: { id } }),
  });
  const body = (await res.json()) as { data: { job: Files } };
  return body.data.job;
}

/** Stores `patch` over a job, as if Tencent had answered it (the proxy reads the store). */
async function patchJob(gateway: Gateway, id: string, patch: Partial<JobRecord>): Promise<void> {
  const result = await gateway.jobs.repo.transition(id, (job) => ({
    ...job,
    ...patch,
    version: job.version + 1,
  }));
  if (!result?.changed) throw new Error(`no job ${id}`);
}

describe('GET /files/<jobId>/<index>/<name>', () => {
  it('serves the GLB and preview with their content types and CORS, downloading each from upstream once', async () => {
    const { sim, t, server } = await setup();
    const id = await doneJob(t);
    const { resultFiles } = await filesOf(server.url, id);
    const [file] = resultFiles;
    expect(file?.type).toBe('GLB');
    expect(file?.url).toBe(`${server.url}/files/${id}/0/model.glb`);
    expect(file?.previewImageUrl).toBe(`${server.url}/files/${id}/0/preview.png`);
    expect(sim.counters.read().fileDownloads).toEqual({});

    // Concurrent first requests share one upstream download.
    const first = await Promise.all(
      Array.from({ length: 4 }, () => fetch(file?.url ?? '', { headers: { origin: 'https://app.example' } })),
    );
    const bodies = await Promise.all(first.map(async (r) => new Uint8Array(await r.arrayBuffer())));
    for (const [i, res] of first.entries()) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('model/gltf-binary');
      expect(res.headers.get('content-length')).toBe(String(bodies[i]?.byteLength));
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+, immutable$/);
      const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1]);
      expect(maxAge).toBeGreaterThan(23 * 3600);
      expect(maxAge).toBeLessThanOrEqual(24 * 3600);
    }
    expect(parseGlbHeader(bodies[0] ?? new Uint8Array())?.version).toBe(2);
    expect(sim.counters.read().fileDownloads).toEqual({ 'model.glb': 1 });

    const preview = await fetch(file?.previewImageUrl ?? '');
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/png');
    const png = new Uint8Array(await preview.arrayBuffer());
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);

    // Again: from disk, no upstream download.
    const again = await fetch(file?.url ?? '');
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(bodies[0]);
    const head = await fetch(file?.previewImageUrl ?? '', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(png.byteLength));
    expect(sim.counters.read().fileDownloads).toEqual({ 'model.glb': 1, 'preview.png': 1 });
    expect(t.gateway.files.stats()).toMatchObject({ downloads: 2, inFlight: 0 });

    const preflight = await fetch(file?.url ?? '', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');

    const etag = again.headers.get('etag') ?? '';
    const revalidated = await fetch(file?.url ?? '', { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
  });

  it('answers 404 for unknown jobs, files and paths, and never fetches a URL the job does not have', async () => {
    const { sim, t, server } = await setup();
    const id = await doneJob(t);
    const stored = await t.gateway.jobs.repo.get(id);
    // The simulator's own path shape, /files/<Tencent JobId>/<token>/model.glb, is not the gateway's.
    const upstreamPath = new URL(stored?.resultFiles[0]?.url ?? 'http://x/none').pathname;
    expect(upstreamPath).toMatch(/^\/files\/\d{19}\//);
    const paths = [
      '/files/job_AAAAAAAAAAAAAAAAAAAAAAAA/0/model.glb',
      '/files/job_AAAAAAAAAAAAAAAA/0/model.glb',
      `/files/${id}/1/model.glb`,
      `/files/${id}/0/model.obj`,
      `/files/${id}/0/other.glb`,
      `/files/${id}/0/..%2F..%2Fgateway.db`,
      `/files/${id}/../../etc/passwd`,
      '/files/',
      upstreamPath,
    ];
    for (const path of paths) {
      const res = await fetch(`${server.url}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      // (fetch itself resolves `..`, so some of these never reach /files/.)
      if (new URL(`${server.url}${path}`).pathname.startsWith('/files/')) {
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      }
    }
    // A query string cannot point the proxy elsewhere.
    const res = await fetch(`${server.url}/files/${id}/0/model.glb?url=http://127.0.0.1:1/x`);
    expect(res.status).toBe(200);
    expect(sim.counters.read().fileDownloads).toEqual({ 'model.glb': 1 });

    // Not finished yet: no files.
    const queued = await t.gql<{ submitJob: { id: string } }>(
      'mutation { submitJob(input: { prompt: "not yet" }) { id } }',
    );
    const pending = await fetch(`${server.url}/files/${queued.data?.submitJob.id}/0/model.glb`);
    expect(pending.status).toBe(404);
    expect((await fetch(`${server.url}/files/${id}/0/model.glb`, { method: 'DELETE' })).status).toBe(405);
  });

  it('answers 410 once the results expired and 502 when upstream storage fails', async () => {
    // Storage on other loopback ports than the simulator's: allowed here on purpose.
    const { t, server } = await setup({ RESULT_FILE_HOSTS: '127.0.0.1' });
    const id = await doneJob(t);
    await patchJob(t.gateway, id, { expiresAt: Date.now() - 1 });
    const expired = await fetch(`${server.url}/files/${id}/0/model.glb`);
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('EXPIRED');

    const refused = await closedPort();
    const forbidden = await startRawUpstream(answer(403, '<Error><Code>AccessDenied</Code></Error>'));
    await patchJob(t.gateway, id, {
      expiresAt: Date.now() + 3_600_000,
      resultFiles: [
        { type: 'GLB', url: `http://127.0.0.1:${refused}/a.glb`, previewImageUrl: `${forbidden.url}/a.png` },
      ],
    });
    const down = await fetch(`${server.url}/files/${id}/0/model.glb`);
    expect(down.status).toBe(502);
    const denied = await fetch(`${server.url}/files/${id}/0/preview.png`);
    expect(denied.status).toBe(502);
    expect(((await denied.json()) as { error: { message: string } }).error.message).toContain('HTTP 403');
  });

  it('serves an OBJ zip as application/zip with CORS whatever storage says, and caches it on disk', async () => {
    const { t, server } = await setup({ RESULT_FILE_HOSTS: '127.0.0.1' });
    const id = await doneJob(t);
    const zip = Buffer.from('PK\u0003\u0004 not really a zip');
    const storage = await startRawUpstream((_req, res) => {
      // Storage that sends no CORS header and a generic type.
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': zip.length });
      res.end(zip);
    });
    await patchJob(t.gateway, id, {
      resultFiles: [{ type: 'OBJ', url: `${storage.url}/out/abc.zip?sign=1`, previewImageUrl: undefined }],
    });
    const files = await filesOf(server.url, id);
    expect(files.resultFiles).toEqual([
      { type: 'OBJ', url: `${server.url}/files/${id}/0/model.zip`, previewImageUrl: null },
    ]);
    for (let i = 0; i < 2; i++) {
      const res = await fetch(files.resultFiles[0]?.url ?? '', {
        headers: { origin: 'http://localhost:3000' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(Buffer.from(await res.arrayBuffer())).toEqual(zip);
    }
    expect(storage.requests).toHaveLength(1);
    const cached = readdirSync(join(t.gateway.files.dir, id));
    expect(cached).toContain('0-model.zip');
  });
});

/**
 * Audit F9: the URLs in a Query answer are not trusted. A fake Tencent (a loopback server that
 * checks no signature, as in the audit's fake-upstream.mjs) answers each job with result URLs of
 * its choosing: the gateway's own /metrics, another internal service, HTML and SVG "previews", a
 * redirect. None is fetched or served; allowed files get nosniff and a sandboxing CSP.
 */
describe('result URLs from upstream (audit F9)', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
  const GLB = Buffer.from('glTF\u0002\u0000\u0000\u0000 not a real model');

  async function fakeTencent() {
    let gateway = 'http://127.0.0.1:1';
    let internal: RawUpstream | undefined;
    const files: Record<string, Array<Record<string, string>>> = {};
    const fake = await startRawUpstream((req, res, body) => {
      const path = req.url ?? '/';
      const send = (
        status: number,
        type: string,
        data: string | Buffer,
        headers: Record<string, string> = {},
      ) => {
        res.writeHead(status, {
          'content-type': type,
          'content-length': Buffer.byteLength(data),
          ...headers,
        });
        res.end(data);
      };
      if (path === '/x.html')
        return send(200, 'text/html', '<script>document.title="XSS on "+location.origin</script>');
      if (path === '/x.svg')
        return send(
          200,
          'image/svg+xml',
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        );
      if (path === '/redir.glb') return send(302, 'text/plain', '', { location: `${gateway}/metrics` });
      // An allowed PNG that storage labels as HTML: served as image/png, never as a page.
      if (path === '/p.png') return send(200, 'text/html', PNG);
      if (path === '/m.glb') return send(200, 'text/html', GLB);
      const action = String(req.headers['x-tc-action'] ?? '');
      const id = (n: string) => `100000000000000000${n}`;
      let response: object;
      if (action.startsWith('Submit')) {
        const n = /scenario (\d)/.exec((JSON.parse(body) as { Prompt?: string }).Prompt ?? '')?.[1] ?? '0';
        response = { JobId: id(n) };
      } else {
        const jobId = (JSON.parse(body) as { JobId: string }).JobId;
        response = { Status: 'DONE', ErrorCode: '', ErrorMessage: '', ResultFile3Ds: files[jobId] ?? [] };
      }
      send(
        200,
        'application/json',
        JSON.stringify({ Response: { ...response, RequestId: `fake-${Math.random()}` } }),
      );
    });
    internal = await startRawUpstream(answer(200, 'internal secret'));
    const use = (gatewayUrl: string) => {
      gateway = gatewayUrl;
      const self = fake.url;
      files[`1000000000000000001`] = [
        { Type: 'GLB', Url: `${gateway}/metrics`, PreviewImageUrl: `${self}/x.html` },
      ];
      files[`1000000000000000002`] = [
        { Type: 'GLB', Url: `${internal?.url}/secret.glb`, PreviewImageUrl: `${self}/x.svg` },
      ];
      files[`1000000000000000003`] = [
        { Type: 'GLB', Url: `${self}/redir.glb`, PreviewImageUrl: `${self}/page.html` },
        { Type: 'GLB', Url: 'file:///etc/passwd', PreviewImageUrl: `${self}/x.svg?.png` },
      ];
      files[`1000000000000000004`] = [
        { Type: 'GLB', Url: `${self}/m.glb`, PreviewImageUrl: `${self}/p.png` },
      ];
    };
    return { fake, internal, use };
  }

  it('fetches nothing from hosts off the list nor types it does not serve, and serves allowed files with nosniff and a sandboxing CSP', async () => {
    const { fake, internal, use } = await fakeTencent();
    // The fake Tencent is a loopback HUNYUAN_ENDPOINT: its own origin is allowed (like the simulator's),
    // the gateway's own port and any other loopback port are not.
    const t = await startTestGateway({ url: fake.url } as never, {
      HUNYUAN_ENDPOINT: fake.url,
      TENCENTCLOUD_SECRET_ID: 'AKIDauditSecretId0001',
      TENCENTCLOUD_SECRET_KEY: 'auditSecretKey0001',
      JOB_REFRESH_MS: '100',
    });
    const server = await listen(t.gateway, t.log.logger);
    use(server.url);
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4]) ids.push(await doneJob(t, `scenario ${n}`));
    const [one, two, three, four] = await Promise.all(ids.map((id) => filesOf(server.url, id)));
    const get = async (url: string | null | undefined) => {
      const res = await fetch(url ?? '');
      const text = await res.text();
      return {
        res,
        text,
        body: (text.startsWith('{') ? JSON.parse(text) : {}) as { error?: { code: string; message: string } },
      };
    };
    const storageHits = () => fake.requests.filter((r) => !r.headers['x-tc-action']).length;

    // The gateway's own /metrics, and another internal service: refused before any request.
    const metrics = await get(one?.resultFiles[0]?.url);
    expect(metrics.res.status).toBe(502);
    expect(metrics.body.error?.code).toBe('RESULT_FILE_HOST_NOT_ALLOWED');
    expect(metrics.body.error?.message).toMatch(/host 127\.0\.0\.1:\d+ is not in RESULT_FILE_HOSTS/);
    expect(metrics.text).not.toMatch(/gateway_|process_cpu/);
    const secret = await get(two?.resultFiles[0]?.url);
    expect(secret.body.error?.code).toBe('RESULT_FILE_HOST_NOT_ALLOWED');
    expect(internal?.requests).toEqual([]);
    const file = await get(three?.resultFiles[1]?.url);
    expect(file.body.error?.code).toBe('RESULT_FILE_HOST_NOT_ALLOWED');

    // HTML and SVG "previews" (on an allowed host): refused by type, never fetched.
    expect(one?.resultFiles[0]?.previewImageUrl).toMatch(/\/preview\.html$/);
    for (const url of [
      one?.resultFiles[0]?.previewImageUrl,
      two?.resultFiles[0]?.previewImageUrl,
      three?.resultFiles[0]?.previewImageUrl,
    ]) {
      const page = await get(url);
      expect({ url, status: page.res.status }).toEqual({ url, status: 502 });
      expect(page.body.error?.code).toBe('RESULT_FILE_TYPE_NOT_ALLOWED');
      expect(page.res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(page.text).not.toContain('<script');
    }
    expect(storageHits()).toBe(0);

    // A redirect is not followed (it pointed at /metrics).
    const redirect = await get(three?.resultFiles[0]?.url);
    expect(redirect.res.status).toBe(502);
    expect(redirect.body.error).toMatchObject({
      code: 'UPSTREAM_FILE_ERROR',
      message: expect.stringContaining('HTTP 302'),
    });
    expect(redirect.text).not.toMatch(/gateway_/);
    expect(storageHits()).toBe(1);
    expect(t.gateway.files.stats().downloads).toBe(0);

    // Allowed files: typed by name whatever storage claimed, never sniffed, sandboxed, models downloaded.
    const model = await fetch(four?.resultFiles[0]?.url ?? '');
    expect(model.status).toBe(200);
    expect(Buffer.from(await model.arrayBuffer())).toEqual(GLB);
    expect(model.headers.get('content-type')).toBe('model/gltf-binary');
    expect(model.headers.get('content-disposition')).toMatch(
      /^attachment; filename="job_[\w-]+-model\.glb"$/,
    );
    const preview = await fetch(four?.resultFiles[0]?.previewImageUrl ?? '');
    expect(preview.status).toBe(200);
    expect(Buffer.from(await preview.arrayBuffer())).toEqual(PNG);
    expect(preview.headers.get('content-type')).toBe('image/png');
    expect(preview.headers.get('content-disposition')).toMatch(/^inline; /);
    for (const res of [model, preview]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    }
    const logged = t.log.lines().filter((l) => l.msg === 'result file URL refused');
    expect(logged.length).toBeGreaterThanOrEqual(3);
  });
});
