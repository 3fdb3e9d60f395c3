import { describe, expect, it } from 'vitest';
import { createExternalLookup, UpstreamBusyError } from '../../../src/jobs/read/external-lookup.ts';
import type { UpstreamQuery } from '../../../src/jobs/scheduler/upstream-query.ts';
import type { JobRepository } from '../../../src/jobs/store/job-repository.ts';
import { TencentApiError } from '../../../src/tencent/errors.ts';
import { JOB_KIND_NAMES } from '../../../src/tencent/job-kinds.ts';
import type { QueryJobResponse } from '../../../src/tencent/types.ts';

/** An upstream whose Queries stay open until `answerAll()`; each answers "no such JobId". */
function heldUpstream() {
  const pending: Array<() => void> = [];
  const calls: string[] = [];
  const upstream: UpstreamQuery = {
    query(kind, id) {
      calls.push(`${kind.name}:${id}`);
      return new Promise<QueryJobResponse>((_resolve, reject) => {
        pending.push(() =>
          reject(
            new TencentApiError({
              action: kind.queryAction,
              tencentCode: 'ResourceNotFound',
              message: 'no such job',
              requestId: undefined,
            }),
          ),
        );
      });
    },
    inFlight: () => pending.length,
  };
  const answerAll = async () => {
    // Each search asks one kind after the other: answer until nothing is left.
    for (let round = 0; round < 100 && pending.length > 0; round++) {
      for (const answer of pending.splice(0)) answer();
      await new Promise((r) => setImmediate(r));
    }
  };
  return { upstream, calls, answerAll };
}

const repo = { getByUpstreamId: async () => undefined } as unknown as JobRepository;

describe('external lookup budget (audit F15)', () => {
  it('refuses beyond the lookups in flight and per second, at once and without an upstream call', async () => {
    let t = 1_000_000;
    const { upstream, calls, answerAll } = heldUpstream();
    const lookup = createExternalLookup({ upstream, repo, now: () => t, maxInFlight: 2, perSecond: 3 });

    const a = lookup.lookup('1000000000000000001');
    const b = lookup.lookup('1000000000000000002');
    // The same JobId joins its search: no new search, nothing counted.
    const aAgain = lookup.lookup('1000000000000000001');
    const busy = await lookup.lookup('1000000000000000003').catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(UpstreamBusyError);
    expect((busy as UpstreamBusyError).message).toMatch(/at most 2 at a time/);
    expect(calls).toHaveLength(2);

    await answerAll();
    expect(await Promise.all([a, b, aAgain])).toEqual([undefined, undefined, undefined]);
    // Known unknowns come from the negative cache: free.
    expect(await lookup.lookup('1000000000000000001')).toBeUndefined();

    // Two started in this second; one more may start, the next is refused until the second is over.
    const c = lookup.lookup('1000000000000000004');
    await answerAll();
    await c;
    const rate = await lookup.lookup('1000000000000000005').catch((e: unknown) => e);
    expect(rate).toBeInstanceOf(UpstreamBusyError);
    expect((rate as UpstreamBusyError).message).toMatch(/at most 3 per second/);
    expect((rate as UpstreamBusyError).retryAfterMs).toBe(1000);
    t += 1000;
    const d = lookup.lookup('1000000000000000005');
    await answerAll();
    expect(await d).toBeUndefined();
    // One Query per kind (each its own action's budget) per unknown JobId: 4 searches; the refused
    // ones cost none.
    expect(calls).toHaveLength(4 * JOB_KIND_NAMES.length);
  });
});
