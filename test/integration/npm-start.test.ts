import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseGlbHeader } from '../../src/simulator/files/glb.ts';
import { gqlHttp, startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * `npm start` runs the compiled gateway (dist/main.js, built first by its prestart step when the build
 * is missing or stale, which can take a while on a loaded machine: hence the generous bounds).
 */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('npm start with no Tencent account', () => {
  it('says so first, serves GraphiQL from itself, and a prompt reaches DONE with a downloadable GLB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-start-'));
    dirs.push(dir);
    const gw = await startGatewayProcess({
      command: ['npm', 'start', '--silent'],
      env: {
        GATEWAY_DB: join(dir, 'gateway.db'),
        SIMULATOR_WAIT_MS: '200',
        SIMULATOR_RUN_MS: '600',
        JOB_REFRESH_MS: '300',
      },
      timeoutMs: 150_000,
    });
    expect(String(gw.logs[0]?.msg)).toMatch(/No Tencent credentials.*embedded Hunyuan 3D simulator/);

    const page = await fetch(`${gw.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Hunyuan 3D gateway</title>');
    // Everything GraphiQL needs is inline: no script or stylesheet from another origin.
    expect(html).not.toMatch(/<script[^>]+src=["']?https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']?https?:/i);

    const submitted = await gqlHttp<{ data: { submitJob: { id: string; status: string } } }>(
      gw.url,
      'mutation { submitJob(input: { prompt: "a small wooden chair" }) { id status } }',
    );
    const id = submitted.data.submitJob.id;
    let job:
      | { status: string; resultFiles: Array<{ type: string; url: string; previewImageUrl: string }> }
      | undefined;
    for (let i = 0; i < 60; i++) {
      const r = await gqlHttp<{ data: { job: NonNullable<typeof job> } }>(
        gw.url,
        'query ($id: ID!) { job(id: $id) { status resultFiles { type url previewImageUrl } } }',
        { id },
      );
      job = r.data.job;
      if (job.status === 'DONE') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(job?.status).toBe('DONE');
    const file = job?.resultFiles[0];
    expect(file?.type).toBe('GLB');
    // Through the gateway's /files/ proxy, never straight from upstream storage.
    expect(file?.url).toBe(`${gw.url}/files/${id}/0/model.glb`);
    const glb = await fetch(file?.url ?? '');
    expect(glb.status).toBe(200);
    const bytes = new Uint8Array(await glb.arrayBuffer());
    expect(parseGlbHeader(bytes)?.version).toBe(2);
    const preview = await fetch(file?.previewImageUrl ?? '');
    expect(preview.headers.get('content-type')).toBe('image/png');

    // The demo page and its bundled script are served too.
    const demo = await fetch(`${gw.url}/`);
    expect(demo.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await demo.text()).toContain('src="demo/demo.js"');
    const script = await fetch(`${gw.url}/demo/demo.js`);
    expect(script.status).toBe(200);
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);

    await gw.kill('SIGTERM');
    expect(gw.logs.map((l) => l.msg)).toContain('stopped');
  }, 240_000);

  it('kill -TERM <pid of npm> stops the gateway: npm and its node child both exit, nothing listens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-start-'));
    dirs.push(dir);
    const gw = await startGatewayProcess({
      command: ['npm', 'start', '--silent'],
      env: { GATEWAY_DB: join(dir, 'gateway.db') },
      timeoutMs: 150_000,
    });
    // The gateway is npm's child (through `exec`, no shell in between), not npm itself.
    const nodePid = Number(gw.logs[0]?.pid);
    expect(nodePid).toBeGreaterThan(0);
    expect(nodePid).not.toBe(gw.child.pid);
    const alive = () => {
      try {
        process.kill(nodePid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(alive()).toBe(true);
    try {
      const closed = once(gw.child, 'close');
      // The npm process alone, as `kill -TERM <pid>` does (not its process group).
      gw.child.kill('SIGTERM');
      const [code] = await Promise.race([
        closed,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('npm did not exit within 30 s of SIGTERM')), 30_000),
        ),
      ]);
      // npm waited for the gateway, which shut down cleanly and ended with 0.
      expect(code).toBe(0);
      expect(gw.logs.map((l) => l.msg)).toContain('shutting down');
      expect(gw.logs.map((l) => l.msg)).toContain('stopped');
      await expect.poll(alive, { timeout: 15_000 }).toBe(false);
      await expect(fetch(`${gw.url}/health`, { signal: AbortSignal.timeout(5000) })).rejects.toThrow();
    } finally {
      // Never leave an orphan behind if the assertions above failed.
      if (alive()) process.kill(nodePid, 'SIGKILL');
    }
  }, 240_000);
});
