import { stopAll } from './lib/proc.ts';
import { machine } from './lib/report.ts';
import { burst } from './scenarios/burst.ts';
import { coldStart } from './scenarios/cold-start.ts';
import { fanout } from './scenarios/fanout.ts';
import { overhead } from './scenarios/overhead.ts';
import { pollFreshness } from './scenarios/poll-freshness.ts';
import { pollStorm } from './scenarios/poll-storm.ts';
import type { ScenarioOptions, ScenarioOutput } from './scenarios/types.ts';

/**
 * `npm run bench` runs every scenario; `npm run bench -- <name> [<name>...]` runs some.
 * Flags: `--quick` (fewer, shorter rounds), `--profile` (overhead under --cpu-prof).
 */
const SCENARIOS: Record<string, (o: ScenarioOptions) => Promise<ScenarioOutput>> = {
  'poll-storm': pollStorm,
  overhead,
  fanout,
  burst,
  'cold-start': coldStart,
  'poll-freshness': pollFreshness,
  replicas: (o) => import('./scenarios/replicas.ts').then((m) => m.replicas(o)),
};

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in SCENARIOS));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}\n`,
  );
  process.exit(2);
}
const opts: ScenarioOptions = {
  quick: args.includes('--quick'),
  profile: args.includes('--profile'),
  log: (line) => process.stdout.write(`${line}\n`),
};
const m = machine();
opts.log(
  `machine: ${m.nproc} cores (${m.cpu}), Node ${m.node}, load average ${String(m.loadAvg)}, ${m.date}`,
);
const started = Date.now();
let failed = false;
for (const name of names.length > 0 ? names : Object.keys(SCENARIOS)) {
  opts.log(`\n== ${name}`);
  const t0 = Date.now();
  try {
    const out = await SCENARIOS[name]?.(opts);
    if (out) opts.log(`${out.text}\n  (${((Date.now() - t0) / 1000).toFixed(0)} s; ${out.file})`);
  } catch (err) {
    failed = true;
    opts.log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    await stopAll();
  }
}
opts.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
