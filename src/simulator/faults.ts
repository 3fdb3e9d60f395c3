import { z } from 'zod';

/**
 * Faults on demand, so gateway tests can exercise retries, back-off and outages against real
 * sockets. Faults apply to API calls (`POST /`) only; file downloads and the `/_sim` control routes
 * are never faulted. A faulted call is answered before authentication and never creates a job or
 * counts towards the rate window.
 */
export interface FaultSpec {
  /**
   * A dead upstream: every API request's socket is destroyed without an answer, and open sockets
   * are destroyed when this is set. Control routes stay reachable so it can be cleared over HTTP.
   */
  down?: boolean | undefined;
  /** Probability (0..1) of answering with one of `errorCodes` instead of running the call. @default 0 */
  errorRate?: number | undefined;
  /** Codes drawn uniformly for `errorRate`. @default ['InternalError'] */
  errorCodes?: string[] | undefined;
  /** Added before every answer of a matching call, in ms. @default 0 */
  latencyMs?: number | undefined;
  /** Extra uniform random delay in [0, latencyJitterMs) ms on top of `latencyMs`. @default 0 */
  latencyJitterMs?: number | undefined;
  /** Probability (0..1) of destroying the socket without answering. @default 0 */
  dropRate?: number | undefined;
  /** Probability (0..1) of answering HTTP 502 or 503 with an HTML body, like a broken proxy. @default 0 */
  http5xxRate?: number | undefined;
  /** Restrict every fault to these X-TC-Action values. @default all actions */
  actions?: string[] | undefined;
  /**
   * A deterministic script, consumed one entry per matching call before any rate applies. An entry is
   * a Tencent error code (`'InternalError'`, `'RequestLimitExceeded'`, …) or one of the specials in
   * `SCRIPTED_FAULTS`: `'drop'`, `'http502'`, `'http503'`, or `'pass'` (answer normally).
   */
  nextErrors?: string[] | undefined;
}

export const SCRIPTED_FAULTS = ['drop', 'http502', 'http503', 'pass'] as const;

export type FaultDecision =
  | { kind: 'pass' }
  | { kind: 'drop' }
  | { kind: 'http'; status: 502 | 503 }
  | { kind: 'error'; code: string };

const rate = z.number().min(0).max(1);
const millis = z.number().min(0).max(600_000);
const faultSpecSchema = z.strictObject({
  down: z.boolean().optional(),
  errorRate: rate.optional(),
  errorCodes: z.array(z.string().min(1)).min(1).optional(),
  latencyMs: millis.optional(),
  latencyJitterMs: millis.optional(),
  dropRate: rate.optional(),
  http5xxRate: rate.optional(),
  actions: z.array(z.string().min(1)).optional(),
  nextErrors: z.array(z.string().min(1)).optional(),
});

export class FaultSpecError extends TypeError {
  override readonly name = 'FaultSpecError';
}

/** Validates a spec from options or from `POST /_sim/faults`; throws FaultSpecError naming each bad field. */
export function parseFaultSpec(input: unknown): FaultSpec {
  const result = faultSpecSchema.safeParse(input);
  if (!result.success) throw new FaultSpecError(`Invalid fault spec: ${z.prettifyError(result.error)}`);
  return result.data;
}

export class FaultController {
  #spec: FaultSpec;
  #script: string[];
  readonly #random: () => number;
  readonly #onChange: (spec: FaultSpec) => void;

  constructor(initial: FaultSpec, random: () => number, onChange: (spec: FaultSpec) => void = () => {}) {
    this.#spec = initial;
    this.#script = [...(initial.nextErrors ?? [])];
    this.#random = random;
    this.#onChange = onChange;
  }

  /** The active spec; `nextErrors` shows only the entries not consumed yet. */
  get(): FaultSpec {
    const spec: FaultSpec = { ...this.#spec };
    if (spec.nextErrors !== undefined) spec.nextErrors = [...this.#script];
    return spec;
  }

  /** Replaces the active spec (it does not merge). Throws FaultSpecError on a bad spec. */
  set(spec: FaultSpec): void {
    this.#spec = parseFaultSpec(spec);
    this.#script = [...(this.#spec.nextErrors ?? [])];
    this.#onChange(this.#spec);
  }

  clear(): void {
    this.set({});
  }

  isDown(): boolean {
    return this.#spec.down === true;
  }

  #applies(action: string): boolean {
    const only = this.#spec.actions;
    return only === undefined || only.includes(action);
  }

  /** Decides the fate of one API call; consumes one scripted entry when it applies. */
  decide(action: string): FaultDecision {
    if (!this.#applies(action)) return { kind: 'pass' };
    const scripted = this.#script.shift();
    if (scripted !== undefined) return fromScript(scripted);
    const s = this.#spec;
    if ((s.dropRate ?? 0) > 0 && this.#random() < (s.dropRate ?? 0)) return { kind: 'drop' };
    if ((s.http5xxRate ?? 0) > 0 && this.#random() < (s.http5xxRate ?? 0)) {
      return { kind: 'http', status: this.#random() < 0.5 ? 502 : 503 };
    }
    if ((s.errorRate ?? 0) > 0 && this.#random() < (s.errorRate ?? 0)) {
      const codes = s.errorCodes ?? ['InternalError'];
      const code = codes[Math.floor(this.#random() * codes.length)] ?? 'InternalError';
      return { kind: 'error', code };
    }
    return { kind: 'pass' };
  }

  /** Delay before answering a call of this action, in ms. */
  latencyFor(action: string): number {
    if (!this.#applies(action)) return 0;
    const jitter = this.#spec.latencyJitterMs ?? 0;
    return (this.#spec.latencyMs ?? 0) + (jitter > 0 ? this.#random() * jitter : 0);
  }
}

function fromScript(entry: string): FaultDecision {
  switch (entry) {
    case 'pass':
      return { kind: 'pass' };
    case 'drop':
      return { kind: 'drop' };
    case 'http502':
      return { kind: 'http', status: 502 };
    case 'http503':
      return { kind: 'http', status: 503 };
    default:
      return { kind: 'error', code: entry };
  }
}
