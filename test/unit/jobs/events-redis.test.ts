import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { JobRecord } from '../../../src/jobs/domain/job.ts';
import type { JobEvents } from '../../../src/jobs/events/events.ts';
import { createRedisJobEvents } from '../../../src/jobs/events/events-redis.ts';
import { connectTestRedis, testKeyPrefix } from '../../helpers/redis-connection.ts';

/** A job at version `version`, every optional field unset, and explicit undefineds nested in input. */
function jobAt(id: string, version: number, status: JobRecord['status']): JobRecord {
  return {
    id,
    kind: 'PRO',
    status,
    input: {
      prompt: 'a small teapot',
      imageUrl: undefined,
      multiViewImages: [{ viewType: 'back', imageUrl: undefined }],
    },
    inputHash: 'f'.repeat(64),
    owner: 'alice',
    idempotencyKey: undefined,
    external: false,
    upstreamJobId: status === 'QUEUED' ? undefined : '1357924680',
    seq: 7,
    queueRound: undefined,
    version,
    submittedAt: 1_700_000_000_000,
    submitAttemptAt: undefined,
    upstreamSubmittedAt: undefined,
    startedAt: undefined,
    finishedAt: status === 'DONE' ? 1_700_000_060_000 : undefined,
    expiresAt: undefined,
    errorCode: undefined,
    errorMessage: undefined,
    resultFiles:
      status === 'DONE'
        ? [{ type: 'GLB', url: 'https://cos.example.com/a.glb', previewImageUrl: undefined }]
        : [],
    lastRequestId: undefined,
    refreshedAt: undefined,
    updatedAt: 1_700_000_000_000 + version,
  };
}

/** One replica's events: a publish connection and a subscribe connection of its own. */
async function replica(prefix: string): Promise<[JobEvents, Redis]> {
  const [publish, subscribe] = await Promise.all([connectTestRedis(), connectTestRedis()]);
  return [createRedisJobEvents({ publish, subscribe, keyPrefix: prefix }), publish];
}

/** Redis SUBSCRIBE is not awaited by the event target: wait until Redis counts the subscribers. */
async function untilSubscribed(redis: Redis, channel: string, count: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [, subscribers] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    if (subscribers >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no ${count} subscribers on ${channel} after 2 s`);
}

describe('Redis job events', () => {
  it('delivers what one replica publishes to subscribers on both, in order, undefined fields kept', async () => {
    const prefix = testKeyPrefix();
    const [a, redisA] = await replica(prefix);
    const [b] = await replica(prefix);
    const id = 'job_AAAAAAAAAAAAAAAA';
    const onB = b.subscribe('job:updated', id);
    const onA = a.subscribe('job:updated', id);
    // A repeater starts listening on its first next().
    const firstOnB = onB.next();
    const firstOnA = onA.next();
    await untilSubscribed(redisA, `${prefix}job:updated:${id}`, 2);

    const sent = [jobAt(id, 1, 'QUEUED'), jobAt(id, 2, 'WAIT'), jobAt(id, 3, 'RUN'), jobAt(id, 4, 'DONE')];
    for (const [i, job] of sent.entries()) {
      a.publish('job:updated', id, job);
      // Another job's events on the same replicas must not reach this subscription.
      if (i === 1) b.publish('job:updated', 'job_BBBBBBBBBBBBBBBB', jobAt('job_BBBBBBBBBBBBBBBB', 1, 'RUN'));
    }

    const receivedOnB = [(await firstOnB).value];
    const receivedOnA = [(await firstOnA).value];
    for (let i = 1; i < sent.length; i++) {
      receivedOnB.push((await onB.next()).value);
      receivedOnA.push((await onA.next()).value);
    }
    expect(receivedOnB).toStrictEqual(sent);
    expect(receivedOnA).toStrictEqual(sent);
    expect(Object.keys(receivedOnB[0]!).sort()).toEqual(Object.keys(sent[0]!).sort());

    await onB.return();
    await onA.return();
  });

  it('unsubscribes from Redis when the last subscriber for a job leaves', async () => {
    const prefix = testKeyPrefix();
    const [a, redisA] = await replica(prefix);
    const id = 'job_CCCCCCCCCCCCCCCC';
    const channel = `${prefix}job:updated:${id}`;
    const updates = a.subscribe('job:updated', id);
    const first = updates.next();
    await untilSubscribed(redisA, channel, 1);

    a.publish('job:updated', id, jobAt(id, 1, 'QUEUED'));
    expect((await first).value).toStrictEqual(jobAt(id, 1, 'QUEUED'));
    await updates.return();

    for (let i = 0; i < 200; i++) {
      const [, subscribers] = (await redisA.pubsub('NUMSUB', channel)) as [string, number];
      if (subscribers === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`${channel} still has a subscriber after 2 s`);
  });

  it('reports failed publishes and subscribes instead of leaving unhandled rejections', async () => {
    const [publish, subscribe] = await Promise.all([connectTestRedis(), connectTestRedis()]);
    const errors: Error[] = [];
    const events = createRedisJobEvents({
      publish,
      subscribe,
      keyPrefix: testKeyPrefix(),
      onError: (error) => errors.push(error),
    });
    await Promise.all([publish.quit(), subscribe.quit()]);

    events.publish('job:updated', 'job_DDDDDDDDDDDDDDDD', jobAt('job_DDDDDDDDDDDDDDDD', 1, 'QUEUED'));
    const updates = events.subscribe('job:updated', 'job_DDDDDDDDDDDDDDDD');
    void updates.next();

    for (let i = 0; i < 100 && errors.length < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errors.map((error) => error.message)).toEqual(['Connection is closed.', 'Connection is closed.']);
    await updates.return();
  });
});
