import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Gateway } from '../../src/gateway.ts';
import type { JobRecord } from '../../src/jobs/domain/job.ts';
import { parseGlbHeader } from '../../src/simulator/files/glb.ts';
import { listen, startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { answer, closedPort, startRawUpstream } from '../helpers/raw-upstream.ts';
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

async function setup() {
  const sim = await startTestSimulator(FAST);
  const t = await startTestGateway(sim, { JOB_REFRESH_MS: '100' });
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
    const { t, server } = await setup();
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
    const { t, server } = await setup();
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
