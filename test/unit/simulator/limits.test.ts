import { describe, expect, it } from 'vitest';
import { callApi, callCode, type SignedCall } from '../../helpers/signed-fetch.ts';
import { manualClock, startTestSimulator } from '../../helpers/simulator.ts';

const PRO = 'SubmitHunyuanTo3DProJob';
const RAPID = 'SubmitHunyuanTo3DRapidJob';

async function withClock(extra: Parameters<typeof startTestSimulator>[0] = {}) {
  const clock = manualClock();
  const sim = await startTestSimulator({ now: clock.now, ...extra });
  /** Signs with the simulator's clock, so moving it never trips the skew check. */
  const call = (c: SignedCall) => callApi(sim.url, { timestamp: Math.floor(clock.now() / 1000), ...c });
  const code = async (c: SignedCall) => (await call(c)).Error?.Code ?? 'OK';
  return { clock, sim, call, code };
}

describe('simulator rate limit (20 per second per account and action)', () => {
  it('rejects exactly 5 of 25 requests fired in one burst, and the peak window is 20', async () => {
    const sim = await startTestSimulator();
    const codes = await Promise.all(
      Array.from({ length: 25 }, () =>
        callCode(sim.url, { action: 'QueryHunyuanTo3DProJob', body: { JobId: '1000000000000000000' } }),
      ),
    );
    expect(codes.filter((c) => c === 'RequestLimitExceeded')).toHaveLength(5);
    expect(codes.filter((c) => c === 'ResourceNotFound')).toHaveLength(20);
    const counters = sim.counters.read();
    expect(counters.peakWindow.QueryHunyuanTo3DProJob).toBe(20);
    expect(counters.peakArrivalWindow.QueryHunyuanTo3DProJob).toBe(25);
    expect(counters.requests.QueryHunyuanTo3DProJob).toBe(25);
    expect(counters.answers.QueryHunyuanTo3DProJob).toEqual({
      ResourceNotFound: 20,
      RequestLimitExceeded: 5,
    });
  });

  it('slides: a request is admitted again exactly 1000 ms after the oldest, and rejections do not count', async () => {
    const { clock, code } = await withClock();
    const query = { action: 'QueryHunyuanTo3DRapidJob', body: { JobId: '1000000000000000000' } };
    for (let i = 0; i < 20; i++) {
      expect(await code(query)).toBe('ResourceNotFound');
      clock.advance(10); // 20 requests spread over t .. t+190
    }
    clock.set(clock.now() - 200 + 999); // t + 999
    expect(await code(query)).toBe('RequestLimitExceeded');
    expect(await code(query)).toBe('RequestLimitExceeded');
    clock.advance(1); // t + 1000: the first request leaves the window
    expect(await code(query)).toBe('ResourceNotFound');
    expect(await code(query)).toBe('RequestLimitExceeded');
  });

  it('limits each action and each account separately', async () => {
    const { code } = await withClock({
      credentials: [
        { secretId: 'AKIDa', secretKey: 'ka' },
        { secretId: 'AKIDb', secretKey: 'kb' },
      ],
    });
    const a = { secretId: 'AKIDa', secretKey: 'ka' };
    const query = { ...a, action: 'QueryHunyuanTo3DProJob', body: { JobId: '1' } };
    for (let i = 0; i < 20; i++) await code(query);
    expect(await code(query)).toBe('RequestLimitExceeded');
    expect(await code({ ...query, action: 'QueryHunyuanTo3DRapidJob' })).toBe('ResourceNotFound');
    expect(await code({ ...query, secretId: 'AKIDb', secretKey: 'kb' })).toBe('ResourceNotFound');
  });

  it('does not rate-limit requests that fail authentication', async () => {
    const { code } = await withClock({ ratePerSecond: 1 });
    expect(await code({ action: PRO, secretKey: 'wrong' })).toBe('AuthFailure.SignatureFailure');
    expect(await code({ action: PRO, secretKey: 'wrong' })).toBe('AuthFailure.SignatureFailure');
    expect(await code({ action: PRO, body: { Prompt: 'cat' } })).toBe('OK');
    expect(await code({ action: PRO, body: { Prompt: 'cat' } })).toBe('RequestLimitExceeded');
  });
});

