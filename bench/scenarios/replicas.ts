import { Redis } from 'ioredis';
import { type BenchProcess, startProcess } from '../lib/proc.ts';
import { fmt, percentile, table, writeResult } from '../lib/report.ts';
import {
  gatewayEnv,
  gqlData,
  type SimProcess,
  startLoad,
  startSimulatorProcess,
  submitJobs,
  waitFor,
} from '../lib/setup.ts';
import type { LoadResult, LoadSpec } from '../load/autocannon.ts';
import { JOB_QUERY } from './overhead.ts';
import type { ScenarioOptions, ScenarioOutput } from './types.ts';

/**
 * Issue 6, one vs three replicas sharing Redis, under the same load: 3,000 SSE subscribers over 30
 * jobs, spread evenly across the replicas, plus a closed-loop polling load (autocannon, 6
 * connections in all, spread evenly too) while the jobs finish. One simulator serves both
 * configurations; each configuration gets its own Redis key prefix, deleted afterwards. As in
 * fan-out, jobs wait "an hour" on the simulator's clock while subscribers connect, then the clock
 * jumps to the end of WAIT and they run for 5 s of real time. Reported per configuration: how many
 * subscribers received DONE, the delay from the simulator finishing a job to each subscriber
 * receiving DONE, the upstream Query rate and its peak in any 1 s window (only the leader polls,
 * so it should stay within the 20/s budget whatever the replica count), heap and RSS per replica
 * (after a full GC) and CPU time per replica while subscribers connect and while jobs finish.
 */
const JOBS = 30;
const QUERY = 'QueryHunyuanTo3DProJob';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const WAIT_MS = 3_600_000;
const RUN_MS = 5_000;
const POLL_CONNECTIONS = 6;
const POLL_SECONDS = 8;
const HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json',
};

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

interface Cpu {
  userUs: number;
  systemUs: number;
}

interface ReplicaFigures {
  leader: boolean;
  heapBeforeMiB: number;
  rssBeforeMiB: number;
  heapAfterMiB: number;
  rssAfterMiB: number;
  cpuConnectMs: number;
  cpuDeliveryMs: number;
  subscribers: number;
  delayP50: number;
  delayP99: number;
}

interface ConfigFigures {
  replicas: number;
  keyPrefix: string;
  subscribers: number;
  connected: number;
  connectMs: number;
  receivedDone: number;
  completed: number;
  problems: string[];
  delayMs: { p50: number; p90: number; p99: number; max: number };
  upstreamQueries: number;
  upstreamQueriesPerSecond: number;
  upstreamPeakPerSecond: number;
  upstreamLimitErrors: number;
  deliveryWindowS: number;
  redisCommandsPerSecond: number;
  polling: { requests: number; rps: number; latencyP50: number; latencyP99: number; errors: number };
  perReplica: ReplicaFigures[];
}

const mib = (bytes: number) => bytes / 2 ** 20;
const cpuMs = (a: Cpu, b: Cpu) => (b.userUs + b.systemUs - a.userUs - a.systemUs) / 1000;

async function redisCommands(redis: Redis): Promise<number> {
  const info = await redis.info('stats');
  return Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? Number.NaN);
}

async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}

