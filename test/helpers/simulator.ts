import { afterEach } from 'vitest';
import { type Simulator, type StartSimulatorOptions, startSimulator } from '../../src/simulator/index.ts';

/**
 * Starts an in-process simulator on 127.0.0.1, port 0. Every simulator started through this helper
 * is closed after the test that started it.
 */
const open = new Set<Simulator>();

afterEach(async () => {
  const closing = [...open].map((sim) => sim.close());
  open.clear();
  await Promise.all(closing);
});

export async function startTestSimulator(options: StartSimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator(options);
  open.add(sim);
  return sim;
}

/** A clock that only moves when told to; pass `clock.now` as the simulator's `now`. */
export interface ManualClock {
  now: () => number;
  advance(ms: number): void;
  set(ms: number): void;
}

export function manualClock(startMs = Date.UTC(2026, 0, 1)): ManualClock {
  let t = startMs;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (ms) => {
      t = ms;
    },
  };
}
