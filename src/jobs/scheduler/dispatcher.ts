import type { Logger } from 'pino';
import type { TencentClient } from '../../tencent/client.ts';
import { provablyDidNotRun, TencentApiError, upstreamOutcome } from '../../tencent/errors.ts';
import type { JobKind, JobKindName } from '../../tencent/job-kinds.ts';
import { isPermanentSubmitError } from '../../tencent/submit-policy.ts';
import { backoffDelay } from '../../upstream/backoff.ts';
import type { JobSlots } from '../../upstream/job-slots.ts';
import type { RateLimiter } from '../../upstream/rate-limiter.ts';
import type { UpstreamHealth } from '../../upstream/upstream-health.ts';
import {
  attachInputImages,
  InputBlobMissingError,
  type JobInput,
  type JobRecord,
  toTencentRequest,
} from '../domain/job.ts';
import {
  cancelPastDeadline,
  claimable,
  claimForSubmit,
  failClaimed,
  failOutcomeUnknown,
  type JobChange,
  pastStartBy,
  recordSubmitted,
  releaseClaim,
} from '../domain/transitions.ts';
import { type JobTrace, NO_JOB_TRACE } from '../job-trace.ts';
import type { JobRepository } from '../store/job-repository.ts';
import type { QueueState } from '../store/store.ts';
import { createFairQueue, type FairQueue, type QueueItem } from './fair-queue.ts';

/**
 * The admission queue in front of the account's slots (leader only). Jobs leave per kind in the
 * store's fair order when a slot and a Submit grant are free.
 *
 * The rules that keep the gateway's promise, whatever the timing:
 * - every decision about a job is a conditional write on the record as it is now (a job canceled
 *   while we waited is never claimed; a claim is the last moment a cancel can win);
 * - a Submit is retried only when it provably did not run; an unknown outcome fails the job with
 *   SUBMIT_OUTCOME_UNKNOWN rather than risk a second paid job;
 * - a JobId Tencent gave us is logged at once and persisted until the store takes it; its slot
 *   stays held meanwhile;
 * - nothing here rejects unhandled: a store, limiter or health failure puts the job back in the
 *   queue after a back-off and returns its slot.
 */
export interface Dispatcher {
  /** Queues a job that is QUEUED and unclaimed in the store. Ignored while that job is on its way. */
  enqueue(job: QueueItem & { kind: JobKindName }): void;
  /** Drops queued jobs that are no longer waiting in the store (canceled or claimed elsewhere). */
  retain(kind: JobKindName, stillQueued: ReadonlySet<string>): void;
  /** Removes a queued job that is not being submitted. */
  withdraw(id: string): void;
  /** The job is on its way: taken from the queue and not yet handed to the poller. */
  isSubmitting(id: string): boolean;
  depth(kind?: JobKindName): number;
  /** Resolves once every submit started so far has settled. */
  settled(): Promise<void>;
  /** Starts (or restarts) sending, with claims fenced by this leader term. */
  resume(term: string): void;
  /** Stop sending new submits; in-flight ones finish. */
  pause(): void;
  /** Forget every queued job (leadership lost: the next leader reads them from the store). */
  clear(): void;
  /** Try to send what is queued (a slot may have freed). Does nothing while paused. */
  pump(): void;
  stop(): Promise<void>;
}

export interface DispatcherOptions {
  repo: JobRepository;
  client: TencentClient;
  limiter: RateLimiter;
  slots: JobSlots;
  kinds: Readonly<Record<JobKindName, JobKind>>;
  /** A job is upstream with its JobId stored: start following it. */
  onSubmitted: (job: JobRecord) => void;
  log: Logger;
  now?: () => number;
  /** Submits wait while Tencent does not answer at all (see upstream-health.ts). */
  health?: UpstreamHealth;
  /** Tencent codes that fail the job (bad input, moderation); anything else is retried later. */
  isPermanent?: (err: TencentApiError) => boolean;
  /** Every Submit sent: `outcome` is `ok`, a Tencent error code or an error name (metrics). */
  onUpstreamCall?: (action: string, outcome: string, ms: number) => void;
  /**
   * A job was canceled here because its startBy came before it was claimed (the leader ends its
   * pipeline, if any, and drops it from its views).
   */
  onDeadlineExceeded?: (job: JobRecord) => void;
  /** Back-off of store writes that must land (a JobId, a released claim). @default 100..5000 ms */
  persistBackoff?: { baseMs: number; capMs: number };
  /** @default Math.random */
  random?: () => number;
  /** Spans of each job's queue wait and Submit call. @default NO_JOB_TRACE */
  trace?: JobTrace;
}