async function runConfig(
  replicas: number,
  subscribers: number,
  sim: SimProcess,
  redis: Redis,
  keyPrefix: string,
  opts: ScenarioOptions,
): Promise<ConfigFigures> {
  const gateways: BenchProcess[] = [];
  let subs: BenchProcess | undefined;
  let load: (BenchProcess & { run(spec: LoadSpec): Promise<LoadResult> }) | undefined;
  try {
    const env = gatewayEnv(sim.ready.url, {
      REDIS_URL,
      REDIS_KEY_PREFIX: keyPrefix,
      UPSTREAM_PRO_SLOTS: String(JOBS),
    });
    // The first replica takes the lease before the others start, so the leader is replica 1.
    for (let i = 0; i < replicas; i++) {
      gateways.push(
        await startProcess(`gateway-${i + 1}`, 'servers/gateway.ts', { env, nodeFlags: ['--expose-gc'] }),
      );
    }
    const urls = gateways.map((g) => g.ready.url);
    [subs, load] = await Promise.all([
      startProcess('subscribers', 'load/subscribers.ts', { nodeFlags: ['--max-old-space-size=4096'] }),
      startLoad(),
    ]);

    // Submits go round-robin to every replica; only the leader sends them upstream.
    const ids = (
      await Promise.all(
        urls.map((url, r) =>
          submitJobs(
            url,
            Math.floor(JOBS / replicas) + (r < JOBS % replicas ? 1 : 0),
            `replicas-${replicas} r${r}`,
          ),
        ),
      )
    ).flat();
    await waitFor(
      'every job to be upstream',
      async () => {
        const d = await gqlData<Record<string, { status: string }>>(
          urls.at(-1) ?? '',
          `query { ${ids.map((id, i) => `j${i}: job(id: "${id}") { status }`).join(' ')} }`,
        );
        return Object.values(d).every((j) => j.status !== 'QUEUED') ? true : undefined;
      },
      30_000,
      200,
    );

    const memBefore = await Promise.all(gateways.map((g) => g.request<Mem>('mem')));
    const cpu0 = await Promise.all(gateways.map((g) => g.request<Cpu>('cpu')));
    // One replica after the other, so subscribers come back from `results` in replica blocks.
    const perReplica = Math.floor(subscribers / replicas);
    let connected = 0;
    const tc = Date.now();
    for (const url of urls) {
      const c = await subs.request<{ connected: number }>(
        'connect',
        { url, jobs: ids, sse: perReplica, ws: 0, concurrency: 200 },
        120_000,
      );
      connected = c.connected; // the process's running total
    }
    const connectMs = Date.now() - tc;
    const cpu1 = await Promise.all(gateways.map((g) => g.request<Cpu>('cpu')));
    const memAfter = await Promise.all(gateways.map((g) => g.request<Mem>('mem')));
    const stats = await Promise.all(gateways.map((g) => g.request<{ following: number }>('stats')));
    opts.log(
      `  ${replicas} replica(s): ${fmt(connected)} subscribers connected in ${fmt(connectMs)} ms; leader: ${stats
        .map((s, i) => (s.following > 0 ? `gateway-${i + 1}` : ''))
        .filter(Boolean)
        .join(', ')}`,
    );

    // The same polling load whatever the replica count: POLL_CONNECTIONS in all, split evenly.
    const pollRequests = ids.map((id) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: HEADERS,
      body: JSON.stringify({ query: JOB_QUERY, variables: { id } }),
    }));
    const ours = (await sim.jobs()).filter((j) => j.prompt?.startsWith(`replicas-${replicas} `));
    if (ours.length !== JOBS) throw new Error(`${ours.length} of ${JOBS} jobs reached the simulator`);
    const firstWaitEnds = Math.min(...ours.map((j) => j.submittedAt)) + WAIT_MS;
    const cpu2 = await Promise.all(gateways.map((g) => g.request<Cpu>('cpu')));
    const redis0 = await redisCommands(redis);
    await sim.request('reset');
    const t1 = Date.now();
    const loadRuns = Promise.all(
      urls.map((url) =>
        (load as NonNullable<typeof load>).run({
          url,
          connections: POLL_CONNECTIONS / replicas,
          durationS: POLL_SECONDS,
          requests: pollRequests,
          checkBodies: true,
        }),
      ),
    );
    await sim.advance(firstWaitEnds - t1);
    const { subscribers: results } = await subs.request<{ subscribers: SubResult[] }>(
      'results',
      { timeoutMs: RUN_MS + 30_000 },
      RUN_MS + 60_000,
    );
    const deliveredAt = Date.now();
    const deliveryWindowS = (deliveredAt - t1) / 1000;
    const counters = await sim.counters();
    const redis1 = await redisCommands(redis);
    const cpu3 = await Promise.all(gateways.map((g) => g.request<Cpu>('cpu')));
    const polls = await loadRuns;
    const finishedAt = new Map((await sim.jobs()).map((j) => [j.id, j.finishedAt]));

    const delays: number[] = [];
    const delaysBy: number[][] = gateways.map(() => []);
    let receivedDone = 0;
    let completed = 0;
    const problems: string[] = [];
    results.forEach((s, i) => {
      const done = s.states.at(-1) === 'DONE';
      if (done) receivedDone++;
      if (done && s.completed) completed++;
      else if (problems.length < 5) problems.push(`${s.job}: ${s.states.join('→')} ${s.error ?? ''}`);
      const fin = s.up ? finishedAt.get(s.up) : undefined;
      const at = s.times.at(-1);
      if (done && fin !== undefined && at !== undefined) {
        delays.push(at - fin);
        delaysBy[Math.min(replicas - 1, Math.floor(i / perReplica))]?.push(at - fin);
      }
    });
    // Upstream Queries from the jump until the last subscriber got DONE (the poller stops then).
    const upstreamQueries = counters.requests[QUERY] ?? 0;
    const pollTotal = polls.reduce((n, p) => n + p.requests, 0);
    return {
      replicas,
      keyPrefix,
      subscribers: results.length,
      connected,
      connectMs,
      receivedDone,
      completed,
      problems,
      delayMs: {
        p50: percentile(delays, 50),
        p90: percentile(delays, 90),
        p99: percentile(delays, 99),
        max: percentile(delays, 100),
      },
      upstreamQueries,
      upstreamQueriesPerSecond: upstreamQueries / deliveryWindowS,
      upstreamPeakPerSecond: counters.peakArrivalWindow[QUERY] ?? 0,
      upstreamLimitErrors: counters.answers[QUERY]?.RequestLimitExceeded ?? 0,
      deliveryWindowS,
      redisCommandsPerSecond: (redis1 - redis0) / deliveryWindowS,
      polling: {
        requests: pollTotal,
        rps: polls.reduce((n, p) => n + p.rps, 0),
        latencyP50: Math.max(...polls.map((p) => p.latencyP50)),
        latencyP99: Math.max(...polls.map((p) => p.latencyP99)),
        errors: polls.reduce((n, p) => n + p.non2xx + p.errors + p.timeouts + p.graphqlErrors, 0),
      },
      perReplica: gateways.map((_, r) => ({
        leader: (stats[r]?.following ?? 0) > 0,
        heapBeforeMiB: mib(memBefore[r]?.heapUsed ?? Number.NaN),
        rssBeforeMiB: mib(memBefore[r]?.rss ?? Number.NaN),
        heapAfterMiB: mib(memAfter[r]?.heapUsed ?? Number.NaN),
        rssAfterMiB: mib(memAfter[r]?.rss ?? Number.NaN),
        cpuConnectMs: cpuMs(cpu0[r] as Cpu, cpu1[r] as Cpu),
        cpuDeliveryMs: cpuMs(cpu2[r] as Cpu, cpu3[r] as Cpu),
        subscribers: delaysBy[r]?.length ?? 0,
        delayP50: percentile(delaysBy[r] ?? [], 50),
        delayP99: percentile(delaysBy[r] ?? [], 99),
      })),
    };
  } finally {
    await Promise.all([subs?.stop(), load?.stop()]);
    await Promise.all(gateways.map((g) => g.stop()));
    const deleted = await deleteKeys(redis, keyPrefix);
    opts.log(`  deleted ${deleted} Redis keys under ${keyPrefix}`);
  }
}

