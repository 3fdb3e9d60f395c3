import { startSimulator } from '../../src/simulator/index.ts';
import { handle, onStop, ready } from '../lib/child.ts';

/**
 * The local Tencent for one scenario, in its own process (as Tencent would be): options come as
 * JSON in argv[2] (durations, slots, ...). Counters and jobs are read with the `counters` and
 * `jobs` requests. Its clock is the wall clock plus an offset that `advance` moves forward, so a
 * scenario can hold jobs in WAIT while it sets up and then let them run: `jobs` reports the
 * offset, and a time on the simulator's clock minus the offset is wall-clock time.
 */
const init = JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof startSimulator>[0];
let offsetMs = 0;
const sim = await startSimulator({
  ...init,
  now: () => Date.now() + offsetMs,
  // Clients sign with the wall clock; a moved clock must not make their signatures look stale.
  maxSkewSeconds: 7 * 24 * 3600,
  host: '127.0.0.1',
  port: 0,
});
handle('counters', () => sim.counters.read());
handle('reset', () => {
  sim.counters.reset();
  return {};
});
handle('jobs', () => ({ jobs: sim.jobs.list(), offsetMs }));
handle('advance', (msg) => {
  offsetMs += Number(msg.ms);
  return { offsetMs };
});
onStop(() => sim.close());
ready({ url: sim.url });
