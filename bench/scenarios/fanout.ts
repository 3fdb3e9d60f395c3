import { startProcess } from '../lib/proc.ts';
import { fmt, goal, percentile, table, writeResult } from '../lib/report.ts';
import { gqlData, startGatewayProcess, startSimulatorProcess, submitJobs, waitFor } from '../lib/setup.ts';
import type { ScenarioOptions, ScenarioOutput } from './types.ts';

/**
 * Scenario 3, subscription fan-out: 5,000 SSE and 5,000 graphql-ws subscribers over 50 jobs. The
 * jobs run upstream at once; subscribers connect while they wait. Reported: memory per subscriber
 * in the gateway (heap and RSS after a full GC, before and after connecting), the upstream Query
 * rate, whether every subscriber received every state after its snapshot, and the delay from the
 * simulator finishing a job to each subscriber receiving DONE, against the ideal for 50 jobs
 * sharing 20 polls per second: a job is polled every 50 / 20 = 2.5 s, so a finish waits for the
 * next poll, uniformly up to 2.5 s (ideal mean 1.25 s, ideal p99 2.475 s).
 */
const JOBS = 50;
const QUERY = 'QueryHunyuanTo3DProJob';
const ORDER = ['QUEUED', 'WAIT', 'RUN', 'DONE'];

interface SubResult {
  t: 'sse' | 'ws';
  job: string;
  up: string | null;
  states: string[];
  times: number[];
  completed: boolean;
  error: string | undefined;
}

interface Mem {
  heapUsed: number;
  rss: number;
}