/** One kind's queue and its state: one object per kind, as the poller has one lane per kind. */
interface Lane {
  kind: JobKind;
  queue: FairQueue;
  /** Taken from the queue, not yet settled: the promise of its submit. */
  submitting: Map<string, Promise<void>>;
  /** Submits that may have reached Tencent: past the point of no return. */
  sending: Set<string>;
  /** Until when (ms) this kind's submits wait after a deferral. */
  retryAt: number;
  retryTimer: NodeJS.Timeout | undefined;
  /** The last Submit was refused or failed: one at a time until one succeeds (keeps the order). */
  cautious: boolean;
  failures: number;
  /** What this leader last wrote as the kind's queue state (to clear it once, not on every submit). */
  state: QueueState['reason'] | undefined | 'unknown';
}

type Deferral = { reason: QueueState['reason'] | undefined; detail: string; waitMs: number };

export function createDispatcher(opts: DispatcherOptions): Dispatcher {
  const now = opts.now ?? Date.now;
  const isPermanent = opts.isPermanent ?? isPermanentSubmitError;
  const persistBackoff = opts.persistBackoff ?? { baseMs: 100, capMs: 5000 };
  const random = opts.random ?? Math.random;
  const trace = opts.trace ?? NO_JOB_TRACE;
  const lanes = new Map<JobKindName, Lane>();
  let term: string | undefined;
  let paused = true;
  let stopping = false;
  /** Background writes that must land (released claims); awaited by settled(). */
  const persisting = new Set<Promise<void>>();
  /** Jobs whose claim this process is still taking back: theirs to settle, not rescan's. */
  const releasing = new Set<string>();

  for (const kind of Object.values(opts.kinds)) {
    lanes.set(kind.name, {
      kind,
      queue: createFairQueue(),
      submitting: new Map(),
      sending: new Set(),
      retryAt: 0,
      retryTimer: undefined,
      cautious: false,
      failures: 0,
      // Unknown until this term writes it: a state left by a previous leader is cleared at the
      // first successful submit.
      state: 'unknown',
    });
  }

  function lane(kind: JobKindName): Lane {
    const l = lanes.get(kind);
    if (!l) throw new Error(`unknown job kind ${kind}`);
    return l;
  }

  function laneOf(id: string): Lane | undefined {
    for (const l of lanes.values()) if (l.queue.has(id) || l.submitting.has(id)) return l;
    return undefined;
  }

  function retryLater(l: Lane, ms: number): void {
    // Fix: a submit deferred after pause()/stop() (its probe or claim failed on the way out) used to
    // arm a timer after stop() had cleared them, so stop() left one behind. Nothing is sent while
    // paused, and resume() pumps every lane, so no retry timer is needed then.
    if (l.retryTimer || paused) return;
    l.retryTimer = setTimeout(() => {
      l.retryTimer = undefined;
      pumpLane(l);
    }, ms);
    l.retryTimer.unref();
  }

  function pumpLane(l: Lane): void {
    if (paused || term === undefined) return;
    while (l.queue.size() > 0) {
      const blocked = Math.max(opts.slots.blockedUntil(l.kind.name), l.retryAt) - now();
      if (blocked > 0) {
        retryLater(l, blocked);
        return;
      }
      // After a refusal, one Submit at a time until one succeeds: parallel retries would race and
      // let a later job overtake the head of the queue.
      if (l.cautious && l.submitting.size > 0) return;
      const head = l.queue.peek();
      if (!head || !opts.slots.tryAcquire(l.kind.name, head.id)) return;
      l.queue.take();
      const started = submit(l, head, term);
      l.submitting.set(head.id, started);
      void started.finally(() => {
        l.submitting.delete(head.id);
        pumpLane(l);
      });
    }
  }

  /**
   * Writes `change` until the store takes it (or it no longer applies). For writes that must not
   * be lost to a store hiccup: a JobId, a released claim, a failure Tencent told us about.
   * Resolves the record as written, or undefined when given up (stopping) or not applicable.
   */
  async function persist(
    jobId: string,
    what: string,
    change: JobChange,
  ): Promise<{ job: JobRecord; changed: boolean } | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await opts.repo.transition(jobId, change);
      } catch (err) {
        if (stopping && attempt >= 3) {
          opts.log.error({ jobId, err, what }, 'store unavailable while stopping; giving up this write');
          return undefined;
        }
        const wait = backoffDelay(attempt, { ...persistBackoff, random });
        opts.log.warn({ jobId, err, what, retryInMs: wait }, 'store write failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, wait).unref());
      }
    }
  }

  /** Runs a must-land write in the background (awaited by settled() and stop()). */
  function persistInBackground(jobId: string, what: string, change: JobChange): void {
    const p = persist(jobId, what, change).then(
      () => undefined,
      () => undefined,
    );
    persisting.add(p);
    releasing.add(jobId);
    void p.finally(() => {
      persisting.delete(p);
      releasing.delete(jobId);
    });
  }

  function setQueueState(l: Lane, reason: QueueState['reason'] | undefined, detail: string): void {
    if (l.state === reason) return;
    l.state = reason;
    const state = reason ? { reason, detail, since: now() } : undefined;
    // Advisory (why the queue waits): a failed write is logged, never fatal; a stale leader's is refused.
    opts.repo.store.setQueueState(l.kind.name, state, { fence: term }).catch((err: unknown) => {
      l.state = 'unknown';
      opts.log.warn({ err, kind: l.kind.name }, 'could not record the queue state');
    });
  }

  /** Back to the queue (keeping its round, so it stays at the head) and the kind waits. */
  function defer(l: Lane, item: QueueItem, d: Deferral): void {
    l.retryAt = Math.max(l.retryAt, now() + d.waitMs);
    l.cautious = true;
    if (d.reason) setQueueState(l, d.reason, d.detail);
    if (!paused) l.queue.push(item);
    opts.log.warn(
      { jobId: item.id, kind: l.kind.name, waitMs: d.waitMs, reason: d.reason, detail: d.detail },
      'submit deferred',
    );
    retryLater(l, d.waitMs);
  }

  function nextBackoff(l: Lane, capMs: number): number {
    const wait = backoffDelay(l.failures, { baseMs: 1000, capMs, random });
    l.failures += 1;
    return wait;
  }

  async function submit(l: Lane, item: QueueItem, submitTerm: string): Promise<void> {
    const kind = l.kind;
    /** The slot now belongs to a job running upstream: the poller releases it at DONE/FAIL. */
    let handedOver = false;
    let claimAt: number | undefined;
    let sent = false;
    try {
      // Fresh from the store, not the cache: a cancel on another replica must be seen.
      const current = await opts.repo.store.get(item.id);
      if (!current || !claimable(current)) return;
      if (pastStartBy(current, now())) {
        // Its deadline has come while it waited: it is never sent, whatever the slots say.
        await expire(item.id, submitTerm);
        return;
      }
      if (opts.health && !(await opts.health.ensure())) {
        // Tencent is not answering: a Submit now would likely end with an unknown outcome. Wait,
        // without writing anything: the job is untouched and can still be canceled.
        defer(l, item, {
          reason: 'UPSTREAM_UNREACHABLE',
          detail: 'Tencent does not answer; submits wait for a probe to succeed',
          waitMs: nextBackoff(l, 10_000),
        });
        return;
      }
      await opts.limiter.acquire(kind.submitAction);
      if (term !== submitTerm || paused) {
        // Leadership changed while waiting for the grant: the next leader sends it.
        return;
      }
      claimAt = now();
      // Atomic and fenced: a job canceled meanwhile (on any replica) is not claimed, a stale
      // leader's claim is refused, and once claimed the job can no longer be canceled.
      const claimed = await opts.repo.transition(item.id, claimForSubmit(claimAt), { fence: submitTerm });
      if (!claimed?.changed) {
        claimAt = undefined;
        // A claim refuses a job whose startBy came while waiting for the grant: it ends here.
        if (claimed && pastStartBy(claimed.job, now())) await expire(item.id, submitTerm);
        return;
      }
      // The inline images are read now, and only now: they are in no record, cache or queue. A
      // failure to read them is a store failure before sending (the catch below); a blob the
      // store lost means the input can never be sent as given, so the job fails.
      let input: JobInput;
      try {
        input = await submissionInput(claimed.job);
      } catch (err) {
        if (!(err instanceof InputBlobMissingError)) throw err;
        opts.log.error({ jobId: item.id, err }, 'input image missing from the store; the job fails');
        await persist(
          item.id,
          'fail the job (input image missing)',
          failClaimed(claimAt, {
            code: 'INPUT_IMAGE_MISSING',
            message: `${err.message}; submit again`,
            at: now(),
          }),
        );
        return;
      }
      if (term !== submitTerm || paused) {
        // Leadership changed (or stop began) while reading them: nothing was sent, so the claim
        // goes back and whoever leads now sends the job.
        persistInBackground(item.id, 'release the claim', releaseClaim(claimAt));
        return;
      }
      l.sending.add(item.id);
      sent = true;
      let res: Awaited<ReturnType<typeof send>>;
      try {
        res = await send(kind, input, claimed.job);
      } catch (err) {
        await onRefused(l, item, claimed.job, claimAt, err);
        return;
      }
      handedOver = true;
      l.cautious = false;
      l.retryAt = 0;
      l.failures = 0;
      opts.slots.onSubmitted(kind.name);
      setQueueState(l, undefined, '');
      // Logged before anything can fail: whatever happens to the store, the JobId is on record.
      opts.log.info({ jobId: item.id, upstreamJobId: res.JobId, requestId: res.RequestId }, 'job submitted');
      const written = await persist(
        item.id,
        'record the JobId',
        recordSubmitted(claimAt, { upstreamJobId: res.JobId, requestId: res.RequestId, at: now() }),
      );
      const job = written?.job;
      if (job?.upstreamJobId === res.JobId) opts.onSubmitted(job);
      else {
        handedOver = false;
        opts.log.error(
          { jobId: item.id, upstreamJobId: res.JobId, requestId: res.RequestId },
          'Tencent accepted this job but its JobId could not be stored; look it up by this JobId',
        );
      }
    } catch (err) {
      if (sent) {
        // Past the point of no return: the claim stays, and rescan settles the job.
        opts.log.error({ jobId: item.id, err }, 'submit bookkeeping failed after sending');
        return;
      }
      // A store, limiter or claim failure before anything was sent. If the claim may have been
      // written (its reply lost), take it back: the job provably did not reach Tencent.
      if (claimAt !== undefined) persistInBackground(item.id, 'release the claim', releaseClaim(claimAt));
      defer(l, item, {
        reason: undefined,
        detail: err instanceof Error ? err.message : String(err),
        waitMs: nextBackoff(l, 10_000),
      });
      opts.log.warn({ jobId: item.id, err }, 'submit interrupted before sending; the job waits');
    } finally {
      l.sending.delete(item.id);
      if (!handedOver) opts.slots.release(kind.name, item.id);
    }
  }

  /**
   * The job's startBy came before it could be claimed: CANCELED with DEADLINE_EXCEEDED (a fenced
   * leader write, like the claim it replaces). Applies only while it is still QUEUED and unclaimed.
   */
  async function expire(jobId: string, submitTerm: string): Promise<void> {
    const result = await opts.repo.transition(jobId, cancelPastDeadline(now()), { fence: submitTerm });
    if (!result?.changed) return;
    opts.log.info({ jobId }, 'job canceled: its startBy deadline came before a slot did (DEADLINE_EXCEEDED)');
    opts.onDeadlineExceeded?.(result.job);
  }

  /** The input as the client gave it; records written before images moved out still hold them. */
  async function submissionInput(job: JobRecord): Promise<JobInput> {
    if (!job.inputBlobs?.length) return job.input;
    return attachInputImages(job, await opts.repo.store.getInputBlobs(job.id));
  }

  async function send(kind: JobKind, input: JobInput, job: JobRecord) {
    const span = trace.sending(job, kind.submitAction, now());
    const started = performance.now();
    try {
      const res = await opts.client.submitJob(kind, toTencentRequest(kind, input));
      opts.onUpstreamCall?.(kind.submitAction, 'ok', performance.now() - started);
      span.answered({ requestId: res.RequestId, upstreamJobId: res.JobId });
      return res;
    } catch (err) {
      const outcome = upstreamOutcome(err);
      opts.onUpstreamCall?.(kind.submitAction, outcome, performance.now() - started);
      span.failed(err);
      throw err;
    }
  }

  /** The Submit did not give us a JobId. Every write here is conditional on our claim. */
  async function onRefused(
    l: Lane,
    item: QueueItem,
    job: JobRecord,
    claimAt: number,
    err: unknown,
  ): Promise<void> {
    const kind = l.kind;
    const retry = async (d: Deferral) => {
      await persist(job.id, 'release the claim', releaseClaim(claimAt));
      defer(l, item, d);
    };
    if (err instanceof TencentApiError) {
      if (err.isJobLimit) {
        return retry({
          reason: undefined,
          detail: err.tencentCode,
          waitMs: opts.slots.onJobLimit(kind.name),
        });
      }
      if (isPermanent(err)) {
        await persist(
          job.id,
          'fail the job',
          failClaimed(claimAt, {
            code: err.tencentCode,
            message: err.message,
            at: now(),
            requestId: err.requestId,
          }),
        );
        return;
      }
      if (err.isAuthFailure) {
        opts.log.error(
          { jobId: job.id, code: err.tencentCode, requestId: err.requestId },
          'Tencent refused the credentials; submits wait until they work again',
        );
        return retry({
          reason: 'UPSTREAM_AUTH_FAILED',
          detail: `${err.tencentCode}: ${err.message}`,
          waitMs: nextBackoff(l, 60_000),
        });
      }
      const wait = nextBackoff(l, 60_000);
      if (err.isRateLimited) {
        opts.limiter.pause(kind.submitAction, wait);
        return retry({ reason: 'RATE_LIMITED', detail: err.tencentCode, waitMs: wait });
      }
      return retry({ reason: undefined, detail: err.tencentCode, waitMs: wait });
    }
    if (provablyDidNotRun(err)) {
      return retry({
        reason: 'UPSTREAM_UNREACHABLE',
        detail: err instanceof Error ? err.message : String(err),
        waitMs: nextBackoff(l, 60_000),
      });
    }
    opts.log.error({ jobId: job.id, err }, 'submit outcome unknown; not retried');
    await persist(
      job.id,
      'fail the job (outcome unknown)',
      failOutcomeUnknown(claimAt, err instanceof Error ? err.message : String(err), now()),
    );
  }

  const allLanes = () => [...lanes.values()];

  async function settled(): Promise<void> {
    await Promise.allSettled(allLanes().flatMap((l) => [...l.submitting.values()]));
    await Promise.allSettled([...persisting]);
  }

  return {
    enqueue(job) {
      const l = lane(job.kind);
      // Already taken from the queue and on its way: a rescan must not queue it twice.
      if (l.submitting.has(job.id)) return;
      l.queue.push({ id: job.id, seq: job.seq, queueRound: job.queueRound, owner: job.owner });
      pumpLane(l);
    },
    retain(kind, stillQueued) {
      const l = lane(kind);
      for (const id of l.queue.ids()) if (!stillQueued.has(id)) l.queue.remove(id);
    },
    withdraw(id) {
      laneOf(id)?.queue.remove(id);
    },
    isSubmitting: (id) => releasing.has(id) || (laneOf(id)?.submitting.has(id) ?? false),
    depth(kind) {
      if (kind) return lane(kind).queue.size();
      return allLanes().reduce((n, l) => n + l.queue.size(), 0);
    },
    settled,
    resume(nextTerm) {
      term = nextTerm;
      paused = false;
      for (const l of allLanes()) pumpLane(l);
    },
    pause() {
      paused = true;
    },
    clear() {
      for (const l of allLanes()) {
        l.queue = createFairQueue();
        l.retryAt = 0;
        l.cautious = false;
        l.failures = 0;
        l.state = 'unknown';
        if (l.retryTimer) clearTimeout(l.retryTimer);
        l.retryTimer = undefined;
      }
    },
    pump() {
      for (const l of allLanes()) pumpLane(l);
    },
    async stop() {
      paused = true;
      stopping = true;
      for (const l of allLanes()) {
        if (l.retryTimer) clearTimeout(l.retryTimer);
        l.retryTimer = undefined;
      }
      await settled();
    },
  };
}
