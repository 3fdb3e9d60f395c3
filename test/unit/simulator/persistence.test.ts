import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseGlbHeader } from '../../../src/simulator/files/glb.ts';
import type { Simulator } from '../../../src/simulator/index.ts';
import { callApi, rawRequest, type SignedCall } from '../../helpers/signed-fetch.ts';
import { type ManualClock, manualClock, startTestSimulator } from '../../helpers/simulator.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const dirs: string[] = [];
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sim-state-'));
  dirs.push(dir);
  return dir;
}

interface SavedState {
  version: number;
  port: number | null;
  signingKey: string;
  jobs: Array<{ id: string; submittedAt: number }>;
}

const NO_KEEPALIVE = { connection: 'close' };
const download = (url: string) => rawRequest(url, { headers: NO_KEEPALIVE });

const readState = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SavedState;

/** A simulator on `stateFile`, driven by `clock`, with its warnings collected. */
async function start(
  stateFile: string,
  clock: ManualClock,
  extra: Parameters<typeof startTestSimulator>[0] = {},
) {
  const warnings: string[] = [];
  const sim = await startTestSimulator({
    now: clock.now,
    stateFile,
    onWarning: (m) => warnings.push(m),
    ...extra,
  });
  // No keep-alive: a pooled socket to the closed simulator must not be reused on its successor's port.
  const call = (c: SignedCall) =>
    callApi(sim.url, { timestamp: Math.floor(clock.now() / 1000), headers: NO_KEEPALIVE, ...c });
  const submit = async (Prompt: string) => {
    const res = await call({ action: 'SubmitHunyuanTo3DProJob', body: { Prompt } });
    expect(res.Error).toBeUndefined();
    return res.JobId as string;
  };
  const query = (JobId: string) => call({ action: 'QueryHunyuanTo3DProJob', body: { JobId } });
  return { sim, warnings, call, submit, query };
}

function glbUrl(answer: Awaited<ReturnType<typeof callApi>>): string {
  const [file] = answer.ResultFile3Ds as Array<{ Url: string }>;
  if (!file) throw new Error(`no result file in ${JSON.stringify(answer)}`);
  return file.Url;
}

