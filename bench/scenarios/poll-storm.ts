import type { CountersSnapshot } from '../../src/simulator/index.ts';
import { type BenchProcess, startProcess } from '../lib/proc.ts';
import { fmt, goal, median, table, writeResult } from '../lib/report.ts';
import {
  gqlData,
  type SimProcess,
  startGatewayProcess,
  startLoad,
  startSimulatorProcess,
  submitJobs,
  waitFor,
} from '../lib/setup.ts';
import type { LoadRequest, LoadResult } from '../load/autocannon.ts';
import { JOB_QUERY } from './overhead.ts';
import type { ScenarioOptions, ScenarioOutput } from './types.ts';

/**
 * Scenario 1, poll storm: 500 clients poll 20 running jobs as fast as they can. The gateway
 * against the naive proxy users would write (official SDK, one Tencent Query per client request),
 * each with its own simulator, alternating, several rounds. What reached "Tencent" is read from
 * the simulator's counters, reset at the start of each round.
 */
const QUERY = 'QueryHunyuanTo3DProJob';
const JOBS = 20;
const HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json',
};

interface Side {
  name: string;
  sim: SimProcess;
  server: BenchProcess;
  requests: LoadRequest[];
}

interface Round {
  clientRequests: number;
  clientRps: number;
  clientErrors: number;
  /** Requests with no answer within the client's 10 s timeout. */
  clientTimeouts: number;
  latencyP50: number;
  latencyP99: number;
  upstreamQueries: number;
  upstreamPeakPerSecond: number;
  upstreamLimitErrors: number;
  load: LoadResult;
  counters: CountersSnapshot;
}

/** Jobs that stay RUN for the whole scenario; the account has slots for all of them. */
const SIM = { durations: { PRO: { waitMs: 500, runMs: 3_600_000 } }, slots: { PRO: JOBS } };

async function gatewaySide(): Promise<Side> {
  const sim = await startSimulatorProcess(SIM);
  const server = await startGatewayProcess(sim.ready.url, { UPSTREAM_PRO_SLOTS: String(JOBS) });
  const ids = await submitJobs(server.ready.url, JOBS, 'poll storm');
  await waitFor(
    'every job to run upstream',
    async () => {
      const states = await Promise.all(
        ids.map((id) => gqlData<{ job: { status: string } }>(server.ready.url, JOB_QUERY, { id })),
      );
      return states.every((s) => s.job.status === 'RUN') ? true : undefined;
    },
    30_000,
    250,
  );
  return {
    name: 'gateway',
    sim,
    server,
    // POST, as GraphQL clients poll. Client timeouts under 500 connections are node:http starving
    // a few sockets while the process is saturated (BENCHMARKS.md, "Poll storm").
    requests: ids.map((id) => ({
      method: 'POST',
      path: '/graphql',
      headers: HEADERS,
      body: JSON.stringify({ query: JOB_QUERY, variables: { id } }),
    })),
  };
}

async function naiveSide(): Promise<Side> {
  const sim = await startSimulatorProcess(SIM);
  const server = await startProcess('naive proxy', 'servers/naive-proxy.ts', { args: [sim.ready.url] });
  const ids: string[] = [];
  // One at a time: the naive proxy has no queue, so a burst would meet Tencent's limits.
  for (let i = 0; i < JOBS; i++) {
    const res = await fetch(`${server.ready.url}/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: `poll storm ${i}` }),
    });
    if (res.status !== 200) throw new Error(`naive submit failed: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { id: string }).id);
    await new Promise((r) => setTimeout(r, 60));
  }
  return {
    name: 'naive SDK proxy',
    sim,
    server,
    requests: ids.map((id) => ({ method: 'GET', path: `/jobs/${id}` })),
  };
}

