import { describe, expect, it } from 'vitest';
import { createFairQueue } from '../../../src/jobs/scheduler/fair-queue.ts';

let seq = 0;
const item = (owner: string, id = `${owner}${++seq}`) => ({ id, seq: ++seq, owner });

function drain(q: ReturnType<typeof createFairQueue>): string[] {
  const out: string[] = [];
  for (let x = q.take(); x; x = q.take()) out.push(x.id);
  return out;
}

describe('fair admission queue', () => {
  it('is FIFO for one owner', () => {
    const q = createFairQueue();
    for (const id of ['a1', 'a2', 'a3']) q.push(item('a', id));
    expect(q.position('a3')).toBe(3);
    expect(drain(q)).toEqual(['a1', 'a2', 'a3']);
  });

  it('lets a newcomer with one job go within one turn of a key with fifty queued', () => {
    const q = createFairQueue();
    for (let i = 0; i < 50; i++) q.push(item('bulk', `bulk${i}`));
    q.take();
    q.push(item('solo', 'solo1'));
    expect(q.position('solo1')).toBeLessThanOrEqual(2);
    const order = drain(q);
    expect(order.indexOf('solo1')).toBeLessThanOrEqual(1);
    expect(order).toHaveLength(50);
  });

  it('alternates between owners and reports positions that match the order of take()', () => {
    const q = createFairQueue();
    for (const id of ['a1', 'a2', 'a3']) q.push(item('a', id));
    for (const id of ['b1', 'b2']) q.push(item('b', id));
    q.push(item('c', 'c1'));
    const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1'];
    const positions = Object.fromEntries(ids.map((id) => [id, q.position(id)]));
    const order = drain(q);
    for (const id of ids) expect(order.indexOf(id) + 1).toBe(positions[id]);
    expect(new Set(order.slice(0, 3).map((id) => id[0]))).toEqual(new Set(['a', 'b', 'c']));
  });

  it('puts a job sent back after JobNumExceed at the head, and its owner goes next', () => {
    const q = createFairQueue();
    q.push(item('a', 'a1'));
    q.push(item('b', 'b1'));
    const first = q.take();
    expect(first?.id).toBe('a1');
    q.putBack(first!);
    expect(q.peek()?.id).toBe('a1');
    expect(q.position('a1')).toBe(1);
  });

  it('removes canceled jobs and keeps counts per owner', () => {
    const q = createFairQueue();
    q.push(item('a', 'a1'));
    q.push(item('a', 'a2'));
    q.push(item('b', 'b1'));
    expect(q.sizeOf('a')).toBe(2);
    expect(q.remove('a1')).toBe(true);
    expect(q.remove('a1')).toBe(false);
    expect(q.size()).toBe(2);
    expect(q.position('a1')).toBeUndefined();
    expect(drain(q).sort()).toEqual(['a2', 'b1']);
    expect(q.size()).toBe(0);
  });
});
