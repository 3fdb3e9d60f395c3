import { JOB_KIND_NAMES, JOB_KINDS, type JobKindName } from '../tencent/job-kinds.ts';
import { type FaultSpec, parseFaultSpec } from './faults.ts';

/**
 * Fixed development credentials: `npm run simulator` accepts them (and prints them) when
 * TENCENTCLOUD_SECRET_ID/KEY are unset, and the embedded simulator uses them by default.
 * They are not secrets; they only open this local simulator.
 */
export const DEV_SECRET_ID = 'AKIDSimulatorDevelopmentOnly0000000';
export const DEV_SECRET_KEY = 'SimulatorDevelopmentKeyOnly00000';

export interface SimulatorCredential {
  secretId: string;
  secretKey: string;
}

export interface PhaseDurations {
  /** Time a job spends in `WAIT` after it is accepted, in ms. */
  waitMs: number;
  /** Time a job spends in `RUN` before it is `DONE` or `FAIL`, in ms. */
  runMs: number;
}

export interface SimulatorOptions {
  /** Accounts the simulator knows. @default [{ secretId: DEV_SECRET_ID, secretKey: DEV_SECRET_KEY }] */
  credentials: readonly SimulatorCredential[];
  /**
   * The simulator's clock in ms since the epoch. Job phases, rate windows, the signature's timestamp
   * check, job expiry and file-URL expiry all read it, so a test can move time by swapping it.
   * @default Date.now
   */
  now: () => number;
  /** Source of randomness in [0, 1) for fault rates and latency jitter. @default Math.random */
  random: () => number;
  /**
   * Phase durations per job kind. @default PRO 1000 + 4000 ms, RAPID 500 + 2000, PART 500 + 2500,
   * SMART_TOPOLOGY 500 + 1500, UV 500 + 1500, TEXTURE_EDIT 500 + 2500, CONVERT 200 + 800,
   * AUTO_RIGGING 500 + 2500
   */
  durations: Readonly<Record<JobKindName, PhaseDurations>>;
  /** Requests per account and action in any sliding 1-second window. @default 20 */
  ratePerSecond: number;
  /** Jobs per account and kind that may occupy a slot at once. @default each kind's `slots` in JOB_KINDS (PRO 3, every other kind 1) */
  slots: Readonly<Record<JobKindName, number>>;
  /**
   * A finished job keeps its slot this long after DONE/FAIL; Tencent was seen holding a slot ~30 s
   * (docs/hunyuan-api.md §4.4). @default 0
   */
  slotHoldAfterDoneMs: number;
  /** A JobId is answered this long after submit, then `ResourceNotFound`. @default 86_400_000 (24 h) */
  jobTtlMs: number;
  /** Result URLs expire this long after the job finished. @default 86_400_000 (24 h) */
  fileTtlMs: number;
  /** Larger request bodies get `RequestSizeLimitExceeded`. @default 10_485_760 (10 MB) */
  maxBodyBytes: number;
  /** Allowed |X-TC-Timestamp − now| in seconds before `AuthFailure.SignatureExpire`. @default 300 */
  maxSkewSeconds: number;
  /** Base of result-file URLs, e.g. `http://sim.example:4010`. @default the simulator's own URL */
  publicUrl: string | undefined;
  /** Faults active from the start; change them later with `simulator.faults`. @default {} */
  faults: FaultSpec;
  /**
   * Largest model file a post-processing Submit may name, in bytes; the kind's own Tencent limit
   * (200 MB, 60 MB for rigging) applies when smaller. Larger files fail the job. @default 33_554_432 (32 MB)
   */
  modelMaxBytes: number;
  /** A model download (from a loopback host) that takes longer fails the job. @default 10_000 */
  modelFetchTimeoutMs: number;
}

/** What `startSimulator` accepts: any subset, with durations and slots settable per kind. */
export type SimulatorInit = Partial<Omit<SimulatorOptions, 'durations' | 'slots'>> & {
  durations?: Partial<Record<JobKindName, Partial<PhaseDurations>>>;
  slots?: Partial<Record<JobKindName, number>>;
};