export async function fanout(opts: ScenarioOptions): Promise<ScenarioOutput> {
  const perTransport = opts.quick ? 1000 : 5000;
  // Jobs wait "an hour" on the simulator's clock while subscribers connect, however long that
  // takes; then the clock jumps to the end of WAIT and they run for runMs of real time.
  const waitMs = 3_600_000;
  const runMs = 5_000;
  const sim = await startSimulatorProcess({ durations: { PRO: { waitMs, runMs } }, slots: { PRO: JOBS } });
  const gateway = await startGatewayProcess(sim.ready.url, { UPSTREAM_PRO_SLOTS: String(JOBS) }, [
    '--expose-gc',
  ]);
  const subs = await startProcess('subscribers', 'load/subscribers.ts', {
    nodeFlags: ['--max-old-space-size=4096'],
  });
  try {
    const ids = await submitJobs(gateway.ready.url, JOBS, 'fan-out');
    await waitFor(
      'every job to be upstream',
      async () => {
        const d = await gqlData<Record<string, { status: string }>>(
          gateway.ready.url,
          `query { ${ids.map((id, i) => `j${i}: job(id: "${id}") { status }`).join(' ')} }`,
        );
        return Object.values(d).every((j) => j.status !== 'QUEUED') ? true : undefined;
      },
      30_000,
      200,
    );
    const memBefore = await gateway.request<Mem>('mem');
    const connect = await subs.request<{ connected: number; connectMs: number }>(
      'connect',
      { url: gateway.ready.url, jobs: ids, sse: perTransport, ws: perTransport, concurrency: 200 },
      300_000,
    );
    const memAfter = await gateway.request<Mem>('mem');
    opts.log(`  ${fmt(connect.connected)} subscribers connected in ${fmt(connect.connectMs)} ms`);
    const firstWaitEnds = Math.min(...(await sim.jobs()).map((j) => j.submittedAt)) + waitMs;
    await sim.request('reset');
    const t1 = Date.now();
    await sim.advance(firstWaitEnds - t1);
    const { subscribers } = await subs.request<{ subscribers: SubResult[] }>(
      'results',
      { timeoutMs: runMs + 60_000 },
      runMs + 120_000,
    );
    // Polling stops with the last DONE: the rate is taken up to the last DONE any subscriber saw.
    const lastDone = Math.max(t1 + 1, ...subscribers.map((x) => x.times.at(-1) ?? t1));
    const elapsedS = (lastDone - t1) / 1000;
    const counters = await sim.counters();
    const finishedAt = new Map((await sim.jobs()).map((j) => [j.id, j.finishedAt]));

    const n = subscribers.length;
    const delays: number[] = [];
    const delaysBy: Record<'sse' | 'ws', number[]> = { sse: [], ws: [] };
    let complete = 0;
    let fullPath = 0;
    const problems: string[] = [];
    for (const s of subscribers) {
      const idx = s.states.map((x) => ORDER.indexOf(x));
      const inOrder = idx.every((v, i) => i === 0 || v === (idx[i - 1] ?? -2) + 1);
      const done = s.states.at(-1) === 'DONE';
      if (done && inOrder && s.completed) complete++;
      else if (problems.length < 5) problems.push(`${s.t} ${s.job}: ${s.states.join('→')} ${s.error ?? ''}`);
      if (s.states.join() === 'WAIT,RUN,DONE') fullPath++;
      const fin = s.up ? finishedAt.get(s.up) : undefined;
      // The job finished on the simulator's clock at `fin` (wall clock, see SimProcess.jobs).
      const at = s.times.at(-1);
      if (done && fin !== undefined && at !== undefined) {
        delays.push(at - fin);
        delaysBy[s.t].push(at - fin);
      }
    }
    // Per job: when its first subscriber got DONE (the poll that saw it) and how long the last one
    // waited after that (delivery to the job's 200 subscribers).
    const perJob = new Map<string, { fin: number; first: number; last: number }>();
    for (const s of subscribers) {
      const fin = s.up ? finishedAt.get(s.up) : undefined;
      const at = s.times.at(-1);
      if (fin === undefined || at === undefined || s.states.at(-1) !== 'DONE') continue;
      const j = perJob.get(s.job) ?? { fin, first: at, last: at };
      j.first = Math.min(j.first, at);
      j.last = Math.max(j.last, at);
      perJob.set(s.job, j);
    }
    const detection = [...perJob.values()].map((j) => j.first - j.fin);
    const delivery = [...perJob.values()].map((j) => j.last - j.first);
    const pollIntervalMs = (JOBS / 20) * 1000;
    const idealP99 = 0.99 * pollIntervalMs;
    const summary = {
      subscribers: n,
      jobs: JOBS,
      connectMs: connect.connectMs,
      heapPerSubscriberBytes: (memAfter.heapUsed - memBefore.heapUsed) / n,
      rssPerSubscriberBytes: (memAfter.rss - memBefore.rss) / n,
      heapBeforeMiB: memBefore.heapUsed / 2 ** 20,
      rssBeforeMiB: memBefore.rss / 2 ** 20,
      heapAfterMiB: memAfter.heapUsed / 2 ** 20,
      rssAfterMiB: memAfter.rss / 2 ** 20,
      upstreamQueriesPerSecond: (counters.requests[QUERY] ?? 0) / elapsedS,
      upstreamPeakPerSecond: counters.peakArrivalWindow[QUERY] ?? 0,
      upstreamLimitErrors: counters.answers[QUERY]?.RequestLimitExceeded ?? 0,
      everyStateDelivered: complete,
      sawWaitRunDone: fullPath,
      problems,
      delayMs: {
        p50: percentile(delays, 50),
        p90: percentile(delays, 90),
        p99: percentile(delays, 99),
        max: percentile(delays, 100),
        detectionP50: percentile(detection, 50),
        detectionMax: percentile(detection, 100),
        deliverySpreadP50: percentile(delivery, 50),
        deliverySpreadMax: percentile(delivery, 100),
        sseP99: percentile(delaysBy.sse, 99),
        wsP99: percentile(delaysBy.ws, 99),
      },
      idealMs: { pollIntervalMs, mean: pollIntervalMs / 2, p99: idealP99 },
      goalDelayMet: percentile(delays, 99) <= 1.5 * idealP99,
      goalEveryStateMet: complete === n && n === 2 * perTransport,
    };
    const rssFor50k = (summary.rssBeforeMiB + (summary.rssPerSubscriberBytes * 50_000) / 2 ** 20) / 1024;
    let text = table(
      `Subscription fan-out (${fmt(perTransport)} SSE + ${fmt(perTransport)} graphql-ws subscribers, ${JOBS} jobs)`,
      ['figure', 'value'],
      [
        [
          'subscribers connected (first snapshot received)',
          `${fmt(connect.connected)} in ${fmt(connect.connectMs)} ms`,
        ],
        ['every state delivered, in order, then complete', `${fmt(complete)} / ${fmt(n)}`],
        ['saw the whole WAIT → RUN → DONE', `${fmt(fullPath)} / ${fmt(n)}`],
        ['heap per subscriber', `${fmt(summary.heapPerSubscriberBytes / 1024, 1)} KiB`],
        ['RSS per subscriber', `${fmt(summary.rssPerSubscriberBytes / 1024, 1)} KiB`],
        [
          'gateway heap / RSS before → after',
          `${fmt(summary.heapBeforeMiB)} / ${fmt(summary.rssBeforeMiB)} → ${fmt(summary.heapAfterMiB)} / ${fmt(summary.rssAfterMiB)} MiB`,
        ],
        ['RSS projected for 50,000 subscribers', `${rssFor50k.toFixed(1)} GiB`],
        [
          'upstream Query rate (peak in any 1 s)',
          `${summary.upstreamQueriesPerSecond.toFixed(1)}/s (${summary.upstreamPeakPerSecond})`,
        ],
        ['upstream limit errors', fmt(summary.upstreamLimitErrors)],
        [
          'finish → DONE p50 / p90 / p99 / max',
          `${fmt(summary.delayMs.p50)} / ${fmt(summary.delayMs.p90)} / ${fmt(summary.delayMs.p99)} / ${fmt(summary.delayMs.max)} ms`,
        ],
        ['  p99 over SSE / graphql-ws', `${fmt(summary.delayMs.sseP99)} / ${fmt(summary.delayMs.wsP99)} ms`],
        [
          '  per job: finish → first subscriber p50 / max',
          `${fmt(summary.delayMs.detectionP50)} / ${fmt(summary.delayMs.detectionMax)} ms`,
        ],
        [
          '  per job: first → last subscriber p50 / max',
          `${fmt(summary.delayMs.deliverySpreadP50)} / ${fmt(summary.delayMs.deliverySpreadMax)} ms`,
        ],
        ['ideal (poll every 2.5 s) mean / p99', `${fmt(pollIntervalMs / 2)} / ${fmt(idealP99)} ms`],
      ],
    );
    text += `\n  goal: every subscriber gets every state: ${goal(summary.goalEveryStateMet)}; p99 delay ≤ 1.5 × ideal (${fmt(1.5 * idealP99)} ms): ${goal(summary.goalDelayMet)}`;
    if (problems.length > 0) text += `\n  first problems: ${problems.join(' | ')}`;
    const file = writeResult('fanout', { summary, delays });
    return { text, file, summary };
  } finally {
    await subs.stop();
    await gateway.stop();
    await sim.stop();
  }
}
