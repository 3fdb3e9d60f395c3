import { describe, expect, it } from 'vitest';
import { nextQueueRound } from '../../../src/jobs/domain/transitions.ts';
import { createFairQueue, type FairQueue } from '../../../src/jobs/scheduler/fair-queue.ts';

/**
 * The queue with the store's round rule in front of it, as in production: a pushed job gets
 * nextQueueRound(its owner's last round, the round being served); taking a job serves its round.
 */
function fairQueue() {
  const q = createFairQueue();
  const ownerLast = new Map<string, number>();
  let served = 0;
  let seq = 0;
  return {
    q,
    push(owner: string, id: string) {
      const queueRound = nextQueueRound(ownerLast.get(owner) ?? 0, served);
      ownerLast.set(owner, queueRound);
      seq += 1;
      q.push({ id, seq, owner, queueRound });
    },
    take() {
      const item = q.take();
      if (item) served = Math.max(served, item.queueRound ?? 0);
      return item;
    },
  };
}

function drain(f: { take(): { id: string } | undefined }): string[] {
  const out: string[] = [];
  for (let x = f.take(); x; x = f.take()) out.push(x.id);
  return out;
}

describe('fair admission queue', () => {
  it('is FIFO for one owner', () => {
    const f = fairQueue();
    for (const id of ['a1', 'a2', 'a3']) f.push('a', id);
    expect(f.q.position('a3')).toBe(3);
    expect(drain(f)).toEqual(['a1', 'a2', 'a3']);
  });

  it('lets a newcomer with one job go within one turn of a key with fifty queued', () => {
    const f = fairQueue();
    for (let i = 0; i < 50; i++) f.push('bulk', `bulk${i}`);
    f.take();
    f.push('solo', 'solo1');
    expect(f.q.position('solo1')).toBeLessThanOrEqual(2);
    const order = drain(f);
    expect(order.indexOf('solo1')).toBeLessThanOrEqual(1);
    expect(order).toHaveLength(50);
  });

  it('alternates between owners and reports positions that match the order of take()', () => {
    const f = fairQueue();
    for (const id of ['a1', 'a2', 'a3']) f.push('a', id);
    for (const id of ['b1', 'b2']) f.push('b', id);
    f.push('c', 'c1');
    const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1'];
    const positions = Object.fromEntries(ids.map((id) => [id, f.q.position(id)]));
    const order = drain(f);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
    for (const id of ids) expect(order.indexOf(id) + 1).toBe(positions[id]);
  });

  it('keeps a job put back after a refusal at the head, ahead of later rounds', () => {
    const f = fairQueue();
    for (const id of ['a1', 'a2']) f.push('a', id);
    f.push('b', 'b1');
    const head = f.take()!;
    f.q.push(head);
    expect(f.q.peek()?.id).toBe('a1');
    expect(drain(f)).toEqual(['a1', 'b1', 'a2']);
  });

  it('ignores a second push of one id, removes by id, and sorts records without a round first', () => {
    const q: FairQueue = createFairQueue();
    q.push({ id: 'x', seq: 5, owner: 'a', queueRound: 2 });
    q.push({ id: 'x', seq: 5, owner: 'a', queueRound: 2 });
    q.push({ id: 'old', seq: 9, owner: 'b', queueRound: undefined });
    q.push({ id: 'y', seq: 6, owner: 'b', queueRound: 1 });
    expect(q.size()).toBe(3);
    expect(q.ids()).toEqual(['old', 'y', 'x']);
    expect(q.remove('y')).toBe(true);
    expect(q.remove('y')).toBe(false);
    expect(q.has('y')).toBe(false);
    expect(q.position('x')).toBe(2);
    expect(q.position('y')).toBeUndefined();
  });
});