describe('simulator state file', () => {
  it('a restarted simulator keeps the jobs: same JobIds, slots still held, on to DONE on its clock, same port', async () => {
    const path = join(tempDir(), 'nested', 'sim.json');
    const clock = manualClock();
    const first = await start(path, clock);
    expect(first.sim.stateFile).toBe(path);
    const a = await first.submit('a red chair');
    // Saved before the Submit was answered: a kill -9 now would lose nothing.
    expect(readState(path).jobs.map((j) => j.id)).toEqual([a]);
    clock.advance(2000);
    const b = await first.submit('a blue mug');
    expect((await first.query(a)).Status).toBe('RUN');
    expect((await first.query(b)).Status).toBe('WAIT');
    expect(readState(path)).toMatchObject({ version: 1, port: first.sim.port });
    await first.sim.close();

    const second = await start(path, clock);
    expect(second.warnings).toEqual([]);
    expect(second.sim.port).toBe(first.sim.port);
    expect(second.sim.jobs.list().map((j) => [j.id, j.status, j.prompt])).toEqual([
      [a, 'RUN', 'a red chair'],
      [b, 'WAIT', 'a blue mug'],
    ]);
    expect((await second.query(a)).Status).toBe('RUN');
    expect((await second.query(b)).Status).toBe('WAIT');
    // Three Pro slots: a and b still hold two of them.
    await second.submit('a third');
    const refused = await second.call({ action: 'SubmitHunyuanTo3DProJob', body: { Prompt: 'a fourth' } });
    expect(refused.Error?.Code).toBe('RequestLimitExceeded.JobNumExceed');

    clock.advance(3000);
    const done = await second.query(a);
    expect(done).toMatchObject({ Status: 'DONE', ErrorCode: '' });
    expect((await second.query(b)).Status).toBe('RUN');
    const glb = await download(glbUrl(done));
    expect(glb.status).toBe(200);
    expect(parseGlbHeader(glb.body)?.version).toBe(2);
    clock.advance(2000);
    expect((await second.query(b)).Status).toBe('DONE');
  });

  it('result URLs handed out before the restart still download', async () => {
    const path = join(tempDir(), 'sim.json');
    const clock = manualClock();
    const first = await start(path, clock);
    const id = await first.submit('a small wooden chair');
    clock.advance(5000);
    const url = glbUrl(await first.query(id));
    const before = await download(url);
    expect(before.status).toBe(200);
    await first.sim.close();

    const second = await start(path, clock);
    expect(second.sim.port).toBe(first.sim.port);
    const after = await download(url);
    expect(after.status).toBe(200);
    expect(after.headers['content-type']).toBe('model/gltf-binary');
    expect(after.body.equals(before.body)).toBe(true);
    // The same job, asked again, hands out the very same URL.
    expect(glbUrl(await second.query(id))).toBe(url);
  });

  it('falls back to a free port when the saved one is taken, and records the new one', async () => {
    const path = join(tempDir(), 'sim.json');
    const clock = manualClock();
    const first = await start(path, clock);
    const id = await first.submit('a cat');
    await first.sim.close();
    const squatter = createServer();
    servers.push(squatter);
    await new Promise<void>((resolve) => squatter.listen(first.sim.port, '127.0.0.1', resolve));

    const second = await start(path, clock);
    expect(second.sim.port).not.toBe(first.sim.port);
    expect(second.warnings).toEqual([expect.stringContaining(`port ${first.sim.port}`)]);
    expect(readState(path).port).toBe(second.sim.port);
    clock.advance(5000);
    expect((await second.query(id)).Status).toBe('DONE');
  });

  it.each([
    ['not JSON', (path: string) => writeFileSync(path, '{"version":1,"jobs":[')],
    [
      'JSON of another shape',
      (path: string) => writeFileSync(path, JSON.stringify({ version: 1, jobs: [{}] })),
    ],
    ['unreadable (a directory)', (path: string) => mkdirSync(path)],
  ])('a state file that is %s is kept aside and the simulator starts empty', async (_name, breakIt) => {
    const dir = tempDir();
    const path = join(dir, 'sim.json');
    breakIt(path);
    const clock = manualClock();
    const { sim, warnings, submit } = await start(path, clock);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Simulator state file .*sim\.json (is not a valid|could not be read).* kept it as .*sim\.json\.corrupt-\d+ and started with no jobs\.$/,
    );
    expect(sim.jobs.list()).toEqual([]);
    const aside = readdirSync(dir).filter((f) => f.startsWith('sim.json.corrupt-'));
    expect(aside).toHaveLength(1);
    // A fresh, valid state file in its place, kept from now on.
    expect(readState(path)).toMatchObject({ version: 1, port: sim.port, jobs: [] });
    const id = await submit('a snowman');
    expect(readState(path).jobs.map((j) => j.id)).toEqual([id]);
  });

  it('drops jobs past their 24 h expiry when loading and when saving', async () => {
    const path = join(tempDir(), 'sim.json');
    const clock = manualClock();
    const first = await start(path, clock);
    const old = await first.submit('an old job');
    clock.advance(DAY_MS - 60_000);
    const young = await first.submit('a young job');
    await first.sim.close();

    // Loading: the old job expired while the simulator was down.
    clock.advance(120_000);
    const second = await start(path, clock);
    expect(second.sim.jobs.list().map((j) => j.id)).toEqual([young]);
    expect(readState(path).jobs.map((j) => j.id)).toEqual([young]);
    expect((await second.query(old)).Error?.Code).toBe('ResourceNotFound');

    // Saving: the young job expires in turn and the next save leaves it out.
    clock.advance(DAY_MS);
    const fresh = await second.submit('a fresh job');
    expect(readState(path).jobs.map((j) => j.id)).toEqual([fresh]);
  });

  it('answers InternalError, and forgets the job, when a Submit cannot be saved', async () => {
    const path = join(tempDir(), 'sim.json');
    const clock = manualClock();
    const { sim, call } = await start(path, clock);
    // Renaming the temporary file over a directory fails.
    rmSync(path);
    mkdirSync(path);
    const res = await call({ action: 'SubmitHunyuanTo3DProJob', body: { Prompt: 'a cat' } });
    expect(res.Error?.Code).toBe('InternalError');
    expect(res.Error?.Message).toMatch(/could not save its state/);
    expect(sim.jobs.list()).toEqual([]);
    expect(readdirSync(join(path, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps jobs in memory, with a warning, when the state file cannot be written at all', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const path = join(dir, 'file', 'sim.json');
    const clock = manualClock();
    const { sim, warnings, submit, query } = await start(path, clock);
    expect(warnings).toEqual([expect.stringMatching(/cannot be written .*keeping jobs in memory only/)]);
    expect(sim.stateFile).toBeUndefined();
    const id = await submit('a cat');
    expect((await query(id)).Status).toBe('WAIT');
  });

  it('without a state file keeps everything in memory, as before', async () => {
    const sim: Simulator = await startTestSimulator({});
    expect(sim.stateFile).toBeUndefined();
  });
});
