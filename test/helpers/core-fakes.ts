import { type Logger, pino } from 'pino';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { type JobRecord, newJobRecord } from '../../src/jobs/domain/job.ts';
import { createJobEvents, type JobEvents } from '../../src/jobs/events/events.ts';
import {
  createDispatcher,
  type Dispatcher,
  type DispatcherOptions,
} from '../../src/jobs/scheduler/dispatcher.ts';
import type { Leadership } from '../../src/jobs/scheduler/leadership.ts';
import type { Poller } from '../../src/jobs/scheduler/poller.ts';
import { createJobRepository, type JobRepository } from '../../src/jobs/store/job-repository.ts';
import type { JobStore } from '../../src/jobs/store/store.ts';
import { StoreUnavailableError } from '../../src/jobs/store/store-errors.ts';
import { createMemoryJobStore } from '../../src/jobs/store/store-memory.ts';
import type { TencentClient } from '../../src/tencent/client.ts';
import { JOB_KIND_NAMES, JOB_KINDS, type JobKind, type JobKindName } from '../../src/tencent/job-kinds.ts';
import type { QueryJobResponse, SubmitJobResponse } from '../../src/tencent/types.ts';
import { createJobSlots, type JobSlots } from '../../src/upstream/job-slots.ts';
import type { RateLimiter } from '../../src/upstream/rate-limiter.ts';
import type { UpstreamHealth } from '../../src/upstream/upstream-health.ts';

/**
 * Fakes for unit tests of the scheduling core (dispatcher, leader role, queue view): the real
 * memory store behind a wrapper that injects failures, a scripted Tencent client, a limiter and an
 * upstream health the test drives, a recording poller and leadership. Time is vi.useFakeTimers:
 * every fake here waits on fake timers, so nothing depends on real time.
 */

// Captured before any test fakes the timers: a real macrotask drains every pending microtask.
const realSetImmediate = globalThis.setImmediate;

/** Every kind's slots as the job-kind table states them (Pro 3, the others 1). */
export const TABLE_SLOTS: Readonly<Record<JobKindName, number>> = Object.fromEntries(
  JOB_KIND_NAMES.map((k) => [k, JOB_KINDS[k].slots]),
) as Record<JobKindName, number>;

/** The fake clock starts here (ms); `Date.now()` is the fake clock's now. */
export const T0 = Date.UTC(2026, 0, 1);

/** Fakes timers and Date (not setImmediate, which `flush` needs). */
export function useFakeClock(): void {
  vi.useFakeTimers({
    now: T0,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
}

/** Lets every promise chain that needs no timer run to its end. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => realSetImmediate(resolve));
}

/**
 * Waits (on real I/O, not on the fake clock) until `predicate` holds: for effects of a real Redis
 * round trip that no event announces. Fails after `ms` of real time.
 */
export async function waitUntil(predicate: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise<void>((resolve) => realSetImmediate(resolve));
  }
}

/** Moves the fake clock, running the timers due on the way and what they start. */
export async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await flush();
}

/**
 * Registers an 'unhandledRejection' listener for the file and fails each test after which one was
 * seen. Call once at the top of a test file.
 */
