import { JOB_KIND_NAMES, type JobKindName } from '../tencent/job-kinds.ts';
import { SlidingWindow } from './limits.ts';

/**
 * What reached the simulator, for tests to assert on ("the gateway never sent more than 20 Query
 * calls in any second"). All windows are sliding 1-second windows on the simulator's clock.
 */
export interface CountersSnapshot {
  /** Every API request per X-TC-Action (`(none)` when the header is missing), whatever its fate. */
  requests: Record<string, number>;
  /**
   * Answers per action and outcome: `OK`, a Tencent error code, `DROPPED` (socket destroyed by a
   * fault or `down`), `HTTP_502`/`HTTP_503` (5xx fault).
   */
  answers: Record<string, Record<string, number>>;
  /** Peak requests per action admitted by the rate limiter in any 1 s window (all accounts). */
  peakWindow: Record<string, number>;
  /** Peak arrivals per action in any 1 s window, counting rejected and faulted ones too. */
  peakArrivalWindow: Record<string, number>;
  /** Peak jobs in WAIT or RUN per kind (all accounts), sampled at each submit. */
  peakRunningJobs: Record<JobKindName, number>;
  /** Accepted submits per kind. */
  jobsSubmitted: Record<JobKindName, number>;
  /** Successful downloads per file name (`model.glb`, `preview.png`). */
  fileDownloads: Record<string, number>;
}

function perKind(): Record<JobKindName, number> {
  return Object.fromEntries(JOB_KIND_NAMES.map((k) => [k, 0])) as Record<JobKindName, number>;
}

function bump(record: Record<string, number>, key: string, by = 1): void {
  record[key] = (record[key] ?? 0) + by;
}

export class Counters {
  #data = Counters.#empty();
  #admitted = new Map<string, SlidingWindow>();
  #arrivals = new Map<string, SlidingWindow>();

  static #empty(): CountersSnapshot {
    return {
      requests: {},
      answers: {},
      peakWindow: {},
      peakArrivalWindow: {},
      peakRunningJobs: perKind(),
      jobsSubmitted: perKind(),
      fileDownloads: {},
    };
  }

  static #track(
    windows: Map<string, SlidingWindow>,
    peaks: Record<string, number>,
    action: string,
    now: number,
  ) {
    let window = windows.get(action);
    if (!window) {
      window = new SlidingWindow();
      windows.set(action, window);
    }
    const size = window.add(now);
    peaks[action] = Math.max(peaks[action] ?? 0, size);
  }

  arrival(action: string, now: number): void {
    bump(this.#data.requests, action);
    Counters.#track(this.#arrivals, this.#data.peakArrivalWindow, action, now);
  }

  admitted(action: string, now: number): void {
    Counters.#track(this.#admitted, this.#data.peakWindow, action, now);
  }

  answer(action: string, outcome: string): void {
    const byOutcome = this.#data.answers[action] ?? {};
    this.#data.answers[action] = byOutcome;
    bump(byOutcome, outcome);
  }

  jobSubmitted(kind: JobKindName, runningNow: number): void {
    bump(this.#data.jobsSubmitted, kind);
    this.#data.peakRunningJobs[kind] = Math.max(this.#data.peakRunningJobs[kind], runningNow);
  }

  fileDownload(name: string): void {
    bump(this.#data.fileDownloads, name);
  }

  /** A deep copy; later traffic does not change it. */
  read(): CountersSnapshot {
    return structuredClone(this.#data);
  }

  reset(): void {
    this.#data = Counters.#empty();
    this.#admitted = new Map();
    this.#arrivals = new Map();
  }
}
