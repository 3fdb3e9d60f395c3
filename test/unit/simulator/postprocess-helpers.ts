import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect } from 'vitest';
import { JOB_KINDS, type JobKindName } from '../../../src/tencent/job-kinds.ts';
import {
  type ApiResponse,
  callApi,
  type RawResponse,
  rawRequest,
  type SignedCall,
} from '../../helpers/signed-fetch.ts';
import { manualClock, startTestSimulator } from '../../helpers/simulator.ts';

/**
 * A simulator on a manual clock with shortcuts for the post-processing kinds: submit, run to the
 * end of the kind's phases, pick a result file by Type, download it.
 */
export interface ResultFile {
  Type: string;
  Url: string;
  PreviewImageUrl?: string;
}

const NO_KEEPALIVE = { connection: 'close' };

/** The product the calls address: API version, credential-scope service, region (and Host, if any). */
export type ProductCall = Pick<SignedCall, 'version' | 'service' | 'region' | 'host'>;

/** The intl hunyuan 2023-09-01 product: the SignedCall defaults. */
export const INTL: ProductCall = {};

/** The China ai3d 2025-05-13 product, reached on the simulator's loopback address. */
export const CHINA: ProductCall = { version: '2025-05-13', service: 'ai3d', region: 'ap-guangzhou' };

export async function postprocessSim(
  extra: Parameters<typeof startTestSimulator>[0] = {},
  product: ProductCall = INTL,
) {
  const clock = manualClock();
  const sim = await startTestSimulator({ now: clock.now, ...extra });
  /** A signed call to `product`; fields of `c` (another product's, say) win. */
  const call = (c: SignedCall): Promise<ApiResponse> =>
    callApi(sim.url, { timestamp: Math.floor(clock.now() / 1000), headers: NO_KEEPALIVE, ...product, ...c });
  const submitRaw = (kind: JobKindName, body: Record<string, unknown>) =>
    call({ action: JOB_KINDS[kind].submitAction, body });
  const submit = async (kind: JobKindName, body: Record<string, unknown>): Promise<string> => {
    const res = await submitRaw(kind, body);
    expect(res.Error, `${kind} submit`).toBeUndefined();
    return res.JobId as string;
  };
  const query = (kind: JobKindName, JobId: string) =>
    call({ action: JOB_KINDS[kind].queryAction, body: { JobId } });
  /** Moves the clock past the kind's WAIT and RUN and queries. */
  const finish = async (kind: JobKindName, id: string): Promise<ApiResponse> => {
    const { waitMs, runMs } = sim.options.durations[kind];
    clock.advance(waitMs + runMs);
    return query(kind, id);
  };
  /** Submits, finishes and expects DONE. */
  const run = async (kind: JobKindName, body: Record<string, unknown>) => {
    const id = await submit(kind, body);
    const answer = await finish(kind, id);
    expect(answer, `${kind} ${JSON.stringify(answer)}`).toMatchObject({ Status: 'DONE', ErrorCode: '' });
    return { id, answer, files: answer.ResultFile3Ds as ResultFile[] };
  };
  /** A Pro job's GLB URL. */
  const proModel = async (prompt = 'a cat'): Promise<string> => {
    const { files } = await run('PRO', { Prompt: prompt });
    return fileOf(files, 'GLB').Url;
  };
  return { clock, sim, call, submitRaw, submit, query, finish, run, proModel };
}

export function fileOf(files: readonly ResultFile[], type: string): ResultFile {
  const file = files.find((f) => f.Type === type);
  if (!file) throw new Error(`no ${type} in ${JSON.stringify(files)}`);
  return file;
}

export async function download(url: string): Promise<RawResponse> {
  const res = await rawRequest(url, { headers: NO_KEEPALIVE });
  expect(res.status, `${url}: ${res.body.toString('utf8', 0, 200)}`).toBe(200);
  return res;
}

/** A loopback HTTP server answering every path with `answer`, closed after the test. */
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections();
      return new Promise((resolve) => s.close(resolve));
    }),
  );
});

export async function serveOnLoopback(
  answer: (path: string) => { status: number; body: Buffer | string } | 'hang',
): Promise<string> {
  const server = createServer((req, res) => {
    const out = answer(req.url ?? '/');
    if (out === 'hang') return;
    res.writeHead(out.status, { 'content-type': 'application/octet-stream', connection: 'close' });
    res.end(out.body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