export async function pollStorm(opts: ScenarioOptions): Promise<ScenarioOutput> {
  const rounds = opts.quick ? 1 : 3;
  const durationS = opts.quick ? 5 : 20;
  const connections = 500;
  const sides: Side[] = [];
  let load: Awaited<ReturnType<typeof startLoad>> | undefined;
  try {
    sides.push(await gatewaySide(), await naiveSide());
    load = await startLoad();
    const results: Record<string, Round[]> = Object.fromEntries(sides.map((s) => [s.name, []]));
    for (let r = 0; r < rounds; r++) {
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        await side.sim.request('reset');
        const res = await load.run({
          url: side.server.ready.url,
          connections,
          durationS,
          requests: side.requests,
          checkBodies: true,
          timeoutS: 10,
        });
        const counters = await side.sim.counters();
        const round: Round = {
          clientRequests: res.requests - res.non2xx - res.graphqlErrors,
          clientRps: res.rps,
          clientErrors: res.non2xx + res.errors + res.graphqlErrors,
          clientTimeouts: res.timeouts,
          latencyP50: res.latencyP50,
          latencyP99: res.latencyP99,
          upstreamQueries: counters.requests[QUERY] ?? 0,
          upstreamPeakPerSecond: counters.peakArrivalWindow[QUERY] ?? 0,
          upstreamLimitErrors: counters.answers[QUERY]?.RequestLimitExceeded ?? 0,
          load: res,
          counters,
        };
        results[side.name]?.push(round);
        opts.log(
          `  round ${r + 1} ${side.name}: ${fmt(round.clientRequests)} answered, ${fmt(round.clientErrors)} client errors, ` +
            `${fmt(round.upstreamQueries)} upstream Queries (peak ${round.upstreamPeakPerSecond}/s, ${fmt(round.upstreamLimitErrors)} limit errors)`,
        );
      }
    }
    const med = (name: string, f: (x: Round) => number) => median((results[name] ?? []).map(f));
    const worst = (name: string, f: (x: Round) => number) => Math.max(...(results[name] ?? []).map(f));
    const rows = sides.map((s) => [
      s.name,
      fmt(med(s.name, (x) => x.clientRequests)),
      fmt(med(s.name, (x) => x.clientRps)),
      fmt(med(s.name, (x) => x.latencyP99)),
      `${fmt(med(s.name, (x) => x.clientErrors))} (${fmt(med(s.name, (x) => x.clientTimeouts))} timeouts)`,
      fmt(med(s.name, (x) => x.upstreamQueries)),
      fmt(worst(s.name, (x) => x.upstreamPeakPerSecond)),
      fmt(med(s.name, (x) => x.upstreamLimitErrors)),
    ]);
    const g = 'gateway';
    const summary = {
      rounds,
      durationS,
      connections,
      jobs: JOBS,
      gatewayPeakUpstreamPerSecond: worst(g, (x) => x.upstreamPeakPerSecond),
      gatewayLimitErrors: worst(g, (x) => x.upstreamLimitErrors),
      gatewayClientErrors: worst(g, (x) => x.clientErrors),
      gatewayClientErrorsNotTimeouts: worst(g, (x) => x.clientErrors - x.clientTimeouts),
      gatewayClientTimeoutsMedian: med(g, (x) => x.clientTimeouts),
      answeredRatio: med(g, (x) => x.clientRequests) / med('naive SDK proxy', (x) => x.clientRequests),
      goalMet:
        worst(g, (x) => x.upstreamPeakPerSecond) <= 20 &&
        worst(g, (x) => x.upstreamLimitErrors) === 0 &&
        worst(g, (x) => x.clientErrors) === 0,
    };
    let text = table(
      `Poll storm (${connections} clients, ${JOBS} running jobs, ${durationS} s × ${rounds} rounds; medians, peak = worst round)`,
      [
        'server',
        'answered',
        'answered/s',
        'p99 ms',
        'client errors',
        'upstream Queries',
        'peak upstream/1 s',
        'limit errors',
      ],
      rows,
    );
    text += `\n  gateway: peak ${summary.gatewayPeakUpstreamPerSecond}/s upstream, ${summary.gatewayLimitErrors} limit errors, ${summary.gatewayClientErrors} client errors in the worst round, of which ${summary.gatewayClientErrorsNotTimeouts} answered with an error (goal ≤ 20/s, 0, 0: ${goal(summary.goalMet)}); answered ${summary.answeredRatio.toFixed(1)}× the naive proxy`;
    const file = writeResult('poll-storm', { summary, results });
    return { text, file, summary };
  } finally {
    await load?.stop();
    for (const s of sides) {
      await s.server.stop();
      await s.sim.stop();
    }
  }
}