const DEFAULT_DURATIONS: Readonly<Record<JobKindName, PhaseDurations>> = {
  PRO: { waitMs: 1000, runMs: 4000 },
  RAPID: { waitMs: 500, runMs: 2000 },
  PART: { waitMs: 500, runMs: 2500 },
  SMART_TOPOLOGY: { waitMs: 500, runMs: 1500 },
  UV: { waitMs: 500, runMs: 1500 },
  TEXTURE_EDIT: { waitMs: 500, runMs: 2500 },
  CONVERT: { waitMs: 200, runMs: 800 },
  AUTO_RIGGING: { waitMs: 500, runMs: 2500 },
  REDUCE_FACE: { waitMs: 500, runMs: 1500 },
  TEXTURE_TO_3D: { waitMs: 500, runMs: 2500 },
  PROFILE: { waitMs: 500, runMs: 2500 },
  MOTION: { waitMs: 500, runMs: 2000 },
};
const DAY_MS = 24 * 60 * 60 * 1000;

function nonNegative(name: string, value: number, integer = false): number {
  if (!(value >= 0) || (integer && !Number.isInteger(value))) {
    throw new TypeError(
      `Simulator option ${name} must be a non-negative ${integer ? 'integer' : 'number'}, got ${value}`,
    );
  }
  return value;
}

function resolvePublicUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`Simulator option publicUrl must be an absolute http(s) URL, got "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`Simulator option publicUrl must use http or https, got "${url}"`);
  }
  return url.replace(/\/+$/, '');
}

/** Fills defaults and checks every value, failing with the option's name and the value received. */
export function resolveOptions(init: SimulatorInit = {}): SimulatorOptions {
  const durations = {} as Record<JobKindName, PhaseDurations>;
  const slots = {} as Record<JobKindName, number>;
  for (const kind of JOB_KIND_NAMES) {
    const d = { ...DEFAULT_DURATIONS[kind], ...init.durations?.[kind] };
    durations[kind] = {
      waitMs: nonNegative(`durations.${kind}.waitMs`, d.waitMs),
      runMs: nonNegative(`durations.${kind}.runMs`, d.runMs),
    };
    slots[kind] = nonNegative(`slots.${kind}`, init.slots?.[kind] ?? JOB_KINDS[kind].slots, true);
  }
  const credentials = init.credentials ?? [{ secretId: DEV_SECRET_ID, secretKey: DEV_SECRET_KEY }];
  if (credentials.length === 0 || credentials.some((c) => !c.secretId || !c.secretKey)) {
    throw new TypeError(
      'Simulator option credentials needs at least one { secretId, secretKey } with both set',
    );
  }
  const ratePerSecond = init.ratePerSecond ?? 20;
  if (!(ratePerSecond > 0))
    throw new TypeError(`Simulator option ratePerSecond must be > 0, got ${ratePerSecond}`);
  return {
    credentials,
    now: init.now ?? Date.now,
    random: init.random ?? Math.random,
    durations,
    ratePerSecond,
    slots,
    slotHoldAfterDoneMs: nonNegative('slotHoldAfterDoneMs', init.slotHoldAfterDoneMs ?? 0),
    jobTtlMs: nonNegative('jobTtlMs', init.jobTtlMs ?? DAY_MS),
    fileTtlMs: nonNegative('fileTtlMs', init.fileTtlMs ?? DAY_MS),
    maxBodyBytes: nonNegative('maxBodyBytes', init.maxBodyBytes ?? 10 * 1024 * 1024, true),
    maxSkewSeconds: nonNegative('maxSkewSeconds', init.maxSkewSeconds ?? 300),
    publicUrl: resolvePublicUrl(init.publicUrl),
    faults: parseFaultSpec(init.faults ?? {}),
    modelMaxBytes: nonNegative('modelMaxBytes', init.modelMaxBytes ?? 32 * 1024 * 1024, true),
    modelFetchTimeoutMs: nonNegative('modelFetchTimeoutMs', init.modelFetchTimeoutMs ?? 10_000),
  };
}
