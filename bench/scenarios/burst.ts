import { fmt, goal, median, pct, table, writeResult } from '../lib/report.ts';
import { gqlData, SUBMIT, startGatewayProcess, startSimulatorProcess, waitFor } from '../lib/setup.ts';
import type { ScenarioOptions, ScenarioOutput } from './types.ts';

/**
 * Scenario 4, submission burst: 30 Pro jobs submitted at once to an account with 3 Pro slots and
 * a fixed job duration. The ideal makespan is ceil(30/3) × duration; utilisation is the share of
 * slot-time the account spent running our jobs: 30 × duration / (3 × makespan), where makespan
 * runs from the burst to the last job the gateway reports DONE. JobNumExceed comes from the
 * simulator's counters.
 */
const JOBS = 30;
const SLOTS = 3;
const SUBMIT_ACTION = 'SubmitHunyuanTo3DProJob';

interface JobTimes {
  id: string;
  status: string;
  submittedAt: string;
  finishedAt: string | null;
  upstreamJobId: string | null;
}

export async function burst(opts: ScenarioOptions): Promise<ScenarioOutput> {
  // 3 s jobs: short, so hand-over gaps (poll → DONE → next Submit) weigh as much as they can.
  const waitMs = 1000;
  const runMs = 2000;
  const durationMs = waitMs + runMs;
  const rounds = opts.quick ? 1 : 2;
  const idealMs = Math.ceil(JOBS / SLOTS) * durationMs;
  const runs: Array<Record<string, number>> = [];
  for (let r = 0; r < rounds; r++) {
    const sim = await startSimulatorProcess({ durations: { PRO: { waitMs, runMs } }, slots: { PRO: SLOTS } });
    const gateway = await startGatewayProcess(sim.ready.url, { UPSTREAM_PRO_SLOTS: String(SLOTS) });
    try {
      const t0 = Date.now();
      const ids = await Promise.all(
        Array.from({ length: JOBS }, (_, i) =>
          gqlData<{ submitJob: { id: string } }>(gateway.ready.url, SUBMIT, { prompt: `burst ${i}` }).then(
            (d) => d.submitJob.id,
          ),
        ),
      );
      const acceptedMs = Date.now() - t0;
      const query = `query { ${ids.map((id, i) => `j${i}: job(id: "${id}") { id status submittedAt finishedAt upstreamJobId }`).join(' ')} }`;
      const jobs = await waitFor(
        'every job to finish',
        async () => {
          const d = await gqlData<Record<string, JobTimes>>(gateway.ready.url, query);
          const all = Object.values(d);
          return all.every((j) => j.status === 'DONE' || j.status === 'FAIL') ? all : undefined;
        },
        idealMs * 3 + 30_000,
        250,
      );
      const counters = await sim.counters();
      const simJobs = await sim.jobs();
      const lastDone = Math.max(...jobs.map((j) => Date.parse(j.finishedAt ?? '')));
      const makespanMs = lastDone - t0;
      const firstUpstream = Math.min(...simJobs.map((j) => j.submittedAt));
      const lastUpstream = Math.max(...simJobs.map((j) => j.finishedAt));
      const upstreamMakespanMs = lastUpstream - firstUpstream;
      const busyMs = simJobs.reduce((a, j) => a + (j.finishedAt - j.submittedAt), 0);
      // Gap per slot hand-over: a slot frees at the simulator's finishedAt, the next job arrives at submittedAt.
      const run = {
        makespanMs,
        idealMs,
        utilisation: busyMs / (SLOTS * makespanMs),
        upstreamMakespanMs,
        upstreamUtilisation: busyMs / (SLOTS * upstreamMakespanMs),
        acceptedMs,
        failed: jobs.filter((j) => j.status !== 'DONE').length,
        upstreamJobs: simJobs.length,
        jobNumExceed: counters.answers[SUBMIT_ACTION]?.['RequestLimitExceeded.JobNumExceed'] ?? 0,
        submitCalls: counters.requests[SUBMIT_ACTION] ?? 0,
        peakRunning: counters.peakRunningJobs.PRO,
        queryCalls: counters.requests.QueryHunyuanTo3DProJob ?? 0,
      };
      runs.push(run);
      opts.log(
        `  round ${r + 1}: makespan ${fmt(makespanMs)} ms (ideal ${fmt(idealMs)}), utilisation ${pct(run.utilisation)}, ${run.jobNumExceed} JobNumExceed`,
      );
    } finally {
      await gateway.stop();
      await sim.stop();
    }
  }
  const m = (k: string) => median(runs.map((x) => x[k] ?? Number.NaN));
  const summary = {
    jobs: JOBS,
    slots: SLOTS,
    durationMs,
    idealMs,
    makespanMs: m('makespanMs'),
    utilisation: m('utilisation'),
    upstreamUtilisation: m('upstreamUtilisation'),
    jobNumExceed: Math.max(...runs.map((x) => x.jobNumExceed ?? 0)),
    goalMet: m('utilisation') >= 0.95 && Math.max(...runs.map((x) => x.jobNumExceed ?? 0)) === 0,
  };
  let text = table(
    `Submission burst (${JOBS} Pro jobs at once, ${SLOTS} slots, ${durationMs / 1000} s each; ${rounds} runs, medians)`,
    ['figure', 'value'],
    [
      ['accepted (all 30 mutations answered)', `${fmt(m('acceptedMs'))} ms`],
      ['makespan (burst → last DONE seen by clients)', `${fmt(m('makespanMs'))} ms`],
      ['ideal ceil(30/3) × duration', `${fmt(idealMs)} ms`],
      ['slot utilisation', pct(m('utilisation'))],
      ['upstream makespan (first Submit → last finish)', `${fmt(m('upstreamMakespanMs'))} ms`],
      ['upstream utilisation', pct(m('upstreamUtilisation'))],
      ['Submit calls / jobs started upstream', `${fmt(m('submitCalls'))} / ${fmt(m('upstreamJobs'))}`],
      ['JobNumExceed answers', fmt(summary.jobNumExceed)],
      ['peak running upstream', fmt(m('peakRunning'))],
      ['Query calls', fmt(m('queryCalls'))],
    ],
  );
  text += `\n  goal: utilisation ≥ 95% and 0 JobNumExceed: ${goal(summary.goalMet)}`;
  const file = writeResult('burst', { summary, runs });
  return { text, file, summary };
}
