import type { Logger } from 'pino';
import type { TencentClient } from '../../tencent/client.ts';
import { provablyDidNotRun, TencentApiError } from '../../tencent/errors.ts';
import type { JobKind, JobKindName } from '../../tencent/job-kinds.ts';
import { backoffDelay } from '../../upstream/backoff.ts';
import type { JobSlots } from '../../upstream/job-slots.ts';
import type { RateLimiter } from '../../upstream/rate-limiter.ts';
import type { UpstreamHealth } from '../../upstream/upstream-health.ts';
import { failedJob, type JobRecord, toTencentRequest, UPSTREAM_TTL_MS } from '../domain/job.ts';
import type { JobRepository } from '../store/job-repository.ts';
import { createFairQueue, type FairQueue, type QueueItem } from './fair-queue.ts';

/**
 * The admission queue in front of the account's slots. Jobs leave per kind when a slot and a Submit
 * grant are free: FIFO per owner, round-robin across owners (fair-queue.ts). A Submit is retried only when it provably did not run; an
 * unknown outcome (timeout or reset after sending) fails the job with SUBMIT_OUTCOME_UNKNOWN rather
 * than risk a second paid job.
 */
export interface Dispatcher {
  /** Queues a job that is QUEUED in the store (new, or recovered after a restart). */
  enqueue(job: JobRecord): void;
  /** Removes a queued job that is not being submitted; false when it is too late. */
  withdraw(id: string): boolean;
  /** 1-based position among the kind's queued jobs; 0 while being sent; undefined when not queued. */
  position(id: string): number | undefined;
  depth(kind?: JobKindName): number;
  /** Jobs of one owner waiting here, all kinds. */
  queuedBy(owner: string): number;
  /** Resolves once the job is no longer being submitted (for cancel races and shutdown). */
  settled(): Promise<void>;
  /** Stop sending new submits; in-flight ones finish. */
  pause(): void;
  /** Forget every queued job (leadership lost: the next leader reads them from the store). */
  clear(): void;
  /** Try to send what is queued (a slot may have freed). Does nothing while paused. */
  pump(): void;
  /** Lift a pause (this process became leader) and pump. */
  resume(): void;
  stop(): Promise<void>;
}

export interface DispatcherOptions {
  repo: JobRepository;
  client: TencentClient;
  limiter: RateLimiter;
  slots: JobSlots;
  kinds: Readonly<Record<JobKindName, JobKind>>;
  /** A job is upstream: start following it. */
  onSubmitted: (job: JobRecord) => void;
  log: Logger;
  now?: () => number;
  /** Submits wait while Tencent does not answer at all (see upstream-health.ts). */
  health?: UpstreamHealth;
  /** Tencent codes that fail the job (bad input, moderation); anything else is retried later. */
  isPermanent?: (err: TencentApiError) => boolean;
  /** Every Submit sent: `outcome` is `ok`, a Tencent error code or an error name (metrics). */
  onUpstreamCall?: (action: string, outcome: string, ms: number) => void;
}

/** Errors about the submission itself; every other rejected call is about the account or the moment. */
export function isPermanentSubmitError(err: TencentApiError): boolean {
  const c = err.tencentCode;
  return (
    err.isInvalidInput ||
    c.startsWith('OperationDenied') ||
    c === 'FailedOperation.ImageDecodeFailed' ||
    c === 'FailedOperation.ImageDownloadError' ||
    c === 'InvalidAction' ||
    c === 'UnsupportedOperation'
  );
}

type Queued = QueueItem;

