import { describe, expect, it } from 'vitest';
import { FaultSpecError } from '../../../src/simulator/faults.ts';
import { callApi, callCode, rawRequest, signedRequest } from '../../helpers/signed-fetch.ts';
import { startTestSimulator } from '../../helpers/simulator.ts';

const submit = { action: 'SubmitHunyuanTo3DProJob', body: { Prompt: 'a cat' } };
const query = { action: 'QueryHunyuanTo3DProJob', body: { JobId: '1000000000000000000' } };

async function control(url: string, method: string, path: string, body?: unknown) {
  const res = await rawRequest(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: JSON.parse(res.body.toString('utf8')) as Record<string, unknown> };
}

describe('simulator faults', () => {
  it('errorRate 1 answers InternalError and creates no job', async () => {
    const sim = await startTestSimulator({ faults: { errorRate: 1 } });
    const res = await callApi(sim.url, submit);
    expect(res.Error?.Code).toBe('InternalError');
    expect(typeof res.RequestId).toBe('string');
    expect(sim.jobs.list()).toEqual([]);
    expect(sim.counters.read()).toMatchObject({
      jobsSubmitted: { PRO: 0 },
      answers: { SubmitHunyuanTo3DProJob: { InternalError: 1 } },
      peakWindow: {},
    });
  });

  it('draws from errorCodes', async () => {
    const sim = await startTestSimulator({ faults: { errorRate: 1, errorCodes: ['RequestLimitExceeded'] } });
    expect(await callCode(sim.url, submit)).toBe('RequestLimitExceeded');
  });

  it('dropRate 1 destroys the socket without an answer', async () => {
    const sim = await startTestSimulator({ faults: { dropRate: 1 } });
    await expect(signedRequest(sim.url, submit)).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(sim.jobs.list()).toEqual([]);
    expect(sim.counters.read().answers.SubmitHunyuanTo3DProJob).toEqual({ DROPPED: 1 });
  });

  it('http5xxRate 1 answers 502/503 with an HTML body', async () => {
    const sim = await startTestSimulator({ faults: { http5xxRate: 1 } });
    const res = await signedRequest(sim.url, submit);
    expect([502, 503]).toContain(res.status);
    expect(res.headers['content-type']).toBe('text/html');
    expect(res.body.toString()).toContain('<html>');
    expect(sim.jobs.list()).toEqual([]);
  });

  it('adds latency, with jitter bounded by latencyJitterMs', async () => {
    const sim = await startTestSimulator({
      faults: { latencyMs: 150, latencyJitterMs: 50 },
      random: () => 0.5,
    });
    const started = performance.now();
    expect(await callCode(sim.url, submit)).toBe('OK');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(170);
    expect(elapsed).toBeLessThan(1000);
  });

  it('restricts faults to the listed actions', async () => {
    const sim = await startTestSimulator({ faults: { errorRate: 1, actions: ['SubmitHunyuanTo3DProJob'] } });
    expect(await callCode(sim.url, submit)).toBe('InternalError');
    expect(await callCode(sim.url, query)).toBe('ResourceNotFound');
  });

  it('plays a nextErrors script one entry per request, then answers normally', async () => {
    const sim = await startTestSimulator();
    sim.faults.set({
      nextErrors: ['InternalError', 'pass', 'drop', 'http503', 'FailedOperation.EngineServerLimitExceeded'],
    });
    expect(await callCode(sim.url, query)).toBe('InternalError');
    expect(sim.faults.get().nextErrors).toEqual([
      'pass',
      'drop',
      'http503',
      'FailedOperation.EngineServerLimitExceeded',
    ]);
    expect(await callCode(sim.url, query)).toBe('ResourceNotFound');
    await expect(signedRequest(sim.url, query)).rejects.toThrow();
    expect((await signedRequest(sim.url, query)).status).toBe(503);
    expect(await callCode(sim.url, query)).toBe('FailedOperation.EngineServerLimitExceeded');
    expect(await callCode(sim.url, query)).toBe('ResourceNotFound');
    expect(sim.counters.read().answers.QueryHunyuanTo3DProJob).toEqual({
      InternalError: 1,
      ResourceNotFound: 2,
      DROPPED: 1,
      HTTP_503: 1,
      'FailedOperation.EngineServerLimitExceeded': 1,
    });
  });

  it('sets, reads and clears faults at runtime in-process', async () => {
    const sim = await startTestSimulator();
    sim.faults.set({ errorRate: 1 });
    expect(await callCode(sim.url, submit)).toBe('InternalError');
    sim.faults.clear();
    expect(sim.faults.get()).toEqual({});
    expect(await callCode(sim.url, submit)).toBe('OK');
    expect(() => sim.faults.set({ errorRate: 2 })).toThrow(FaultSpecError);
  });

  it('sets, reads and clears faults over HTTP without signing', async () => {
    const sim = await startTestSimulator();
    const set = await control(sim.url, 'POST', '/_sim/faults', {
      errorRate: 1,
      errorCodes: ['ServiceUnavailable'],
    });
    expect(set).toEqual({ status: 200, json: { errorRate: 1, errorCodes: ['ServiceUnavailable'] } });
    expect(await callCode(sim.url, submit)).toBe('ServiceUnavailable');
    expect((await control(sim.url, 'GET', '/_sim/faults')).json).toEqual({
      errorRate: 1,
      errorCodes: ['ServiceUnavailable'],
    });
    expect(await control(sim.url, 'DELETE', '/_sim/faults')).toEqual({ status: 200, json: {} });
    expect(await callCode(sim.url, submit)).toBe('OK');
  });

  it('rejects an invalid fault spec over HTTP with 400 and the reason', async () => {
    const sim = await startTestSimulator();
    const bad = await control(sim.url, 'POST', '/_sim/faults', { dropRate: 1.5, bogus: true });
    expect(bad.status).toBe(400);
    expect(String(bad.json.error)).toMatch(/dropRate/);
    expect(String(bad.json.error)).toMatch(/bogus/);
    expect(sim.faults.get()).toEqual({});
    expect((await control(sim.url, 'GET', '/_sim/nope')).status).toBe(404);
  });

  it('down drops every API call and file download; control routes still clear it', async () => {
    const sim = await startTestSimulator();
    expect((await control(sim.url, 'POST', '/_sim/faults', { down: true })).status).toBe(200);
    await expect(signedRequest(sim.url, submit)).rejects.toThrow();
    await expect(rawRequest(`${sim.url}/files/1/2/model.glb`, {})).rejects.toThrow();
    expect((await control(sim.url, 'DELETE', '/_sim/faults')).status).toBe(200);
    expect(await callCode(sim.url, submit)).toBe('OK');
  });

  it('exposes and resets counters over HTTP', async () => {
    const sim = await startTestSimulator();
    await callCode(sim.url, submit);
    const before = await control(sim.url, 'GET', '/_sim/counters');
    expect(before.json).toMatchObject({
      requests: { SubmitHunyuanTo3DProJob: 1 },
      answers: { SubmitHunyuanTo3DProJob: { OK: 1 } },
      peakWindow: { SubmitHunyuanTo3DProJob: 1 },
      jobsSubmitted: { PRO: 1, RAPID: 0 },
      peakRunningJobs: { PRO: 1, RAPID: 0 },
      fileDownloads: {},
    });
    const jobs = await control(sim.url, 'GET', '/_sim/jobs');
    expect(jobs.json.jobs).toHaveLength(1);
    const reset = await control(sim.url, 'POST', '/_sim/counters/reset');
    expect(reset.json).toMatchObject({ requests: {}, jobsSubmitted: { PRO: 0 } });
    sim.counters.reset();
    expect(sim.counters.read().requests).toEqual({});
  });
});
