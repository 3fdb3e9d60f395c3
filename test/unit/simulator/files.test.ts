import { describe, expect, it } from 'vitest';
import { parseGlbHeader } from '../../../src/simulator/files/glb.ts';
import { readImageInfo } from '../../../src/tencent/image-info.ts';
import { callApi, rawRequest } from '../../helpers/signed-fetch.ts';
import { manualClock, startTestSimulator } from '../../helpers/simulator.ts';

async function doneJob(
  extra: Parameters<typeof startTestSimulator>[0] = {},
  body: Record<string, unknown> = { Prompt: 'a cat' },
) {
  const clock = manualClock();
  const sim = await startTestSimulator({ now: clock.now, ...extra });
  const call = (action: string, b: Record<string, unknown>) =>
    callApi(sim.url, { action, body: b, timestamp: Math.floor(clock.now() / 1000) });
  const { JobId } = await call('SubmitHunyuanTo3DProJob', body);
  clock.advance(5000);
  const done = await call('QueryHunyuanTo3DProJob', { JobId });
  const [file] = done.ResultFile3Ds as { Type: string; Url: string; PreviewImageUrl: string }[];
  if (!file) throw new Error('no result file');
  return { sim, clock, file, jobId: JobId as string };
}

describe('simulator result files', () => {
  it('serves a GLB with glTF magic, the right type and length, generated once and cached', async () => {
    const { sim, file } = await doneJob();
    const res = await rawRequest(file.Url, {});
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('model/gltf-binary');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.subarray(0, 4).toString('latin1')).toBe('glTF');
    expect(parseGlbHeader(res.body)).toMatchObject({ version: 2, length: res.body.length });
    const again = await rawRequest(file.Url, {});
    expect(again.body.equals(res.body)).toBe(true);
    expect(sim.counters.read().fileDownloads).toEqual({ 'model.glb': 2 });
  });

  it('serves a PNG preview and answers HEAD without a body', async () => {
    const { file } = await doneJob();
    const res = await rawRequest(file.PreviewImageUrl, {});
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(readImageInfo(res.body)?.format).toBe('png');
    const head = await rawRequest(file.PreviewImageUrl, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(res.body.length));
    expect(head.body.length).toBe(0);
  });

  it('derives the model from the prompt', async () => {
    const a = await doneJob({}, { Prompt: 'a cat' });
    const b = await doneJob({}, { Prompt: 'a tall tower' });
    const [glbA, glbB] = await Promise.all([rawRequest(a.file.Url, {}), rawRequest(b.file.Url, {})]);
    expect(glbA.body.equals(glbB.body)).toBe(false);
  });

  it('answers 403 once the URL has expired (24 h after the job finished)', async () => {
    const { clock, file } = await doneJob();
    clock.advance(24 * 3600 * 1000 - 1000);
    expect((await rawRequest(file.Url, {})).status).toBe(200);
    clock.advance(2000);
    const res = await rawRequest(file.Url, {});
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toBe('application/xml');
    expect(res.body.toString()).toContain('<Code>AccessDenied</Code>');
  });

  it('answers 403 for a tampered signature or expiry and 404 for unknown paths', async () => {
    const { sim, file } = await doneJob();
    const url = new URL(file.Url);
    const later = new URL(url);
    later.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    expect((await rawRequest(later.href, {})).status).toBe(403);
    const noSig = new URL(url);
    noSig.searchParams.delete('sig');
    expect((await rawRequest(noSig.href, {})).status).toBe(403);
    expect((await rawRequest(`${sim.url}/files/123/abc/model.glb`, {})).status).toBe(404);
    expect((await rawRequest(file.Url, { method: 'DELETE' })).status).toBe(405);
  });

  it('builds URLs on publicUrl when given', async () => {
    const { file } = await doneJob({ publicUrl: 'https://sim.example.com/' });
    expect(file.Url.startsWith('https://sim.example.com/files/')).toBe(true);
  });
});
