import { describe, expect, it } from 'vitest';
import { FAIL_MARKER, failureForPrompt } from '../../../src/simulator/jobs.ts';
import { callApi, type SignedCall } from '../../helpers/signed-fetch.ts';
import { manualClock, startTestSimulator } from '../../helpers/simulator.ts';

async function withClock(extra: Parameters<typeof startTestSimulator>[0] = {}) {
  const clock = manualClock();
  const sim = await startTestSimulator({ now: clock.now, ...extra });
  const call = (c: SignedCall) => callApi(sim.url, { timestamp: Math.floor(clock.now() / 1000), ...c });
  const submit = async (body: Record<string, unknown>, action = 'SubmitHunyuanTo3DProJob') => {
    const res = await call({ action, body });
    expect(res.Error).toBeUndefined();
    return res.JobId as string;
  };
  const query = (JobId: unknown, action = 'QueryHunyuanTo3DProJob') => call({ action, body: { JobId } });
  return { clock, sim, call, submit, query };
}

describe('simulator jobs', () => {
  it('walks WAIT → RUN → DONE on the simulator clock', async () => {
    const { clock, submit, query, sim } = await withClock();
    const id = await submit({ Prompt: 'a red chair' });
    const wait = await query(id);
    expect(wait).toMatchObject({ Status: 'WAIT', ErrorCode: '', ErrorMessage: '', ResultFile3Ds: [] });
    clock.advance(999);
    expect((await query(id)).Status).toBe('WAIT');
    clock.advance(1);
    expect(await query(id)).toMatchObject({ Status: 'RUN', ResultFile3Ds: [] });
    clock.advance(3999);
    expect((await query(id)).Status).toBe('RUN');
    clock.advance(1);
    const done = await query(id);
    expect(done).toMatchObject({ Status: 'DONE', ErrorCode: '', ErrorMessage: '' });
    expect(done.ResultFile3Ds).toEqual([
      {
        Type: 'GLB',
        Url: expect.stringMatching(
          new RegExp(`^${sim.url}/files/${id}/[0-9a-f]+/model\\.glb\\?expires=\\d+&sig=[0-9a-f]{64}$`),
        ),
        PreviewImageUrl: expect.stringContaining('/preview.png?expires='),
      },
    ]);
    expect(sim.jobs.get(id)).toMatchObject({ id, kind: 'PRO', status: 'DONE', prompt: 'a red chair' });
  });

  it('uses the Rapid durations and adds the ResultFormat file after the GLB', async () => {
    const { clock, submit, query } = await withClock();
    const id = await submit({ Prompt: 'a lamp', ResultFormat: 'STL' }, 'SubmitHunyuanTo3DRapidJob');
    clock.advance(500);
    expect((await query(id, 'QueryHunyuanTo3DRapidJob')).Status).toBe('RUN');
    clock.advance(2000);
    const done = await query(id, 'QueryHunyuanTo3DRapidJob');
    expect(done.Status).toBe('DONE');
    expect((done.ResultFile3Ds as { Type: string }[]).map((f) => f.Type)).toEqual(['GLB', 'STL']);
  });

  it(`fails a job whose prompt contains ${FAIL_MARKER}`, async () => {
    const { clock, submit, query, sim } = await withClock();
    const id = await submit({ Prompt: 'a cat [fail]' });
    clock.advance(4999);
    expect((await query(id)).Status).toBe('RUN');
    clock.advance(1);
    expect(await query(id)).toMatchObject({
      Status: 'FAIL',
      ErrorCode: 'FailedOperation.InnerError',
      ErrorMessage: '服务内部错误，请重试。',
      ResultFile3Ds: [],
    });
    expect(sim.jobs.get(id)?.errorCode).toBe('FailedOperation.InnerError');
  });

  it('fails with the code named in [fail:Code]', async () => {
    const { clock, submit, query } = await withClock();
    const id = await submit({ Prompt: '[fail:FailedOperation.EngineServerLimitExceeded] cat' });
    clock.advance(5000);
    expect(await query(id)).toMatchObject({
      Status: 'FAIL',
      ErrorCode: 'FailedOperation.EngineServerLimitExceeded',
    });
    expect(failureForPrompt('x [fail:FailedOperation.ServerError]')).toEqual({
      code: 'FailedOperation.ServerError',
      message: '算法服务异常',
    });
    expect(failureForPrompt('no marker')).toBeUndefined();
  });

  it('fails only the first job of a prompt with [fail-once] (a retry of the same prompt runs)', async () => {
    const { clock, submit, query } = await withClock();
    const prompt = 'a cat [fail-once:FailedOperation.EngineServerError]';
    const first = await submit({ Prompt: prompt });
    const other = await submit({ Prompt: 'a dog [fail-once]' });
    clock.advance(5000);
    const retry = await submit({ Prompt: prompt });
    clock.advance(5000);
    expect(await query(first)).toMatchObject({
      Status: 'FAIL',
      ErrorCode: 'FailedOperation.EngineServerError',
    });
    expect(await query(other)).toMatchObject({
      Status: 'FAIL',
      ErrorCode: 'FailedOperation.InnerError',
      ErrorMessage: '服务内部错误，请重试。',
    });
    expect(await query(retry)).toMatchObject({ Status: 'DONE', ErrorCode: '' });
  });

  it('issues unique 19-digit JobIds with a non-zero first digit', async () => {
    const { submit } = await withClock({ slots: { PRO: 100 }, ratePerSecond: 100 });
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => submit({ Prompt: `thing ${i}` })));
    for (const id of ids) expect(id).toMatch(/^[1-9]\d{18}$/);
    expect(new Set(ids).size).toBe(50);
  });

  it('answers ResourceNotFound for unknown, malformed and other-kind JobIds', async () => {
    const { submit, query } = await withClock();
    const rapidId = await submit({ Prompt: 'cat' }, 'SubmitHunyuanTo3DRapidJob');
    for (const id of ['1234567890123456789', 'not-a-job', '', rapidId]) {
      const res = await query(id);
      expect(res.Error?.Code).toBe('ResourceNotFound');
      expect(res.Error?.Message).toContain('does not exist or has expired');
    }
    expect((await query(rapidId, 'QueryHunyuanTo3DRapidJob')).Status).toBe('WAIT');
  });

  it("does not show one account's job to another", async () => {
    const { call } = await withClock({
      credentials: [
        { secretId: 'AKIDa', secretKey: 'ka' },
        { secretId: 'AKIDb', secretKey: 'kb' },
      ],
    });
    const a = { secretId: 'AKIDa', secretKey: 'ka' };
    const { JobId } = await call({ ...a, action: 'SubmitHunyuanTo3DProJob', body: { Prompt: 'cat' } });
    const b = await call({
      secretId: 'AKIDb',
      secretKey: 'kb',
      action: 'QueryHunyuanTo3DProJob',
      body: { JobId },
    });
    expect(b.Error?.Code).toBe('ResourceNotFound');
  });

  it('expires a JobId after 24 hours', async () => {
    const { clock, submit, query } = await withClock();
    const id = await submit({ Prompt: 'cat' });
    clock.advance(24 * 3600 * 1000 - 1);
    expect((await query(id)).Status).toBe('DONE');
    clock.advance(1);
    expect((await query(id)).Error?.Code).toBe('ResourceNotFound');
  });

  it('validates the Query body', async () => {
    const { call, query } = await withClock();
    expect((await call({ action: 'QueryHunyuanTo3DProJob', body: {} })).Error?.Code).toBe('MissingParameter');
    expect((await query(1234)).Error?.Code).toBe('InvalidParameter');
    const extra = await call({ action: 'QueryHunyuanTo3DProJob', body: { JobId: '1', Foo: 1 } });
    expect(extra.Error?.Code).toBe('UnknownParameter');
  });
});
