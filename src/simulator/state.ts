import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { JOB_KIND_NAMES, type JobKindName } from '../tencent/job-kinds.ts';
import type { SimJob } from './jobs.ts';

/**
 * The simulator's state file (`stateFile`): what a restarted simulator needs to carry on as if it had
 * never stopped. Jobs (their ids, timestamps and durations: statuses are computed from those and the
 * clock, so a job keeps walking WAIT → RUN → DONE and keeps its slot), the key result URLs are signed
 * with, and the port it listened on (so those URLs keep pointing at it).
 *
 * Post-processing jobs name their input model by digest; the bytes live beside this file, in
 * `<stateFile>.inputs/` (inputs.ts), since result files are made from them on download.
 *
 * Written whole on every change, to a temporary file in the same directory and then renamed over the
 * old one, so a reader sees the old state or the new one, never half of either. No fsync: the write
 * survives the process being killed (kill -9), as the gateway's SQLite at `synchronous = NORMAL`
 * does, but not necessarily a power cut.
 */

export interface SimulatorState {
  /** The port listened on; undefined before the first listen. */
  port: number | undefined;
  signingKey: Buffer;
  jobs: readonly SimJob[];
}

export type LoadedState =
  | { kind: 'missing' }
  | { kind: 'loaded'; state: SimulatorState }
  /** Unreadable or invalid: moved to `keptAs` (undefined if even that failed), with a warning to show. */
  | { kind: 'broken'; warning: string; keptAs: string | undefined };

const STATE_VERSION = 1;

const jobSchema = z.object({
  id: z.string().regex(/^[1-9]\d{18}$/),
  kind: z.enum(JOB_KIND_NAMES as [JobKindName, ...JobKindName[]]),
  secretId: z.string().min(1),
  submittedAt: z.number().finite(),
  waitMs: z.number().finite().nonnegative(),
  runMs: z.number().finite().nonnegative(),
  seed: z.string(),
  prompt: z.string().optional(),
  faceCount: z.number().optional(),
  geometryOnly: z.boolean(),
  failure: z.object({ code: z.string(), message: z.string() }).optional(),
  fileToken: z.string().regex(/^[0-9a-f]{8,}$/),
  input: z.object({ digest: z.string().regex(/^[0-9a-f]{64}$/), type: z.string() }).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  sync: z.boolean().optional(),
});

const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  port: z.number().int().min(1).max(65535).nullable(),
  signingKey: z.string().regex(/^[0-9a-f]{64}$/),
  jobs: z.array(jobSchema),
});

function describe(err: unknown): string {
  if (err instanceof z.ZodError) {
    const [issue] = err.issues;
    return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

function parseState(text: string): SimulatorState {
  const raw = stateSchema.parse(JSON.parse(text));
  return {
    port: raw.port ?? undefined,
    signingKey: Buffer.from(raw.signingKey, 'hex'),
    jobs: raw.jobs.map(
      (j): SimJob => ({
        id: j.id,
        kind: j.kind,
        secretId: j.secretId,
        submittedAt: j.submittedAt,
        waitMs: j.waitMs,
        runMs: j.runMs,
        seed: j.seed,
        prompt: j.prompt,
        faceCount: j.faceCount,
        geometryOnly: j.geometryOnly,
        failure: j.failure,
        fileToken: j.fileToken,
        ...(j.input ? { input: j.input } : {}),
        ...(j.params ? { params: j.params } : {}),
        ...(j.sync ? { sync: true } : {}),
      }),
    ),
  };
}

/**
 * Reads the state file. A missing file is a first start; anything else that goes wrong (unreadable,
 * not JSON, not this format) must not stop the simulator: the file is moved aside, with a suffix,
 * for someone to look at, and the simulator starts empty.
 */
export function loadState(path: string): LoadedState {
  let text: string;
  let problem: string;
  try {
    text = readFileSync(path, 'utf8');
    try {
      return { kind: 'loaded', state: parseState(text) };
    } catch (err) {
      problem = `is not a valid simulator state file (${describe(err)})`;
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent is a file, so there is no state file (and saving it will fail, with a warning).
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    problem = `could not be read (${describe(err)})`;
  }
  const aside = `${path}.corrupt-${Date.now()}`;
  try {
    renameSync(path, aside);
    return {
      kind: 'broken',
      keptAs: aside,
      warning: `Simulator state file ${path} ${problem}; kept it as ${aside} and started with no jobs.`,
    };
  } catch (err) {
    return {
      kind: 'broken',
      keptAs: undefined,
      warning: `Simulator state file ${path} ${problem} and could not be moved aside (${describe(err)}); started with no jobs and will not save state, so as not to overwrite it.`,
    };
  }
}

/** Writes the whole state atomically (temporary file in the same directory, then rename). */
export function saveState(path: string, state: SimulatorState): void {
  const text = JSON.stringify({
    version: STATE_VERSION,
    port: state.port ?? null,
    signingKey: state.signingKey.toString('hex'),
    jobs: state.jobs,
  });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The original error says more.
    }
    throw err;
  }
}

/** Creates the state file's directory (the gateway's database directory may not exist yet). */
export function prepareStateDir(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
}