export async function replicas(opts: ScenarioOptions): Promise<ScenarioOutput> {
  const subscribers = opts.quick ? 600 : 3000;
  const runId = `bench-replicas-${Date.now()}`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let sim: SimProcess | undefined;
  try {
    sim = await startSimulatorProcess({
      durations: { PRO: { waitMs: WAIT_MS, runMs: RUN_MS } },
      slots: { PRO: JOBS },
    });
    const configs: ConfigFigures[] = [];
    for (const n of [1, 3]) {
      configs.push(await runConfig(n, subscribers, sim, redis, `${runId}-${n}:`, opts));
    }

    const list = (c: ConfigFigures, f: (r: ReplicaFigures) => string) => c.perReplica.map(f).join(' / ');
    const col = (f: (c: ConfigFigures) => string) => configs.map(f);
    const text = table(
      `One vs three replicas sharing Redis (${fmt(subscribers)} SSE subscribers over ${JOBS} jobs, ${POLL_CONNECTIONS} polling connections; replica 1 leads)`,
      ['figure', ...configs.map((c) => `${c.replicas} replica${c.replicas > 1 ? 's' : ''}`)],
      [
        ['subscribers connected', ...col((c) => `${fmt(c.connected)} in ${fmt(c.connectMs)} ms`)],
        [
          'received DONE (then complete)',
          ...col((c) => `${fmt(c.receivedDone)} (${fmt(c.completed)}) / ${fmt(c.subscribers)}`),
        ],
        ['finish → DONE p50 / p99', ...col((c) => `${fmt(c.delayMs.p50)} / ${fmt(c.delayMs.p99)} ms`)],
        ['  p50 / p99 per replica', ...col((c) => list(c, (r) => `${fmt(r.delayP50)}/${fmt(r.delayP99)}`))],
        [
          'upstream Query rate (peak in any 1 s)',
          ...col((c) => `${c.upstreamQueriesPerSecond.toFixed(1)}/s (${c.upstreamPeakPerSecond})`),
        ],
        ['upstream limit errors', ...col((c) => fmt(c.upstreamLimitErrors))],
        ['replicas polling Tencent', ...col((c) => fmt(c.perReplica.filter((r) => r.leader).length))],
        ['heap per replica (MiB)', ...col((c) => list(c, (r) => fmt(r.heapAfterMiB)))],
        ['RSS per replica (MiB)', ...col((c) => list(c, (r) => fmt(r.rssAfterMiB)))],
        [
          'RSS all replicas, before → after connect',
          ...col(
            (c) =>
              `${fmt(c.perReplica.reduce((n, r) => n + r.rssBeforeMiB, 0))} → ${fmt(c.perReplica.reduce((n, r) => n + r.rssAfterMiB, 0))} MiB`,
          ),
        ],
        ['CPU per replica, connecting (ms)', ...col((c) => list(c, (r) => fmt(r.cpuConnectMs)))],
        ['CPU per replica, jobs finishing (ms)', ...col((c) => list(c, (r) => fmt(r.cpuDeliveryMs)))],
        [
          'polling: requests/s, p99, errors',
          ...col((c) => `${fmt(c.polling.rps)}/s, ${fmt(c.polling.latencyP99)} ms, ${fmt(c.polling.errors)}`),
        ],
        ['Redis commands/s while jobs finish', ...col((c) => fmt(c.redisCommandsPerSecond))],
      ],
    );
    const problems = configs.flatMap((c) => c.problems.map((p) => `${c.replicas}: ${p}`));
    const summary = {
      subscribers,
      jobs: JOBS,
      pollConnections: POLL_CONNECTIONS,
      configs,
    };
    const file = writeResult('replicas', { summary });
    return {
      text: problems.length > 0 ? `${text}\n  first problems: ${problems.join(' | ')}` : text,
      file,
      summary,
    };
  } finally {
    await sim?.stop();
    await deleteKeys(redis, `${runId}-`);
    await redis.quit();
  }
}
