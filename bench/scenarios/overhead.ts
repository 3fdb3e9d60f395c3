import { mkdirSync, rmSync } from 'node:fs';
import { type BenchProcess, benchPath, startProcess } from '../lib/proc.ts';
import { type ProfileSummary, summariseProfile } from '../lib/profile.ts';
import { fmt, goal, median, pct, table, writeResult } from '../lib/report.ts';
import {
  gqlData,
  type SimProcess,
  SUBMIT,
  startGatewayProcess,
  startLoad,
  startSimulatorProcess,
  waitFor,
} from '../lib/setup.ts';
import type { LoadRequest, LoadResult } from '../load/autocannon.ts';
import type { ScenarioOptions, ScenarioOutput } from './types.ts';

/**
 * Scenario 2, gateway overhead: the gateway answering a cached `job(id)` for a DONE job with a
 * realistic selection, against bare graphql-yoga `{ hello }` and bare node:http with a fixed JSON
 * body. Same load for all three (autocannon, 50 connections, own process), in alternating order,
 * several rounds; the figures are medians and the ratios are taken within each round.
 */
export const JOB_QUERY =
  'query Job($id: ID!) { job(id: $id) { id status resultFiles { type url previewImageUrl } } }';

const HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json',
};

const GATEWAY = 'gateway job(id)';
const YOGA = 'bare yoga { hello }';
const YOGA_NO_PIPE = 'bare yoga, no body pipe';
const HTTP = 'bare node:http';

interface CpuTime {
  userUs: number;
  systemUs: number;
}

type Run = LoadResult & { cpuUsPerRequest: number };

interface Target {
  name: string;
  proc: BenchProcess;
  request: LoadRequest;
}

async function check(url: string, req: LoadRequest): Promise<string> {
  const res = await fetch(`${url}${req.path}`, {
    method: req.method,
    headers: req.headers ?? {},
    ...(req.body ? { body: req.body } : {}),
  });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`bad answer ${res.status}: ${text}`);
  return text;
}

async function doneJob(gateway: BenchProcess): Promise<string> {
  const { submitJob } = await gqlData<{ submitJob: { id: string } }>(gateway.ready.url, SUBMIT, {
    prompt: 'a small wooden chair',
  });
  await waitFor(
    'the job to be DONE',
    async () => {
      const d = await gqlData<{ job: { status: string } }>(gateway.ready.url, JOB_QUERY, {
        id: submitJob.id,
      });
      return d.job.status === 'DONE' ? true : undefined;
    },
    20_000,
  );
  return submitJob.id;
}

