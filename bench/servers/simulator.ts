import { startSimulator } from '../../src/simulator/index.ts';
import { handle, onStop, ready } from '../lib/child.ts';

/**
 * The local Tencent for one scenario, in its own process (as Tencent would be): options come as
 * JSON in argv[2] (durations, slots, ...). Counters and jobs are read over its `/_sim/*` routes
 * or with the `counters` and `jobs` requests.
 */
const init = JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof startSimulator>[0];
const sim = await startSimulator({ ...init, host: '127.0.0.1', port: 0 });
handle('counters', () => sim.counters.read());
handle('reset', () => {
  sim.counters.reset();
  return {};
});
handle('jobs', () => ({ jobs: sim.jobs.list() }));
onStop(() => sim.close());
ready({ url: sim.url });
