import { startProcess } from '../lib/proc.ts';
import { fmt, goal, median, table, writeResult } from '../lib/report.ts';
import { startGatewayProcess, startSimulatorProcess, submitJobs } from '../lib/setup.ts';
import type { PollersResult, PollersSpec } from '../load/pollers.ts';
import type { ScenarioOptions, ScenarioOutput } from './types.ts';

/**
 * Scenario 6, poll freshness: 200 clients poll `job(id)` for 5 jobs as fast as they can, from
 * their own process, while the jobs finish upstream (1 s WAIT + 3 s RUN; the gateway refreshes
 * every 1.5 s). The figures that depend on the machine, moved here from
 * test/integration/upstream-budget.test.ts (which keeps the upstream cost): how many polls were
 * answered, how long after a job finished upstream a request sent after the finish could still get
 * an answer other than DONE (goal: within one refresh interval), and how long until its first DONE.
 */
const CLIENTS = 200;
const JOBS = 5;
const REFRESH_MS = 1500;
const QUERY = 'QueryHunyuanTo3DProJob';

interface Round {
  served: number;
  servedPerSecond: number;
  clientErrors: number;
  sawDone: number;
  /** Per job: the latest send time of a non-DONE answer minus the upstream finish (0 if none after it). */
  staleMs: number[];
  /** Per job: first DONE answer minus the upstream finish. */
  firstDoneMs: number[];
  upstreamQueries: number;
  upstreamPeakPerSecond: number;
  upstreamLimitErrors: number;
}

async function round(durationMs: number): Promise<Round> {
  const sim = await startSimulatorProcess({
    durations: { PRO: { waitMs: 1000, runMs: 3000 } },
    slots: { PRO: JOBS },
  });
  const gateway = await startGatewayProcess(sim.ready.url, {
    JOB_REFRESH_MS: String(REFRESH_MS),
    UPSTREAM_PRO_SLOTS: String(JOBS),
  });
  const pollers = await startProcess('pollers', 'load/pollers.ts');
  try {
    const ids = await submitJobs(gateway.ready.url, JOBS, 'poll freshness');
    await sim.request('reset');
    const spec: PollersSpec = { url: gateway.ready.url, clients: CLIENTS, durationMs, ids };
    const res = await pollers.request<PollersResult>('run', { spec }, durationMs + 60_000);
    const counters = await sim.counters();
    const simJobs = await sim.jobs();
    const finishedAt = (i: number) =>
      simJobs.find((j) => j.prompt === `poll freshness ${i}`)?.finishedAt ?? Number.NaN;
    return {
      served: res.served,
      servedPerSecond: (res.served / res.durationMs) * 1000,
      clientErrors: res.errors,
      sawDone: res.sawDone,
      staleMs: res.lastNotDoneSentAt.map((sentAt, i) => Math.max(0, sentAt - finishedAt(i))),
      firstDoneMs: res.firstDoneAt.map((at, i) => (at > 0 ? at - finishedAt(i) : Number.NaN)),
      upstreamQueries: counters.requests[QUERY] ?? 0,
      upstreamPeakPerSecond: counters.peakArrivalWindow[QUERY] ?? 0,
      upstreamLimitErrors: counters.answers[QUERY]?.RequestLimitExceeded ?? 0,
    };
  } finally {
    await pollers.stop();
    await gateway.stop();
    await sim.stop();
  }
}

export async function pollFreshness(opts: ScenarioOptions): Promise<ScenarioOutput> {
  const rounds = opts.quick ? 1 : 3;
  const durationMs = 10_000;
  const results: Round[] = [];
  for (let r = 0; r < rounds; r++) {
    const x = await round(durationMs);
    results.push(x);
    opts.log(
      `  round ${r + 1}: ${fmt(x.served)} answered (${fmt(x.servedPerSecond)}/s), ${x.clientErrors} errors, ` +
        `${x.sawDone}/${CLIENTS} clients saw DONE, stale up to ${fmt(Math.max(...x.staleMs))} ms after a finish, ` +
        `${x.upstreamQueries} upstream Queries (peak ${x.upstreamPeakPerSecond}/s)`,
    );
  }
  const med = (f: (x: Round) => number) => median(results.map(f));
  const worst = (f: (x: Round) => number) => Math.max(...results.map(f));
  const summary = {
    rounds,
    clients: CLIENTS,
    jobs: JOBS,
    refreshMs: REFRESH_MS,
    durationMs,
    servedMedian: med((x) => x.served),
    servedPerSecondMedian: med((x) => x.servedPerSecond),
    worstClientErrors: worst((x) => x.clientErrors),
    fewestClientsSawDone: Math.min(...results.map((x) => x.sawDone)),
    worstStaleMs: worst((x) => Math.max(...x.staleMs)),
    firstDoneMsMedian: median(results.flatMap((x) => x.firstDoneMs)),
    firstDoneMsMax: worst((x) => Math.max(...x.firstDoneMs)),
    upstreamQueriesMedian: med((x) => x.upstreamQueries),
    worstUpstreamPeakPerSecond: worst((x) => x.upstreamPeakPerSecond),
    worstUpstreamLimitErrors: worst((x) => x.upstreamLimitErrors),
    goalMet: false,
  };
  summary.goalMet =
    summary.worstStaleMs <= REFRESH_MS &&
    summary.worstClientErrors === 0 &&
    summary.fewestClientsSawDone === CLIENTS &&
    summary.worstUpstreamPeakPerSecond <= 20;
  let text = table(
    `Poll freshness (${CLIENTS} clients, ${JOBS} jobs finishing, refresh ${REFRESH_MS} ms, ${durationMs / 1000} s × ${rounds} rounds; medians, worst = worst round)`,
    ['figure', 'value'],
    [
      ['answered polls', fmt(summary.servedMedian)],
      ['answered per second', fmt(summary.servedPerSecondMedian)],
      ['client errors (worst)', fmt(summary.worstClientErrors)],
      ['clients that saw DONE (fewest)', `${summary.fewestClientsSawDone} / ${CLIENTS}`],
      [
        'non-DONE answer to a request sent after the finish, latest (worst)',
        `${fmt(summary.worstStaleMs)} ms`,
      ],
      [
        'finish → first DONE answer, p50 / max',
        `${fmt(summary.firstDoneMsMedian)} / ${fmt(summary.firstDoneMsMax)} ms`,
      ],
      ['upstream Query calls', fmt(summary.upstreamQueriesMedian)],
      ['upstream peak in any 1 s (worst)', fmt(summary.worstUpstreamPeakPerSecond)],
    ],
  );
  text += `\n  goal: stale ≤ ${REFRESH_MS} ms, 0 client errors, every client saw DONE, ≤ 20 upstream/s: ${goal(summary.goalMet)}`;
  const file = writeResult('poll-freshness', { summary, results });
  return { text, file, summary };
}
