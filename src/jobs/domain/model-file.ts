import type { JobKind } from '../../tencent/job-kinds.ts';
import { GATEWAY_ID_RE, type JobRecord, type ResultFile, UPSTREAM_ID_RE, UPSTREAM_TTL_MS } from './job.ts';

/**
 * Which result file of a finished job a post-processing kind works on (`file: { fromJob }`, and
 * pipeline steps fed by an earlier step). Pure: the caller looks the source job up and checks that
 * the client may see it.
 */

/** When a source has several files the kind accepts: the richest first (GLB holds textures and scene). */
const PREFERENCE: readonly string[] = ['GLB', 'FBX', 'OBJ'];

export type SourcePick =
  | { ok: true; file: ResultFile }
  /** `on`: which part of `file` is wrong, `fromJob` (the job) or `type` (the type asked for). */
  | { ok: false; on: 'fromJob' | 'type'; message: string };

/**
 * The job a `file.fromJob` names (a gateway id or a raw Tencent JobId), if the caller may see it:
 * only jobs known here (no upstream lookup). Unknown and other tenants' jobs are both undefined, so
 * nothing tells them apart.
 */
export async function findSourceJob(
  repo: {
    get(id: string): Promise<JobRecord | undefined>;
    getByUpstreamId(id: string): Promise<JobRecord | undefined>;
  },
  id: string,
  viewer: { owner: string; admin: boolean },
): Promise<JobRecord | undefined> {
  const job = GATEWAY_ID_RE.test(id)
    ? await repo.get(id)
    : UPSTREAM_ID_RE.test(id)
      ? await repo.getByUpstreamId(id)
      : undefined;
  return job && (viewer.admin || job.owner === viewer.owner) ? job : undefined;
}

/** When a job's result URLs stop working: its expiry, or 24 h after submission for older records. */
export function resultsExpireAt(job: Pick<JobRecord, 'expiresAt' | 'submittedAt'>): number {
  return job.expiresAt ?? job.submittedAt + UPSTREAM_TTL_MS;
}

/**
 * The result file of `source` that `kind` should be given: of `wantedType` when the client named
 * one, else the preferred type the kind accepts. A source that is not DONE, whose results expired,
 * or that has no file of a usable type is refused with a message naming the problem.
 */
export function pickSourceFile(
  kind: JobKind,
  source: JobRecord,
  now: number,
  wantedType?: string | undefined,
): SourcePick {
  const accepted = kind.file?.types ?? [];
  const acceptedText = accepted.join(', ');
  if (accepted.length === 0) {
    return { ok: false, on: 'fromJob', message: `${kind.name} takes no model file` };
  }
  if (source.status !== 'DONE') {
    const state =
      source.status === 'FAIL' || source.status === 'CANCELED'
        ? `ended as ${source.status}`
        : `is ${source.status}, not DONE yet`;
    return {
      ok: false,
      on: 'fromJob',
      message: `job ${source.id} ${state}; only a finished (DONE) job's result can be used`,
    };
  }
  const expiresAt = resultsExpireAt(source);
  if (now >= expiresAt) {
    return {
      ok: false,
      on: 'fromJob',
      message: `the result files of job ${source.id} expired at ${new Date(expiresAt).toISOString()} (Tencent keeps them 24 hours)`,
    };
  }
  const typeOf = (f: ResultFile) => f.type.toUpperCase();
  if (wantedType !== undefined) {
    const wanted = wantedType.toUpperCase();
    if (!accepted.includes(wanted)) {
      return {
        ok: false,
        on: 'type',
        message: `${kind.name} accepts ${acceptedText}, not ${wantedType}`,
      };
    }
    const file = source.resultFiles.find((f) => typeOf(f) === wanted);
    if (file) return { ok: true, file: { ...file, type: wanted } };
    return {
      ok: false,
      on: 'type',
      message: `job ${source.id} has no ${wanted} result (it has ${typesOf(source) || 'none'})`,
    };
  }
  const rank = (type: string) => {
    const i = PREFERENCE.indexOf(type);
    return i === -1 ? PREFERENCE.length + accepted.indexOf(type) : i;
  };
  const usable = source.resultFiles
    .filter((f) => accepted.includes(typeOf(f)))
    .sort((a, b) => rank(typeOf(a)) - rank(typeOf(b)));
  const file = usable[0];
  if (file) return { ok: true, file: { ...file, type: typeOf(file) } };
  return {
    ok: false,
    on: 'fromJob',
    message: `job ${source.id} has no result file ${kind.name} accepts (it has ${typesOf(source) || 'none'}; ${kind.name} takes ${acceptedText})`,
  };
}

function typesOf(job: JobRecord): string {
  return [...new Set(job.resultFiles.map((f) => f.type))].join(', ');
}
