import type { CountersSnapshot, JobView, SimulatorInit } from '../../src/simulator/index.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import type { LoadResult, LoadSpec } from '../load/autocannon.ts';
import { type BenchProcess, startProcess } from './proc.ts';

/** Building blocks shared by the scenarios: a simulator, a gateway, a load generator. */

export type SimProcess = BenchProcess & {
  counters(): Promise<CountersSnapshot>;
  /** Jobs with times on the wall clock. */
  jobs(): Promise<JobView[]>;
  /** Moves the simulator's clock forward. */
  advance(ms: number): Promise<void>;
};

export async function startSimulatorProcess(init: SimulatorInit = {}): Promise<SimProcess> {
  const proc = await startProcess('simulator', 'servers/simulator.ts', { args: [JSON.stringify(init)] });
  return Object.assign(proc, {
    counters: () => proc.request<CountersSnapshot>('counters'),
    jobs: async () => {
      const { jobs, offsetMs } = await proc.request<{ jobs: JobView[]; offsetMs: number }>('jobs');
      return jobs.map((j) => ({
        ...j,
        submittedAt: j.submittedAt - offsetMs,
        finishedAt: j.finishedAt - offsetMs,
      }));
    },
    advance: async (ms: number) => {
      await proc.request('advance', { ms });
    },
  });
}

/** Environment of a gateway aimed at `simUrl` with the simulator's development credentials. */
export function gatewayEnv(simUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    TENCENTCLOUD_SECRET_ID: DEV_SECRET_ID,
    TENCENTCLOUD_SECRET_KEY: DEV_SECRET_KEY,
    HUNYUAN_ENDPOINT: simUrl,
    GATEWAY_DB: ':memory:',
    LOG_LEVEL: 'warn',
    PORT: '0',
    ...extra,
  };
}

export function startGatewayProcess(
  simUrl: string,
  extra: Record<string, string> = {},
  nodeFlags: string[] = [],
): Promise<BenchProcess> {
  return startProcess('gateway', 'servers/gateway.ts', { env: gatewayEnv(simUrl, extra), nodeFlags });
}

export async function startLoad(): Promise<BenchProcess & { run(spec: LoadSpec): Promise<LoadResult> }> {
  const proc = await startProcess('autocannon', 'load/autocannon.ts');
  return Object.assign(proc, {
    run: (spec: LoadSpec) => proc.request<LoadResult>('run', { spec }, (spec.durationS + 60) * 1000),
  });
}

export interface GqlResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResponse<T>;
}

export async function gqlData<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await gql<T>(url, query, variables);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export const SUBMIT =
  'mutation Submit($prompt: String!) { submitJob(input: { prompt: $prompt }) { id status } }';

export async function submitJobs(url: string, n: number, prefix: string): Promise<string[]> {
  const ids = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      gqlData<{ submitJob: { id: string } }>(url, SUBMIT, { prompt: `${prefix} ${i}` }).then(
        (d) => d.submitJob.id,
      ),
    ),
  );
  return ids;
}

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined>,
  timeoutMs: number,
  everyMs = 100,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