export async function overhead(opts: ScenarioOptions): Promise<ScenarioOutput> {
  const rounds = opts.quick ? 2 : 5;
  const durationS = opts.quick ? 3 : 5;
  const connections = 50;
  const profileDir = benchPath('results/profiles');
  let sim: SimProcess | undefined;
  const procs: BenchProcess[] = [];
  try {
    sim = await startSimulatorProcess({ durations: { PRO: { waitMs: 0, runMs: 100 } } });
    if (opts.profile) {
      rmSync(profileDir, { recursive: true, force: true });
      mkdirSync(profileDir, { recursive: true });
    }
    const gateway = await startGatewayProcess(sim.ready.url);
    procs.push(gateway);
    const jobId = await doneJob(gateway);
    const targets: Target[] = [
      {
        name: GATEWAY,
        proc: gateway,
        request: {
          method: 'POST',
          path: '/graphql',
          headers: HEADERS,
          body: JSON.stringify({ query: JOB_QUERY, variables: { id: jobId } }),
        },
      },
    ];
    if (!opts.profile) {
      const yoga = await startProcess('bare yoga', 'servers/bare-yoga.ts');
      const yogaNoPipe = await startProcess('bare yoga without body pipe', 'servers/bare-yoga.ts', {
        args: ['no-body-limit'],
      });
      const http = await startProcess('bare node:http', 'servers/bare-http.ts');
      procs.push(yoga, yogaNoPipe, http);
      const hello = JSON.stringify({ query: '{ hello }' });
      targets.push(
        {
          name: YOGA,
          proc: yoga,
          request: { method: 'POST', path: '/graphql', headers: HEADERS, body: hello },
        },
        {
          name: YOGA_NO_PIPE,
          proc: yogaNoPipe,
          request: { method: 'POST', path: '/graphql', headers: HEADERS, body: hello },
        },
        {
          name: HTTP,
          proc: http,
          request: { method: 'POST', path: '/graphql', headers: HEADERS, body: '{}' },
        },
      );
    }
    const sample = await check(gateway.ready.url, targets[0]?.request as LoadRequest);
    for (const t of targets) await check(t.proc.ready.url, t.request);

    const load = await startLoad();
    procs.push(load);
    // Warm-up: let V8 optimise each server's hot path before anything is counted.
    for (const t of targets) {
      await load.run({ url: t.proc.ready.url, connections, durationS: 2, requests: [t.request] });
    }
    const runs: Record<string, Run[]> = Object.fromEntries(targets.map((t) => [t.name, []]));
    const ratios = {
      yoga: [] as number[],
      http: [] as number[],
      p99: [] as number[],
      yogaNoPipe: [] as number[],
      cpuVsYoga: [] as number[],
    };
    if (opts.profile) await gateway.request('profile:start');
    for (let r = 0; r < (opts.profile ? 1 : rounds); r++) {
      // Rotate the order each round so no target always runs right after another.
      const order = targets.map((_, i) => targets[(i + r) % targets.length] as Target);
      const round: Record<string, Run> = {};
      for (const t of order) {
        const before = await t.proc.request<CpuTime>('cpu');
        const res = await load.run({
          url: t.proc.ready.url,
          connections,
          durationS,
          requests: [t.request],
          checkBodies: true,
        });
        const after = await t.proc.request<CpuTime>('cpu');
        const cpuUsPerRequest =
          (after.userUs + after.systemUs - before.userUs - before.systemUs) / res.requests;
        const run = { ...res, cpuUsPerRequest };
        round[t.name] = run;
        runs[t.name]?.push(run);
        opts.log(
          `  round ${r + 1} ${t.name}: ${fmt(res.rps)} req/s p50 ${res.latencyP50} ms p99 ${res.latencyP99} ms, ${fmt(cpuUsPerRequest)} µs CPU/request`,
        );
      }
      const g = round[GATEWAY];
      const y = round[YOGA];
      const n = round[YOGA_NO_PIPE];
      const h = round[HTTP];
      if (g && y) {
        ratios.yoga.push(g.rps / y.rps);
        ratios.p99.push(g.latencyP99 / y.latencyP99);
        ratios.cpuVsYoga.push(g.cpuUsPerRequest / y.cpuUsPerRequest);
      }
      if (g && n) ratios.yogaNoPipe.push(g.rps / n.rps);
      if (g && h) ratios.http.push(g.rps / h.rps);
    }

    let profile: ProfileSummary | undefined;
    if (opts.profile) {
      const path = `${profileDir}/gateway-job-${Date.now()}.cpuprofile`;
      await gateway.request('profile:stop', { path });
      profile = summariseProfile(path, 30);
    }

    const rows = targets.map((t) => {
      const rs = runs[t.name] ?? [];
      return [
        t.name,
        fmt(median(rs.map((x) => x.rps))),
        fmt(median(rs.map((x) => x.latencyP50)), 1),
        fmt(median(rs.map((x) => x.latencyP99)), 1),
        fmt(median(rs.map((x) => x.cpuUsPerRequest))),
        fmt(rs.reduce((a, x) => a + x.errors + x.non2xx + x.graphqlErrors, 0)),
      ];
    });
    const yogaRatio = median(ratios.yoga);
    const httpRatio = median(ratios.http);
    const p99Ratio = median(ratios.p99);
    const noPipeRatio = median(ratios.yogaNoPipe);
    const cpuRatio = median(ratios.cpuVsYoga);
    const summary = {
      rounds,
      durationS,
      connections,
      gatewayVsYogaThroughput: yogaRatio,
      gatewayVsYogaP99: p99Ratio,
      gatewayVsHttpThroughput: httpRatio,
      gatewayVsYogaWithoutBodyPipeThroughput: noPipeRatio,
      gatewayVsYogaCpuPerRequest: cpuRatio,
      goalThroughputMet: yogaRatio >= 1,
      goalP99Met: p99Ratio <= 1,
      stretchMet: httpRatio >= 0.25,
    };
    let text = table(
      `Gateway overhead (autocannon -c ${connections}, ${durationS} s × ${rounds} alternating rounds, medians)`,
      ['server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'errors'],
      rows,
    );
    if (!opts.profile) {
      text += `\n  gateway / bare yoga throughput: ${pct(yogaRatio)} (goal ≥ 100%: ${goal(summary.goalThroughputMet)}); p99 ratio ${p99Ratio.toFixed(2)} (goal ≤ 1: ${goal(summary.goalP99Met)})`;
      text += `\n  gateway / bare node:http throughput: ${pct(httpRatio)} (stretch ≥ 25%: ${goal(summary.stretchMet)})`;
      text += `\n  gateway / bare yoga without its body pipe: ${pct(noPipeRatio)}; gateway CPU per request / bare yoga's: ${cpuRatio.toFixed(2)}`;
    }
    if (profile) {
      text += table(
        `CPU profile of the gateway (${fmt(profile.totalMs)} ms busy), self time by package`,
        ['package', 'ms', 'share'],
        profile.byPackage.map((p) => [p.name, fmt(p.ms), pct(p.share)]),
      );
      text += table(
        'Top functions by self time',
        ['function', 'where', 'share'],
        profile.byFunction.map((f) => [f.name, f.where, `${(f.share * 100).toFixed(1)}%`]),
      );
    }
    const file = writeResult(opts.profile ? 'overhead-profile' : 'overhead', {
      summary,
      sampleResponse: sample,
      runs,
      ratios,
      ...(profile ? { profile } : {}),
    });
    return { text, file, summary };
  } finally {
    for (const p of procs.reverse()) await p.stop();
    await sim?.stop();
  }
}