describe('simulator job slots', () => {
  it('rejects a 4th concurrent Pro job and a 2nd Rapid job with JobNumExceed', async () => {
    const { code, call, sim } = await withClock();
    for (let i = 0; i < 3; i++) expect(await code({ action: PRO, body: { Prompt: `cat ${i}` } })).toBe('OK');
    const fourth = await call({ action: PRO, body: { Prompt: 'cat 4' } });
    expect(fourth.Error).toEqual({
      Code: 'RequestLimitExceeded.JobNumExceed',
      Message: 'The limit of 3 concurrent jobs has been reached. Please retry later.',
    });
    expect(await code({ action: RAPID, body: { Prompt: 'dog' } })).toBe('OK');
    expect(await code({ action: RAPID, body: { Prompt: 'dog 2' } })).toBe(
      'RequestLimitExceeded.JobNumExceed',
    );
    const counters = sim.counters.read();
    expect(counters.jobsSubmitted).toMatchObject({ PRO: 3, RAPID: 1, UV: 0 });
    expect(counters.peakRunningJobs).toMatchObject({ PRO: 3, RAPID: 1, UV: 0 });
    expect(sim.jobs.list()).toHaveLength(4);
  });

  it("answers in Tencent's Chinese wording on the China site", async () => {
    const { call } = await withClock();
    const china = { action: RAPID, version: '2025-05-13', service: 'ai3d', region: 'ap-guangzhou' };
    await call({ ...china, body: { Prompt: 'cat' } });
    const second = await call({ ...china, body: { Prompt: 'cat' } });
    expect(second.Error?.Message).toBe('当前已达到1个任务上限，请稍后重试');
  });

  it('frees the slot when the job finishes', async () => {
    const { clock, code } = await withClock({ durations: { RAPID: { waitMs: 100, runMs: 900 } } });
    expect(await code({ action: RAPID, body: { Prompt: 'cat' } })).toBe('OK');
    clock.advance(999);
    expect(await code({ action: RAPID, body: { Prompt: 'cat' } })).toBe('RequestLimitExceeded.JobNumExceed');
    clock.advance(1);
    expect(await code({ action: RAPID, body: { Prompt: 'cat' } })).toBe('OK');
  });

  it('keeps the slot busy for slotHoldAfterDoneMs after DONE', async () => {
    const { clock, code, call } = await withClock({
      slotHoldAfterDoneMs: 30_000,
      durations: { RAPID: { waitMs: 0, runMs: 1000 } },
    });
    const { JobId } = await call({ action: RAPID, body: { Prompt: 'cat' } });
    clock.advance(1000);
    expect((await call({ action: 'QueryHunyuanTo3DRapidJob', body: { JobId } })).Status).toBe('DONE');
    clock.advance(29_999);
    expect(await code({ action: RAPID, body: { Prompt: 'cat' } })).toBe('RequestLimitExceeded.JobNumExceed');
    clock.advance(1);
    expect(await code({ action: RAPID, body: { Prompt: 'cat' } })).toBe('OK');
  });

  it('gives each account its own slots and honours the slots option', async () => {
    const { code } = await withClock({
      slots: { PRO: 1 },
      credentials: [
        { secretId: 'AKIDa', secretKey: 'ka' },
        { secretId: 'AKIDb', secretKey: 'kb' },
      ],
    });
    const a = { secretId: 'AKIDa', secretKey: 'ka', action: PRO, body: { Prompt: 'cat' } };
    expect(await code(a)).toBe('OK');
    expect(await code(a)).toBe('RequestLimitExceeded.JobNumExceed');
    expect(await code({ ...a, secretId: 'AKIDb', secretKey: 'kb' })).toBe('OK');
  });

  it('does not take a slot for a rejected submit', async () => {
    const { code } = await withClock();
    expect(await code({ action: RAPID, body: { Prompt: 'cat', ResultFormat: 'PLY' } })).toBe(
      'InvalidParameterValue',
    );
    expect(await code({ action: RAPID, body: { Prompt: 'cat' } })).toBe('OK');
  });
});
