import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/upstream/backoff.ts';
import { createJobSlots } from '../../../src/upstream/job-slots.ts';
import { TABLE_SLOTS } from '../../helpers/core-fakes.ts';

describe('job slots', () => {
  it('holds at most the capacity per kind, and release is idempotent', () => {
    const slots = createJobSlots({ capacity: TABLE_SLOTS });
    expect(['a', 'b', 'c', 'd'].map((id) => slots.tryAcquire('PRO', id))).toEqual([true, true, true, false]);
    expect(slots.tryAcquire('RAPID', 'r1')).toBe(true);
    expect(slots.tryAcquire('RAPID', 'r2')).toBe(false);
    slots.release('PRO', 'a');
    slots.release('PRO', 'a');
    expect(slots.held('PRO')).toBe(2);
    expect(slots.tryAcquire('PRO', 'd')).toBe(true);
  });

  it('counts jobs held beyond capacity (started elsewhere) until they finish', () => {
    const slots = createJobSlots({ capacity: TABLE_SLOTS });
    for (const id of ['x1', 'x2', 'x3', 'x4']) slots.hold('PRO', id);
    expect(slots.held('PRO')).toBe(4);
    slots.release('PRO', 'x1');
    expect(slots.tryAcquire('PRO', 'mine')).toBe(false);
    slots.release('PRO', 'x2');
    expect(slots.tryAcquire('PRO', 'mine')).toBe(true);
  });

  it('backs off with growing waits after JobNumExceed and clears on success', () => {
    let t = 0;
    const slots = createJobSlots({ capacity: TABLE_SLOTS, now: () => t, random: () => 1 });
    expect(slots.onJobLimit('PRO')).toBe(1000);
    expect(slots.tryAcquire('PRO', 'a')).toBe(false);
    t = 1000;
    expect(slots.tryAcquire('PRO', 'a')).toBe(true);
    slots.release('PRO', 'a');
    expect(slots.onJobLimit('PRO')).toBe(2000);
    expect(slots.onJobLimit('PRO')).toBe(4000);
    slots.onSubmitted('PRO');
    expect(slots.blockedUntil('PRO')).toBe(0);
    expect(slots.onJobLimit('PRO')).toBe(1000);
  });

  it('jitters back-off within [d/2, d] and caps it', () => {
    expect(backoffDelay(0, { baseMs: 100, random: () => 0 })).toBe(50);
    expect(backoffDelay(3, { baseMs: 100, random: () => 1 })).toBe(800);
    expect(backoffDelay(30, { baseMs: 100, capMs: 5000, random: () => 1 })).toBe(5000);
  });
});
