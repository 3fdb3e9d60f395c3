import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseGlbHeader } from '../../src/simulator/files/glb.ts';
import { type GatewayProcess, gqlHttp, startGatewayProcess } from '../helpers/gateway-process.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Job {
  id: string;
  status: string;
  upstreamJobId: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  resultFiles: Array<{ type: string; url: string }>;
}

const JOB_FIELDS = 'id status upstreamJobId errorCode errorMessage resultFiles { type url }';

async function readJobs(gw: GatewayProcess, ids: readonly string[]): Promise<Job[]> {
  const query = `{ ${ids.map((id, i) => `j${i}: job(id: "${id}") { ${JOB_FIELDS} }`).join(' ')} }`;
  const res = await gqlHttp<{ data?: Record<string, Job>; errors?: unknown }>(gw.url, query);
  if (!res.data) throw new Error(`query failed: ${JSON.stringify(res.errors)}`);
  return ids.map((_, i) => res.data?.[`j${i}`] as Job);
}

/** The embedded simulator's URL, from the gateway's first log line. */
function simulatorUrl(gw: GatewayProcess): unknown {
  return gw.logs.find((l) => typeof l.simulator === 'string')?.simulator;
}

describe('restart on the embedded simulator (no Tencent account)', () => {
  it('after kill -9 with 2 jobs running upstream, both reach DONE with the same ids and JobIds and a downloadable GLB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-restart-embedded-'));
    dirs.push(dir);
    const db = join(dir, 'gateway.db');
    const env = {
      GATEWAY_DB: db,
      SIMULATOR_WAIT_MS: '1000',
      SIMULATOR_RUN_MS: '3000',
      JOB_REFRESH_MS: '200',
    };

    const first = await startGatewayProcess({ env });
    expect(simulatorUrl(first)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ids: string[] = [];
    for (const prompt of ['a red chair', 'a blue mug']) {
      const r = await gqlHttp<{ data: { submitJob: { id: string } } }>(
        first.url,
        'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id } }',
        { p: prompt },
      );
      ids.push(r.data.submitJob.id);
    }
    const running = await vi.waitFor(
      async () => {
        const jobs = await readJobs(first, ids);
        for (const job of jobs) {
          expect(['WAIT', 'RUN']).toContain(job.status);
          expect(job.upstreamJobId).toMatch(/^\d{19}$/);
        }
        return jobs;
      },
      { timeout: 15_000, interval: 100 },
    );
    const upstreamIds = running.map((j) => j.upstreamJobId);
    // The simulator wrote them down before answering the Submits.
    const stateFile = `${db}.simulator.json`;
    expect(existsSync(stateFile)).toBe(true);
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as { jobs: Array<{ id: string }> };
    expect(saved.jobs.map((j) => j.id).sort()).toEqual([...upstreamIds].sort());

    expect(await first.kill('SIGKILL')).toBe(null);

    const second = await startGatewayProcess({ env });
    // Back on the same port, so result URLs the simulator handed out stay valid.
    expect(simulatorUrl(second)).toBe(simulatorUrl(first));
    const done = await vi.waitFor(
      async () => {
        const jobs = await readJobs(second, ids);
        for (const job of jobs) expect(job.status).toBe('DONE');
        return jobs;
      },
      { timeout: 30_000, interval: 200 },
    );
    expect(done.map((j) => j.id)).toEqual(ids);
    expect(done.map((j) => j.upstreamJobId)).toEqual(upstreamIds);
    for (const job of done) {
      expect(job.errorCode).toBeNull();
      expect(job.errorMessage).toBeNull();
      const [file] = job.resultFiles;
      expect(file?.type).toBe('GLB');
      expect(file?.url).toBe(`${second.url}/files/${job.id}/0/model.glb`);
      const res = await fetch(file?.url ?? '');
      expect(res.status).toBe(200);
      expect(parseGlbHeader(new Uint8Array(await res.arrayBuffer()))?.version).toBe(2);
    }
    expect(JSON.stringify(second.logs)).not.toContain('UPSTREAM_JOB_NOT_FOUND');

    await second.kill('SIGTERM');
  });
});