export function createDispatcher(opts: DispatcherOptions): Dispatcher {
  const now = opts.now ?? Date.now;
  const isPermanent = opts.isPermanent ?? isPermanentSubmitError;
  const queues = new Map<JobKindName, FairQueue>();
  const submitting = new Map<string, Promise<void>>();
  /** Jobs whose Submit has been sent (or is being sent): past the point of no return. */
  const sending = new Set<string>();
  const retryTimers = new Map<JobKindName, NodeJS.Timeout>();
  /** Until when (ms) each kind's submits wait after a deferred Submit. */
  const retryAt = new Map<JobKindName, number>();
  /** Kinds whose last Submit was refused or failed: one Submit at a time until one succeeds. */
  const cautious = new Set<JobKindName>();
  const inFlight = new Map<JobKindName, number>();
  const failures = new Map<JobKindName, number>();
  let paused = false;

  for (const k of Object.keys(opts.kinds) as JobKindName[]) queues.set(k, createFairQueue());

  function queue(kind: JobKindName): FairQueue {
    const q = queues.get(kind);
    if (!q) throw new Error(`unknown job kind ${kind}`);
    return q;
  }

  function retryLater(kind: JobKindName, ms: number): void {
    if (retryTimers.has(kind)) return;
    const timer = setTimeout(() => {
      retryTimers.delete(kind);
      pumpKind(kind);
    }, ms);
    timer.unref();
    retryTimers.set(kind, timer);
  }

  function pumpKind(kindName: JobKindName): void {
    if (paused) return;
    const q = queue(kindName);
    while (q.size() > 0) {
      const blocked = Math.max(opts.slots.blockedUntil(kindName), retryAt.get(kindName) ?? 0) - now();
      if (blocked > 0) {
        retryLater(kindName, blocked);
        return;
      }
      // After a refusal, one Submit at a time until one succeeds: parallel retries would race and
      // let a later job overtake the head of the queue.
      if (cautious.has(kindName) && (inFlight.get(kindName) ?? 0) > 0) return;
      const head = q.peek();
      if (!head || !opts.slots.tryAcquire(kindName, head.id)) return;
      q.take();
      inFlight.set(kindName, (inFlight.get(kindName) ?? 0) + 1);
      const p = submit(opts.kinds[kindName], head).finally(() => {
        submitting.delete(head.id);
        sending.delete(head.id);
        inFlight.set(kindName, (inFlight.get(kindName) ?? 1) - 1);
        pumpKind(kindName);
      });
      submitting.set(head.id, p);
    }
  }

  async function requeue(kind: JobKind, job: JobRecord, waitMs: number, reason: string): Promise<void> {
    // The wait holds the whole kind: pumping again at once would resend in a tight loop.
    retryAt.set(kind.name, Math.max(retryAt.get(kind.name) ?? 0, now() + waitMs));
    cautious.add(kind.name);
    opts.slots.release(kind.name, job.id);
    await opts.repo.save({ ...job, submitAttemptAt: undefined }, { publish: false });
    // Back to the head of its owner's queue, and that owner goes next: it keeps its turn.
    queue(kind.name).putBack({ id: job.id, seq: job.seq, owner: job.owner });
    opts.log.warn({ jobId: job.id, kind: kind.name, waitMs, reason }, 'submit deferred');
    retryLater(kind.name, waitMs);
  }

  async function fail(kind: JobKind, job: JobRecord, code: string, message: string, requestId?: string) {
    opts.slots.release(kind.name, job.id);
    await opts.repo.save(failedJob(job, { code, message, at: now(), requestId }));
  }

  async function submit(kind: JobKind, item: Queued): Promise<void> {
    const current = await opts.repo.get(item.id);
    if (current?.status !== 'QUEUED') {
      opts.slots.release(kind.name, item.id);
      return;
    }
    if (opts.health && !(await opts.health.ensure())) {
      // Tencent is not answering: a Submit now would likely end with an unknown outcome. Wait.
      const attempt = failures.get(kind.name) ?? 0;
      failures.set(kind.name, attempt + 1);
      return requeue(
        kind,
        current,
        backoffDelay(attempt, { baseMs: 1000, capMs: 10_000 }),
        'upstream unreachable',
      );
    }
    await opts.limiter.acquire(kind.submitAction);
    // Atomic in the store: a job canceled meanwhile (on any replica) is not claimed, and once
    // claimed it can no longer be canceled. Durable before sending: after a crash, a set
    // submitAttemptAt without a JobId means the outcome is unknown.
    const job = await opts.repo.claimForSubmit(item.id, now());
    if (!job) {
      opts.slots.release(kind.name, item.id);
      return;
    }
    sending.add(item.id);
    try {
      const res = await send(kind, job);
      const t = now();
      const next: JobRecord = {
        ...job,
        status: 'WAIT',
        upstreamJobId: res.JobId,
        upstreamSubmittedAt: t,
        expiresAt: t + UPSTREAM_TTL_MS,
        lastRequestId: res.RequestId,
        refreshedAt: t,
        updatedAt: t,
        version: job.version + 1,
      };
      await opts.repo.save(next);
      opts.slots.onSubmitted(kind.name);
      cautious.delete(kind.name);
      retryAt.delete(kind.name);
      failures.delete(kind.name);
      opts.log.info({ jobId: job.id, upstreamJobId: res.JobId, requestId: res.RequestId }, 'job submitted');
      opts.onSubmitted(next);
    } catch (err) {
      await handleFailure(kind, job, err);
    }
  }

  async function send(kind: JobKind, job: JobRecord) {
    const started = performance.now();
    try {
      const res = await opts.client.submitJob(kind, toTencentRequest(kind.name, job.input));
      opts.onUpstreamCall?.(kind.submitAction, 'ok', performance.now() - started);
      return res;
    } catch (err) {
      const outcome =
        err instanceof TencentApiError ? err.tencentCode : err instanceof Error ? err.name : 'error';
      opts.onUpstreamCall?.(kind.submitAction, outcome, performance.now() - started);
      throw err;
    }
  }

  async function handleFailure(kind: JobKind, job: JobRecord, err: unknown): Promise<void> {
    if (err instanceof TencentApiError) {
      if (err.isJobLimit) {
        return requeue(kind, job, opts.slots.onJobLimit(kind.name), err.tencentCode);
      }
      if (isPermanent(err)) {
        return fail(kind, job, err.tencentCode, err.message, err.requestId);
      }
      const attempt = failures.get(kind.name) ?? 0;
      failures.set(kind.name, attempt + 1);
      const wait = backoffDelay(attempt, { baseMs: 1000, capMs: 60_000 });
      if (err.isRateLimited) opts.limiter.pause(kind.submitAction, wait);
      return requeue(kind, job, wait, err.tencentCode);
    }
    if (provablyDidNotRun(err)) {
      const attempt = failures.get(kind.name) ?? 0;
      failures.set(kind.name, attempt + 1);
      return requeue(kind, job, backoffDelay(attempt, { baseMs: 1000, capMs: 60_000 }), String(err));
    }
    opts.log.error({ jobId: job.id, err }, 'submit outcome unknown; not retried');
    return fail(
      kind,
      job,
      'SUBMIT_OUTCOME_UNKNOWN',
      `The submit request reached Tencent but no answer came back (${err instanceof Error ? err.message : String(err)}). ` +
        'Tencent may or may not have started the job; it was not sent again, to avoid a second paid job. Submit again if needed.',
    );
  }

  return {
    enqueue(job) {
      // Already taken from the queue and on its way: a rescan must not queue it twice.
      if (submitting.has(job.id)) return;
      queue(job.kind).push({ id: job.id, seq: job.seq, owner: job.owner });
      pumpKind(job.kind);
    },
    withdraw(id) {
      if (sending.has(id)) return false;
      // Waiting for a Submit grant: submit() re-reads the job after the grant and drops it.
      if (submitting.has(id)) return true;
      for (const q of queues.values()) if (q.remove(id)) return true;
      return false;
    },
    position(id) {
      for (const q of queues.values()) {
        const p = q.position(id);
        if (p !== undefined) return p;
      }
      return submitting.has(id) ? 0 : undefined;
    },
    depth(kind) {
      if (kind) return queue(kind).size();
      let n = 0;
      for (const q of queues.values()) n += q.size();
      return n;
    },
    queuedBy(owner) {
      let n = 0;
      for (const q of queues.values()) n += q.sizeOf(owner);
      return n;
    },
    async settled() {
      await Promise.allSettled([...submitting.values()]);
    },
    pause() {
      paused = true;
    },
    clear() {
      for (const k of queues.keys()) queues.set(k, createFairQueue());
      retryAt.clear();
      cautious.clear();
      for (const t of retryTimers.values()) clearTimeout(t);
      retryTimers.clear();
    },
    resume() {
      paused = false;
      for (const k of queues.keys()) pumpKind(k);
    },
    pump() {
      for (const k of queues.keys()) pumpKind(k);
    },
    async stop() {
      paused = true;
      for (const t of retryTimers.values()) clearTimeout(t);
      retryTimers.clear();
      await Promise.allSettled([...submitting.values()]);
    },
  };
}