export function failOnUnhandledRejections(): { seen: unknown[] } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  beforeAll(() => void process.on('unhandledRejection', listener));
  afterAll(() => void process.off('unhandledRejection', listener));
  afterEach(async () => {
    // Node reports an unhandled rejection after the microtasks of the turn that made it.
    await flush();
    const found = seen.splice(0);
    expect(found, 'unhandled rejections').toEqual([]);
  });
  return { seen };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (err: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A pino logger writing parsed lines into an array (level 30 info, 40 warn, 50 error). */
export function arrayLog(): { log: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const log = pino(
    { level: 'debug' },
    { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { log, lines };
}

// ---------------------------------------------------------------------------------------------
// Store with injected faults

export type StoreOp = Exclude<keyof JobStore, 'close' | 'ping'>;

export interface StoreFault {
  op: StoreOp;
  /** How many matching calls fail. @default 1 */
  times?: number;
  /**
   * transition only: which writes fail, judged on the record the change would write and the one
   * it would replace (the change is pure, so asking it first changes nothing). @default every one
   */
  when?: (proposed: JobRecord, current: JobRecord) => boolean;
  /**
   * transition only: the write lands, then the reply is lost (a Redis command timeout after the
   * server applied the script). @default false
   */
  applied?: boolean;
}

/** A claim: an unclaimed QUEUED job gets its submitAttemptAt. */
export const isClaim = (proposed: JobRecord, current: JobRecord) =>
  current.submitAttemptAt === undefined && proposed.submitAttemptAt !== undefined;
/** recordSubmitted: the job becomes WAIT with its JobId. */
export const isRecordSubmitted = (proposed: JobRecord, current: JobRecord) =>
  proposed.status === 'WAIT' && current.upstreamJobId === undefined;

export interface FaultyStore {
  store: JobStore;
  /** The memory store behind it, for setting up and reading without faults. */
  inner: JobStore;
  fail(fault: StoreFault): void;
  /** Makes every call of `op` wait `ms` on the fake clock first. */
  slow(op: StoreOp, ms: number): void;
  /** Calls per operation, including failed ones. */
  calls: Record<string, number>;
  /** Every record a transition wrote, in order. */
  written: JobRecord[];
  /** Faults injected so far that fired. */
  fired: number;
}

const unavailable = (op: string) => new StoreUnavailableError(op, new Error('Command timed out'));

/** The real memory store (fenced by `leaseHolder`), with failures injected per operation. */
export function faultyStore(opts: { leaseHolder?: () => string | undefined } = {}): FaultyStore {
  const inner = createMemoryJobStore(opts.leaseHolder ? { leaseHolder: opts.leaseHolder } : {});
  const faults: Array<StoreFault & { left: number }> = [];
  const delays = new Map<StoreOp, number>();
  const calls: Record<string, number> = {};
  const written: JobRecord[] = [];
  const result: FaultyStore = {
    store: undefined as unknown as JobStore,
    inner,
    fail: (fault) => void faults.push({ ...fault, left: fault.times ?? 1 }),
    slow: (op, ms) => void delays.set(op, ms),
    calls,
    written,
    fired: 0,
  };

  async function enter(op: StoreOp): Promise<void> {
    calls[op] = (calls[op] ?? 0) + 1;
    const ms = delays.get(op);
    if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  function take(
    op: StoreOp,
    proposed?: JobRecord,
    current?: JobRecord,
  ): (StoreFault & { left: number }) | undefined {
    const fault = faults.find(
      (f) =>
        f.op === op &&
        f.left > 0 &&
        (!f.when || (proposed !== undefined && current !== undefined && f.when(proposed, current))),
    );
    if (fault) {
      fault.left -= 1;
      result.fired += 1;
    }
    return fault;
  }

  /** Fails a plain call (not transition) when a fault for it is armed. */
  const plain =
    <A extends unknown[], R>(op: StoreOp, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await enter(op);
      if (take(op)) throw unavailable(op);
      return fn(...args);
    };

  result.store = {
    insert: plain('insert', inner.insert),
    insertBatch: plain('insertBatch', inner.insertBatch),
    get: plain('get', inner.get),
    getByUpstreamId: plain('getByUpstreamId', inner.getByUpstreamId),
    getByIdempotencyKey: plain('getByIdempotencyKey', inner.getByIdempotencyKey),
    listByStatus: plain('listByStatus', inner.listByStatus),
    page: plain('page', inner.page),
    setQueueState: plain('setQueueState', inner.setQueueState),
    queueStates: plain('queueStates', inner.queueStates),
    getInputBlobs: plain('getInputBlobs', inner.getInputBlobs),
    deleteFinished: plain('deleteFinished', inner.deleteFinished),
    deleteOrphanBlobs: plain('deleteOrphanBlobs', inner.deleteOrphanBlobs),
    appendHistory: plain('appendHistory', inner.appendHistory),
    history: plain('history', inner.history),
    listFinishedSince: plain('listFinishedSince', inner.listFinishedSince),
    async transition(id, change, transitionOpts) {
      await enter('transition');
      const current = await inner.get(id);
      const proposed = current ? change(structuredClone(current)) : undefined;
      const fault = current && proposed ? take('transition', proposed, current) : undefined;
      if (fault && !fault.applied) throw unavailable('transition');
      const res = await inner.transition(id, change, transitionOpts);
      if (res?.changed) written.push(res.job);
      if (fault) throw unavailable('transition');
      return res;
    },
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
  return result;
}

/** A new QUEUED job as the service stores it. */
export async function addQueued(
  store: JobStore,
  o: { prompt: string; owner?: string; kind?: JobKindName; at?: number },
): Promise<JobRecord> {
  const { job } = await store.insert(
    newJobRecord({
      kind: o.kind ?? 'PRO',
      status: 'QUEUED',
      input: { prompt: o.prompt },
      owner: o.owner ?? '',
      idempotencyKey: undefined,
      external: false,
      upstreamJobId: undefined,
      submittedAt: o.at ?? Date.now(),
      expiresAt: undefined,
    }),
  );
  return job;
}

// ---------------------------------------------------------------------------------------------
// Tencent client

/** What one Submit does: answer with a JobId, throw, or wait until the test settles it. */
export type SubmitOutcome = 'ok' | 'hold' | Error;

export interface SubmitCall {
  kind: JobKindName;
  prompt: string;
  /** The Submit's request body as sent. */
  body: Parameters<TencentClient['submitJob']>[1];
  at: number;
  /** Settles a held call (and is a no-op for the others). */
  answer: Deferred<SubmitJobResponse>;
}

export interface FakeTencent {
  client: TencentClient;
  submits: SubmitCall[];
  /** Prompts of the Submits sent, in order. */
  prompts(): string[];
  /** The next Submits' outcomes, in order; once used up, every Submit is accepted. */
  script(...outcomes: SubmitOutcome[]): void;
  queries: Array<{ kind: JobKindName; jobId: string }>;
  /** Answers to Query calls. @default RUN */
  queryAnswer: (jobId: string) => Promise<QueryJobResponse>;
}

export function fakeTencent(): FakeTencent {
  const submits: SubmitCall[] = [];
  const queries: Array<{ kind: JobKindName; jobId: string }> = [];
  const outcomes: SubmitOutcome[] = [];
  let nextJobId = 1_000_001;
  const fake: FakeTencent = {
    submits,
    queries,
    prompts: () => submits.map((s) => s.prompt),
    script: (...o) => void outcomes.push(...o),
    queryAnswer: async () => queryAnswer('RUN'),
    client: {
      endpoint: new URL('http://tencent.test'),
      service: 'hunyuan',
      version: '2023-09-01',
      region: 'ap-singapore',
      call: async () => {
        throw new Error('fakeTencent: call() is not used by the scheduling core');
      },
      submitJob(kind: JobKind, body) {
        const answer = deferred<SubmitJobResponse>();
        const outcome = outcomes.shift() ?? 'ok';
        const prompt = 'Prompt' in body ? String(body.Prompt) : 'undefined';
        submits.push({ kind: kind.name, prompt, body, at: Date.now(), answer });
        if (outcome === 'ok')
          answer.resolve({ JobId: String(nextJobId++), RequestId: `req-${submits.length}` });
        else if (outcome instanceof Error) answer.reject(outcome);
        return answer.promise;
      },
      queryJob: (kind: JobKind, jobId: string) => {
        queries.push({ kind: kind.name, jobId });
        return fake.queryAnswer(jobId);
      },
      close: async () => {},
    },
  };
  return fake;
}

export function queryAnswer(status: QueryJobResponse['Status']): QueryJobResponse {
  return {
    Status: status,
    ErrorCode: '',
    ErrorMessage: '',
    ResultFile3Ds:
      status === 'DONE' ? [{ Type: 'GLB', Url: 'https://cos.test/model.glb', PreviewImageUrl: '' }] : [],
    RequestId: `req-query-${status}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Limiter and upstream health

export interface FakeLimiter {
  limiter: RateLimiter;
  /** The next `n` acquire calls reject with `err`. */
  failNext(n: number, err?: Error): void;
  /** Until released, acquire calls wait; returns the function that lets them (and later ones) go. */
  hold(): () => void;
  acquired: string[];
  pauses: Array<{ action: string; ms: number }>;
}

export function fakeLimiter(): FakeLimiter {
  let failures: Error[] = [];
  let gate: Deferred<void> | undefined;
  const fake: FakeLimiter = {
    acquired: [],
    pauses: [],
    failNext(n, err = new Error('limiter: Redis connection is closed')) {
      failures = [...failures, ...Array.from({ length: n }, () => err)];
    },
    hold() {
      const g = deferred<void>();
      gate = g;
      return () => {
        if (gate === g) gate = undefined;
        g.resolve();
      };
    },
    limiter: {
      async acquire(action) {
        const err = failures.shift();
        if (err) throw err;
        if (gate) await gate.promise;
        fake.acquired.push(action);
      },
      pause: (action, ms) => void fake.pauses.push({ action, ms }),
      stats: () => ({}),
      close: () => {},
    },
  };
  return fake;
}

export interface FakeHealth {
  health: UpstreamHealth;
  /** What ensure() answers: at once, or a promise the test settles with `probe`. */
  mode: 'up' | 'down' | 'hold';
  /** The ensure() calls still waiting (mode 'hold'), oldest first. */
  probes: Array<Deferred<boolean>>;
  ensureCalls: number;
}

export function fakeHealth(): FakeHealth {
  const fake: FakeHealth = {
    mode: 'up',
    probes: [],
    ensureCalls: 0,
    health: {
      record: () => {},
      healthy: () => fake.mode === 'up',
      ensure() {
        fake.ensureCalls += 1;
        if (fake.mode === 'up') return Promise.resolve(true);
        if (fake.mode === 'down') return Promise.resolve(false);
        const probe = deferred<boolean>();
        fake.probes.push(probe);
        return probe.promise;
      },
      lastFailure: () => undefined,
    },
  };
  return fake;
}

// ---------------------------------------------------------------------------------------------
// Poller and leadership

export interface FakePoller {
  poller: Poller;
  followed: Map<string, { id: string; kind: JobKindName; upstreamJobId: string }>;
  running: boolean;
  /** One entry per start(): what `label()` said then (the leader term, say). */
  starts: Array<string | undefined>;
  stops: number;
}

/** Records what the leader asks of the poller; polls nothing (the test calls onPollResult). */
export function fakePoller(label: () => string | undefined = () => undefined): FakePoller {
  const fake: FakePoller = {
    followed: new Map(),
    running: false,
    starts: [],
    stops: 0,
    poller: {
      follow: (job) => void (fake.followed.has(job.id) || fake.followed.set(job.id, { ...job })),
      unfollow: (id) => void fake.followed.delete(id),
      clear: () => fake.followed.clear(),
      watch: () => () => {},
      following: () => fake.followed.size,
      followedIds: (kind) => [...fake.followed.values()].filter((j) => j.kind === kind).map((j) => j.id),
      watched: () => 0,
      effectiveIntervalMs: () => 1000,
      start() {
        if (fake.running) return;
        fake.running = true;
        fake.starts.push(label());
      },
      async stop() {
        fake.running = false;
        fake.stops += 1;
      },
    },
  };
  return fake;
}

export interface FakeLeadership {
  leadership: Leadership;
  /** Changes the term (undefined: not leading) and tells the listeners, as a lease check would. */
  set(term: string | undefined): void;
  current(): string | undefined;
}

export function fakeLeadership(initial?: string): FakeLeadership {
  let term = initial;
  const listeners: Array<() => void> = [];
  const set = (next: string | undefined) => {
    term = next;
    for (const l of listeners) l();
  };
  return {
    set,
    current: () => term,
    leadership: {
      isLeader: () => term !== undefined,
      term: () => term,
      onChange: (l) => void listeners.push(l),
      start: async () => {},
      async stop() {
        if (term !== undefined) set(undefined);
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The core, wired as gateway.ts wires it, with every outside part fake

export interface Core {
  faulty: FaultyStore;
  store: JobStore;
  repo: JobRepository;
  events: JobEvents;
  tencent: FakeTencent;
  limiter: FakeLimiter;
  health: FakeHealth;
  slots: JobSlots;
  dispatcher: Dispatcher;
  /** Jobs the dispatcher handed over (stored WAIT with their JobId). */
  submitted: JobRecord[];
  log: Logger;
  lines: Array<Record<string, unknown>>;
  /** Adds a QUEUED job to the store (not to the dispatcher). */
  add(prompt: string, o?: { owner?: string; kind?: JobKindName }): Promise<JobRecord>;
  job(id: string): Promise<JobRecord>;
}

export function createCore(
  o: {
    leaseHolder?: () => string | undefined;
    capacity?: Partial<Record<JobKindName, number>>;
    onSubmitted?: (job: JobRecord) => void;
    dispatcher?: Partial<DispatcherOptions>;
  } = {},
): Core {
  const faulty = faultyStore(o.leaseHolder ? { leaseHolder: o.leaseHolder } : {});
  const events = createJobEvents();
  const now = () => Date.now();
  const repo = createJobRepository({ store: faulty.store, events, liveTtlMs: 1000, now });
  const tencent = fakeTencent();
  const limiter = fakeLimiter();
  const health = fakeHealth();
  // random 0: every back-off is its lower bound (half the nominal delay), so tests know it exactly.
  const slots = createJobSlots({ capacity: { ...TABLE_SLOTS, ...o.capacity }, now, random: () => 0 });
  const { log, lines } = arrayLog();
  const submitted: JobRecord[] = [];
  const dispatcher = createDispatcher({
    repo,
    client: tencent.client,
    limiter: limiter.limiter,
    slots,
    kinds: JOB_KINDS,
    log,
    now,
    health: health.health,
    random: () => 0,
    onSubmitted: (job) => {
      submitted.push(job);
      o.onSubmitted?.(job);
    },
    ...o.dispatcher,
  });
  return {
    faulty,
    store: faulty.store,
    repo,
    events,
    tencent,
    limiter,
    health,
    slots,
    dispatcher,
    submitted,
    log,
    lines,
    add: (prompt, opts = {}) => addQueued(faulty.inner, { prompt, ...opts }),
    async job(id) {
      const job = await faulty.inner.get(id);
      if (!job) throw new Error(`no job ${id}`);
      return job;
    },
  };
}
