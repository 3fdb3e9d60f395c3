import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TooManyWebhooksError } from '../../../src/webhooks/errors.ts';
import {
  enabled,
  type NewDelivery,
  newDeliveryId,
  newEndpointId,
  type Settlement,
  type WebhookEndpoint,
  type WebhookStore,
} from '../../../src/webhooks/store.ts';
import { createMemoryWebhookStore } from '../../../src/webhooks/store-memory.ts';
import { createRedisWebhookStore } from '../../../src/webhooks/store-redis.ts';
import { createSqliteWebhookStore } from '../../../src/webhooks/store-sqlite.ts';
import { connectTestRedis, testKeyPrefix } from '../../helpers/redis-connection.ts';

const AT = Date.UTC(2026, 0, 1);
const KEEP = { maxPerEndpoint: 100, keepMs: 7 * 24 * 3_600_000 };

interface Opened {
  store: WebhookStore;
  /** A second store over the same data (another connection or replica). */
  again: () => Promise<WebhookStore>;
  cleanup: () => void;
}

const cases: Array<{ name: string; open: () => Promise<Opened> }> = [
  {
    name: 'memory',
    open: async () => {
      const store = createMemoryWebhookStore();
      return { store, again: async () => store, cleanup: () => {} };
    },
  },
  {
    name: 'sqlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'webhook-store-'));
      const path = join(dir, 'gateway.db');
      const extra: WebhookStore[] = [];
      return {
        store: createSqliteWebhookStore({ path }),
        again: async () => {
          const s = createSqliteWebhookStore({ path });
          extra.push(s);
          return s;
        },
        cleanup: () => {
          for (const s of extra) void s.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'redis',
    open: async () => {
      const keyPrefix = testKeyPrefix();
      const store = createRedisWebhookStore({ redis: await connectTestRedis(), keyPrefix });
      return {
        store,
        again: async () => createRedisWebhookStore({ redis: await connectTestRedis(), keyPrefix }),
        cleanup: () => {},
      };
    },
  },
];

function endpoint(overrides: Partial<WebhookEndpoint> = {}): WebhookEndpoint {
  return {
    id: newEndpointId(),
    owner: 'alice',
    url: 'https://hooks.example.com/a',
    events: ['job.started', 'job.succeeded'],
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    createdAt: AT,
    disabled: false,
    ...overrides,
  };
}

function delivery(endpointId: string, key: string, overrides: Partial<NewDelivery> = {}): NewDelivery {
  return {
    id: newDeliveryId(),
    endpointId,
    owner: 'alice',
    eventId: `msg_${key}`,
    eventKey: key,
    type: 'job.succeeded',
    subjectId: 'job_aaaaaaaaaaaaaaaa',
    body: '{"type":"job.succeeded","data":{"resultFiles":[]}}',
    createdAt: AT,
    nextAttemptAt: AT,
    ...overrides,
  };
}

const failedAt = (at: number, next: number | undefined, step = 1): Settlement => ({
  status: next === undefined ? 'FAILED' : 'PENDING',
  step,
  nextAttemptAt: next,
  lastAttemptAt: at,
  responseStatus: 500,
  lastError: 'HTTP 500',
});

describe.each(cases)('webhook store: $name', ({ open }) => {
  let opened: Opened;
  let store: WebhookStore;

  beforeEach(async () => {
    opened = await open();
    store = opened.store;
  });
  afterEach(async () => {
    await store.close();
    opened.cleanup();
  });

  it('keeps endpoints per owner, up to a limit, and changes them by compare-and-set', async () => {
    const a = endpoint({ createdAt: AT });
    const b = endpoint({ createdAt: AT + 1 });
    await store.createEndpoint(a, 2);
    await store.createEndpoint(b, 2);
    await store.createEndpoint(endpoint({ owner: 'bob' }), 2);
    await expect(store.createEndpoint(endpoint(), 2)).rejects.toBeInstanceOf(TooManyWebhooksError);

    expect((await store.listEndpoints('alice')).map((e) => e.id)).toEqual([a.id, b.id]);
    expect(await store.getEndpoint(a.id)).toStrictEqual(a);
    expect(await store.getEndpoint(newEndpointId())).toBeUndefined();

    const rotated = await store.updateEndpoint(a.id, (e) => ({
      ...e,
      secret: 'whsec_bmV3',
      previousSecret: e.secret,
    }));
    expect(rotated).toMatchObject({ secret: 'whsec_bmV3', previousSecret: a.secret });
    expect(await store.getEndpoint(a.id)).toStrictEqual(rotated);
    expect(await store.updateEndpoint(a.id, () => undefined)).toStrictEqual(rotated);
    expect(await store.updateEndpoint(newEndpointId(), (e) => e)).toBeUndefined();
  });

  it('enables a disabled endpoint by compare-and-set: only a disabled one, and never over a concurrent write', async () => {
    const gone = { disabled: true, disabledAt: AT + 5, disabledReason: 'HTTP 410 Gone' };
    const e = endpoint(gone);
    await store.createEndpoint(e, 20);

    // disabled and what goes with it are cleared; nothing else changes.
    const { disabledAt: _at, disabledReason: _reason, ...rest } = e;
    const on = await store.updateEndpoint(e.id, enabled);
    expect(on).toStrictEqual({ ...rest, disabled: false });
    expect(await store.getEndpoint(e.id)).toStrictEqual(on);
    // Not disabled: nothing is written, the record is answered as it is.
    expect(await store.updateEndpoint(e.id, enabled)).toStrictEqual(on);
    expect(await store.getEndpoint(e.id)).toStrictEqual(on);
    expect(await store.updateEndpoint(newEndpointId(), enabled)).toBeUndefined();

    // An enable and a rotation from another connection (replica), at once: both land, whichever
    // wrote first, because each is asked again about the record it replaces when the other got in.
    const other = await opened.again();
    for (let round = 0; round < 10; round++) {
      await store.updateEndpoint(e.id, (x) => ({ ...x, ...gone }));
      const before = (await store.getEndpoint(e.id))!;
      const secret = `whsec_round${round}`;
      await Promise.all([
        store.updateEndpoint(e.id, enabled),
        other.updateEndpoint(e.id, (x) => ({ ...x, secret, previousSecret: x.secret })),
      ]);
      const after = await other.getEndpoint(e.id);
      expect(after, `round ${round}`).toMatchObject({
        disabled: false,
        secret,
        previousSecret: before.secret,
      });
      expect(after).not.toHaveProperty('disabledAt');
      expect(after).not.toHaveProperty('disabledReason');
    }
  });

  it('adds an event once, however often it is derived, on any connection', async () => {
    const e = endpoint();
    await store.createEndpoint(e, 20);
    const other = await opened.again();
    const first = await store.addEvent(
      { key: 'job_1:job.succeeded', createdAt: AT },
      [delivery(e.id, 'job_1:job.succeeded')],
      KEEP,
    );
    const again = await other.addEvent(
      { key: 'job_1:job.succeeded', createdAt: AT },
      [delivery(e.id, 'job_1:job.succeeded')],
      KEEP,
    );
    expect([first, again]).toEqual([true, false]);
    const log = await store.listDeliveries(e.id, 10);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      status: 'PENDING',
      attempts: 0,
      step: 0,
      nextAttemptAt: AT,
      eventId: 'msg_job_1:job.succeeded',
      body: '{"type":"job.succeeded","data":{"resultFiles":[]}}',
    });
  });

  it('gives a due delivery to one claimer at a time, until its lease ends', async () => {
    const e = endpoint();
    await store.createEndpoint(e, 20);
    const d = delivery(e.id, 'k1');
    await store.addEvent({ key: 'k1', createdAt: AT }, [d], KEEP);
    await store.addEvent(
      { key: 'k2', createdAt: AT },
      [delivery(e.id, 'k2', { nextAttemptAt: AT + 5000 })],
      KEEP,
    );
    const other = await opened.again();

    const mine = await store.claimDue(AT, 10, { token: 'a', until: AT + 1000 });
    expect(mine.map((x) => [x.id, x.attempts, x.leaseToken])).toEqual([[d.id, 1, 'a']]);
    // Another replica (or this one again) gets nothing while the lease holds.
    expect(await other.claimDue(AT + 999, 10, { token: 'b', until: AT + 2000 })).toEqual([]);
    // The holder died without recording anything: after the lease, someone else gets it.
    const theirs = await other.claimDue(AT + 1000, 10, { token: 'b', until: AT + 3000 });
    expect(theirs.map((x) => [x.id, x.attempts, x.leaseToken])).toEqual([[d.id, 2, 'b']]);
    // The first claimer comes back: its outcome is refused, the second one's counts.
    expect(await store.settle(d.id, 'a', failedAt(AT + 1500, AT + 6500))).toBe(false);
    expect(await other.settle(d.id, 'b', failedAt(AT + 1600, AT + 6600))).toBe(true);
    expect(await store.getDelivery(d.id)).toMatchObject({
      status: 'PENDING',
      step: 1,
      attempts: 2,
      nextAttemptAt: AT + 6600,
      lastAttemptAt: AT + 1600,
      responseStatus: 500,
      lastError: 'HTTP 500',
      leaseToken: undefined,
      leaseUntil: undefined,
    });
    // Due again at its next attempt, and no sooner (k2 was due earlier).
    const early = await store.claimDue(AT + 6599, 10, { token: 'c', until: AT + 9000 });
    expect(early.map((x) => x.eventKey)).toEqual(['k2']);
    const due = await store.claimDue(AT + 6600, 10, { token: 'c', until: AT + 9000 });
    expect(due.map((x) => x.eventKey)).toEqual(['k1']);
    expect(
      await store.settle(d.id, 'c', {
        ...failedAt(AT + 7000, undefined),
        responseStatus: 200,
        status: 'SUCCEEDED',
        lastError: undefined,
      }),
    ).toBe(true);
    // Only k2 is left, claimable again once the lease of its unrecorded attempt ran out.
    const left = await store.claimDue(AT + 100_000, 10, { token: 'd', until: AT + 200_000 });
    expect(left.map((x) => [x.eventKey, x.attempts])).toEqual([['k2', 2]]);
    expect(await store.getDelivery(d.id)).toMatchObject({
      status: 'SUCCEEDED',
      nextAttemptAt: undefined,
      attempts: 3,
    });
  });

  it('replays a finished delivery from the start of the schedule, but never one in flight', async () => {
    const e = endpoint();
    await store.createEndpoint(e, 20);
    const d = delivery(e.id, 'k');
    await store.addEvent({ key: 'k', createdAt: AT }, [d], KEEP);
    await store.claimDue(AT, 1, { token: 't', until: AT + 1000 });
    expect(await store.replay(d.id, AT + 10)).toMatchObject({ status: 'PENDING', leaseToken: 't' });
    await store.settle(d.id, 't', failedAt(AT + 20, undefined, 7));
    expect(await store.getDelivery(d.id)).toMatchObject({ status: 'FAILED', step: 7 });

    const replayed = await store.replay(d.id, AT + 50);
    expect(replayed).toMatchObject({
      status: 'PENDING',
      step: 0,
      nextAttemptAt: AT + 50,
      attempts: 1,
      lastError: 'HTTP 500',
    });
    expect(await store.getDelivery(d.id)).toStrictEqual(replayed);
    expect((await store.claimDue(AT + 50, 5, { token: 'u', until: AT + 99 })).map((x) => x.attempts)).toEqual(
      [2],
    );
    expect(await store.replay(newDeliveryId(), AT)).toBeUndefined();
  });

  it('disables pending deliveries of an endpoint (410 Gone), leaving one in flight to its holder', async () => {
    const e = endpoint();
    await store.createEndpoint(e, 20);
    const [a, b] = [delivery(e.id, 'a'), delivery(e.id, 'b', { nextAttemptAt: AT + 10 })];
    await store.addEvent({ key: 'a', createdAt: AT }, [a], KEEP);
    await store.addEvent({ key: 'b', createdAt: AT }, [b], KEEP);
    await store.claimDue(AT, 1, { token: 't', until: AT + 1000 });
    expect(await store.disableDeliveries(e.id, AT + 1)).toBe(1);
    expect(await store.getDelivery(b.id)).toMatchObject({ status: 'DISABLED', nextAttemptAt: undefined });
    expect(await store.getDelivery(a.id)).toMatchObject({ status: 'PENDING', leaseToken: 't' });
    expect(await store.claimDue(AT + 500, 10, { token: 'x', until: AT + 600 })).toEqual([]);
  });

  it('deletes an endpoint with its whole delivery log', async () => {
    const e = endpoint();
    const keep = endpoint();
    await store.createEndpoint(e, 20);
    await store.createEndpoint(keep, 20);
    const d = delivery(e.id, 'k');
    await store.addEvent({ key: 'k', createdAt: AT }, [d, delivery(keep.id, 'k')], KEEP);
    expect(await store.deleteEndpoint(e.id)).toBe(true);
    expect(await store.deleteEndpoint(e.id)).toBe(false);
    expect(await store.getEndpoint(e.id)).toBeUndefined();
    expect(await store.getDelivery(d.id)).toBeUndefined();
    expect(await store.listDeliveries(e.id, 10)).toEqual([]);
    expect((await store.listEndpoints('alice')).map((x) => x.id)).toEqual([keep.id]);
    expect((await store.claimDue(AT, 10, { token: 't', until: AT + 1 })).map((x) => x.endpointId)).toEqual([
      keep.id,
    ]);
  });

  it('keeps at most maxPerEndpoint deliveries, dropping the oldest finished ones, never a pending one', async () => {
    const e = endpoint();
    await store.createEndpoint(e, 20);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const d = delivery(e.id, `k${i}`, { createdAt: AT + i, nextAttemptAt: AT + i });
      ids.push(d.id);
      await store.addEvent({ key: `k${i}`, createdAt: AT + i }, [d], { ...KEEP, maxPerEndpoint: 3 });
    }
    // All four are pending: none may go.
    expect(await store.listDeliveries(e.id, 10)).toHaveLength(4);
    for (const c of await store.claimDue(AT + 10, 2, { token: 't', until: AT + 20 })) {
      await store.settle(c.id, 't', { ...failedAt(AT + 11, undefined), status: 'SUCCEEDED' });
    }
    const d = delivery(e.id, 'k4', { createdAt: AT + 4 });
    await store.addEvent({ key: 'k4', createdAt: AT + 4 }, [d], { ...KEEP, maxPerEndpoint: 3 });
    expect((await store.listDeliveries(e.id, 10)).map((x) => x.id)).toEqual([d.id, ids[3], ids[2]]);
    expect((await store.listDeliveries(e.id, 2)).map((x) => x.id)).toEqual([d.id, ids[3]]);
  });

  it('prunes deliveries by age, and moves the watermark only forward', async () => {
    const e = endpoint();
    await store.createEndpoint(e, 20);
    const old = delivery(e.id, 'old', { createdAt: AT - 10 });
    const recent = delivery(e.id, 'new', { createdAt: AT + 10, nextAttemptAt: AT + 10 });
    await store.addEvent({ key: 'old', createdAt: AT - 10 }, [old], KEEP);
    await store.addEvent({ key: 'new', createdAt: AT + 10 }, [recent], KEEP);
    expect(await store.prune(AT, 100)).toBeGreaterThanOrEqual(1);
    expect(await store.getDelivery(old.id)).toBeUndefined();
    expect((await store.listDeliveries(e.id, 10)).map((x) => x.id)).toEqual([recent.id]);
    expect(await store.claimDue(AT, 10, { token: 't', until: AT + 1 })).toEqual([]);

    expect(await store.watermark()).toBeUndefined();
    await store.advanceWatermark(AT + 5);
    await store.advanceWatermark(AT + 1);
    expect(await store.watermark()).toBe(AT + 5);
  });

  it('counts PENDING deliveries, in flight included, and no finished, disabled or deleted one', async () => {
    const e = endpoint();
    const other = endpoint();
    await store.createEndpoint(e, 20);
    await store.createEndpoint(other, 20);
    expect(await store.countPending()).toBe(0);
    const [a, b, c] = [
      delivery(e.id, 'a'),
      delivery(e.id, 'b'),
      delivery(e.id, 'c', { nextAttemptAt: AT + 5000 }),
    ];
    await store.addEvent({ key: 'a', createdAt: AT }, [a], KEEP);
    await store.addEvent({ key: 'b', createdAt: AT }, [b], KEEP);
    await store.addEvent({ key: 'c', createdAt: AT }, [c], KEEP);
    await store.addEvent(
      { key: 'o', createdAt: AT },
      [delivery(other.id, 'o', { nextAttemptAt: AT + 5000 })],
      KEEP,
    );
    const replica = await opened.again();
    expect(await replica.countPending()).toBe(4);

    // a and b in flight: still pending; then a succeeds and b is retried later (pending still).
    const claimed = await store.claimDue(AT, 2, { token: 't', until: AT + 1000 });
    expect(claimed.map((x) => x.eventKey).sort()).toEqual(['a', 'b']);
    expect(await store.countPending()).toBe(4);
    await store.settle(a.id, 't', { ...failedAt(AT + 1, undefined), status: 'SUCCEEDED' });
    await store.settle(b.id, 't', failedAt(AT + 1, AT + 100));
    expect(await store.countPending()).toBe(3);
    // b gives up; c is disabled (410 on its endpoint); the other endpoint is deleted with its log.
    await store.claimDue(AT + 100, 1, { token: 'u', until: AT + 1000 });
    await store.settle(b.id, 'u', failedAt(AT + 101, undefined));
    expect(await store.disableDeliveries(e.id, AT + 102)).toBe(1);
    expect(await store.countPending()).toBe(1);
    await store.deleteEndpoint(other.id);
    expect(await replica.countPending()).toBe(0);
    // A replay queues a finished one again.
    await store.replay(a.id, AT + 200);
    expect(await store.countPending()).toBe(1);
  });

  it('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});
