import type { Logger } from 'pino';
import { TencentApiError } from '../../tencent/errors.ts';
import { JOB_KIND_NAMES, type JobKind, type JobKindName } from '../../tencent/job-kinds.ts';
import type { QueryJobResponse } from '../../tencent/types.ts';
import type { JobSlots } from '../../upstream/job-slots.ts';
import { attemptCount, isTerminal, isUpstreamActive, type JobRecord } from '../domain/job.ts';
import { endPipelineStep, type PipelineRef, releaseWaitingStep } from '../domain/pipeline.ts';
import { type AutoRetryPolicy, applyQueryAnswerOrRetry } from '../domain/retry.ts';
import { failStalled, markStalled, stallThresholdMs } from '../domain/stall.ts';
import {
  cancelable,
  cancelPastDeadline,
  failUpstreamNotFound,
  markOutcomeUnknown,
  pastStartBy,
} from '../domain/transitions.ts';
import type { JobEvents } from '../events/events.ts';
import type { JobRepository } from '../store/job-repository.ts';
import type { Dispatcher } from './dispatcher.ts';
import type { Leadership } from './leadership.ts';
import type { Poller } from './poller.ts';
import { createRetentionSweep, type RetentionOptions } from './retention.ts';

/**
 * What the leader does, and only while it leads: recover work from the store when it becomes
 * leader, dispatch and poll, rescan for work other replicas stored, and apply poll answers.
 *
 * Transitions are serialized: one promise chain applies the latest leadership state, so a lease
 * lost while becoming leader ends stepped down, and a step-down never wipes the next term. Every
 * write this role makes carries the term's token as a fence (a stale leader's writes are refused).
 */
export interface LeaderRole {
  start(): Promise<void>;
  /** Something changed in the store (a found job, a cancel): the leader rescans now. */
  nudge(): void;
  /** A job was just stored QUEUED: queue it here if this process leads, else tell the leader. */
  offer(job: JobRecord): void;
  /** The term this process is acting for, if it leads. */
  activeTerm(): string | undefined;
  /** Applies a Query answer for a followed job; false when it needs no more polling. */
  onPollResult(id: string, res: QueryJobResponse): Promise<boolean>;
  onPollError(id: string, err: unknown): Promise<boolean>;
  /** Resolves once the transitions asked for so far are done (tests, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface LeaderRoleOptions {
  leadership: Leadership;
  repo: JobRepository;
  events: JobEvents;
  dispatcher: Dispatcher;
  poller: Poller;
  slots: JobSlots;
  log: Logger;
  now?: () => number;
  /** How often the leader rescans the store for work other replicas stored. @default 2000 */
  rescanMs?: number;
  /**
   * A claim older than this without a JobId belongs to a Submit that can no longer answer (its
   * process died or lost the lease; the client's total timeout is shorter): the job is marked
   * SUBMIT_OUTCOME_UNKNOWN. Younger ones hold a slot, since Tencent may be running them.
   * @default 60000
   */
  claimTimeoutMs?: number;
  /** A job reached DONE or FAIL after running at Tencent. */
  onJobFinished?: (job: JobRecord) => void;
  /** Finished jobs past this age are deleted while this process leads (retention.ts). */
  retention?: RetentionOptions | undefined;
  /** The configured product's rows (which files a released pipeline step takes). @default JOB_KINDS */
  rows?: Readonly<Record<JobKindName, JobKind>>;
  /**
   * Automatic retries of transient upstream failures (domain/retry.ts): a poll answer FAIL with
   * such a code puts the job back in the queue. @default { maxRetries: 0 } (none)
   */
  autoRetry?: AutoRetryPolicy | undefined;
  /** Stall detection of jobs running upstream (domain/stall.ts), checked every rescan. @default off */
  stall?: StallPolicy | undefined;
  /** A job went back to the queue after a transient upstream failure. */
  onJobRetried?: (job: JobRecord) => void;
}

export interface StallPolicy {
  /** A job running upstream longer than `factor` × its kind's p90 is flagged as stalled. */
  factor: number;
  /** Running upstream this long (ms), it ends FAIL UPSTREAM_STALLED; undefined: never. */
  limitMs?: number | undefined;
  /** The kind's observed 90th percentile upstream duration (ms), or its prior. */
  p90Ms: (kind: JobKindName) => Promise<number>;
}

export function createLeaderRole(opts: LeaderRoleOptions): LeaderRole {
  const now = opts.now ?? Date.now;
  const { leadership, repo, dispatcher, poller, slots, log } = opts;
  const claimTimeoutMs = opts.claimTimeoutMs ?? 60_000;
  let term: string | undefined;
  /**
   * The term this process last acted for, kept after stepping down. Fix: poll answers that land
   * after stepDown (stepDown waits for the polls in flight) used to be written with `fence: term`,
   * i.e. undefined, so a replica that had lost the lease wrote unfenced; they now carry the term
   * the poll was sent under, and the store refuses them once another term holds the lease.
   */
  let lastTerm: string | undefined;
  /** Slots held for claims nobody here is sending (settleOrphanClaim), by job id. */
  let orphanHolds = new Map<string, JobKindName>();
  let stopped = false;
  let chain: Promise<void> = Promise.resolve();
  let rescanTimer: NodeJS.Timeout | undefined;
  let rescanning: Promise<void> | undefined;
  let nudges: AsyncIterableIterator<unknown> | undefined;
  let listening: Promise<void> | undefined;
  const retention = opts.retention && createRetentionSweep({ ...opts.retention, repo, log, now });
  const autoRetry: AutoRetryPolicy = opts.autoRetry ?? { maxRetries: 0 };
  /** Rescans when the earliest startBy among queued jobs comes (deadlineAt), while this term leads. */
  let deadlineTimer: NodeJS.Timeout | undefined;
  let deadlineAt = Number.POSITIVE_INFINITY;

  function releaseSlot(id: string, kind?: JobKindName): void {
    for (const k of kind ? [kind] : JOB_KIND_NAMES) slots.release(k, id);
  }

  function finished(job: JobRecord): void {
    releaseSlot(job.id, job.kind);
    opts.onJobFinished?.(job);
    dispatcher.pump();
    const t = term;
    if (job.pipeline && t !== undefined) {
      // The fast path of a pipeline's next step; rescan does the same, so nothing rests on it.
      void advancePipeline(job.pipeline, t)
        .then((released) => {
          if (term !== t) return;
          for (const step of released) dispatcher.enqueue(step);
          // A rescan that read the step while it still waited must not drop it from the queue.
          if (released.length > 0) void rescan(t);
        })
        .catch((err: unknown) =>
          log.warn({ err, pipelineId: job.pipeline?.id }, 'pipeline step not advanced'),
        );
    }
  }

  /** A transient upstream FAIL put the job back in the queue (domain/retry.ts): send it again. */
  function requeued(job: JobRecord): void {
    const last = job.previousAttempts?.at(-1);
    log.warn(
      {
        jobId: job.id,
        upstreamJobId: last?.upstreamJobId,
        errorCode: last?.errorCode,
        attempt: attemptCount(job),
      },
      'transient upstream failure: the job goes back to the queue for another attempt',
    );
    opts.onJobRetried?.(job);
    // Its old JobId is no longer followed: the next Submit's JobId must find the poller free for it.
    poller.unfollow(job.id);
    if (term !== undefined) dispatcher.enqueue(job);
    dispatcher.pump();
  }

  /** Rescans at `at` (a queued job's startBy), unless one is already due sooner. */
  function armDeadline(at: number, t: string): void {
    if (term !== t || at >= deadlineAt) return;
    if (deadlineTimer) clearTimeout(deadlineTimer);
    deadlineAt = at;
    deadlineTimer = setTimeout(
      () => {
        deadlineTimer = undefined;
        deadlineAt = Number.POSITIVE_INFINITY;
        if (term === t) void rescan(t);
      },
      Math.min(2 ** 31 - 1, Math.max(0, at - now()) + 1),
    );
    deadlineTimer.unref();
  }

  function disarmDeadline(): void {
    if (deadlineTimer) clearTimeout(deadlineTimer);
    deadlineTimer = undefined;
    deadlineAt = Number.POSITIVE_INFINITY;
  }

  /**
   * A queued job whose startBy has come: CANCELED with DEADLINE_EXCEEDED, never sent. Resolves
   * whether it is out of the queue now (canceled, or no longer waiting anyway).
   */
  async function expire(job: JobRecord, t: string): Promise<boolean> {
    const result = await repo.transition(job.id, cancelPastDeadline(now()), { fence: t });
    if (result?.changed) {
      dispatcher.withdraw(job.id);
      log.info(
        { jobId: job.id, startBy: job.startBy },
        'job canceled: still queued at its startBy deadline (DEADLINE_EXCEEDED)',
      );
    }
    return result === undefined || !cancelable(result.job);
  }

  /**
   * Jobs running upstream much longer than their kind usually takes: flagged (an event to
   * subscribers), and past the hard limit ended as FAIL UPSTREAM_STALLED (the slot is given back
   * and the poller stops; Tencent may still finish the job, which the gateway no longer follows).
   */
  async function checkStalls(jobs: readonly JobRecord[], t: string, policy: StallPolicy): Promise<void> {
    const thresholds = new Map<JobKindName, number>();
    for (const job of jobs) {
      if (term !== t) return;
      if (job.external || job.upstreamSubmittedAt === undefined) continue;
      const running = now() - job.upstreamSubmittedAt;
      if (policy.limitMs !== undefined && running >= policy.limitMs) {
        const result = await repo.transition(job.id, failStalled(policy.limitMs, now()), { fence: t });
        if (result?.changed) {
          poller.unfollow(job.id);
          log.error(
            { jobId: job.id, upstreamJobId: job.upstreamJobId, runningMs: running, limitMs: policy.limitMs },
            'job failed as UPSTREAM_STALLED: Tencent did not finish it within UPSTREAM_STALL_LIMIT_MS',
          );
          finished(result.job);
        }
        continue;
      }
      if (job.stalledAt !== undefined) continue;
      let threshold = thresholds.get(job.kind);
      if (threshold === undefined) {
        threshold = stallThresholdMs(await policy.p90Ms(job.kind), policy.factor);
        thresholds.set(job.kind, threshold);
      }
      if (running < threshold) continue;
      const result = await repo.transition(job.id, markStalled(threshold, now()), { fence: t });
      if (result?.changed) {
        log.warn(
          { jobId: job.id, upstreamJobId: job.upstreamJobId, runningMs: running, thresholdMs: threshold },
          'job stalled: running at Tencent much longer than its kind usually takes',
        );
      }
    }
  }

  /**
   * Pipelines (domain/pipeline.ts), from the steps as stored: a step waiting for a DONE step takes
   * its result and joins the queue; a step that ended FAIL or CANCELED (or was never stored, past
   * the claim timeout) ends the pipeline: every step not sent yet is canceled and says why. Fenced
   * like every leader write, and repeated by every rescan, so a restart or failover loses nothing.
   * Resolves the steps released into the queue.
   */
  async function advancePipeline(ref: PipelineRef, t: string): Promise<JobRecord[]> {
    const steps = await Promise.all(ref.steps.map((id) => repo.store.get(id)));
    const at = now();
    // submitPipeline stores every step in one write, but a store written by an earlier version
    // (steps one by one, first step last) may hold a pipeline whose submit died half way: a step
    // still missing once the others are older than the claim timeout never will be stored.
    const settled = steps.some((s) => s !== undefined && s.submittedAt <= at - claimTimeoutMs);
    const ended = steps.findIndex((s) =>
      s === undefined ? settled : s.status === 'FAIL' || s.status === 'CANCELED',
    );
    if (ended >= 0) {
      const cause = steps[ended];
      const jobId = ref.steps[ended] as string;
      for (const id of ref.steps) {
        if (term !== t) return [];
        const result = await repo.transition(
          id,
          endPipelineStep(
            { step: ended + 1, jobId, status: cause?.status ?? 'MISSING', errorCode: cause?.errorCode },
            now(),
          ),
          { fence: t },
        );
        if (result?.changed) {
          dispatcher.withdraw(id);
          log.info(
            { jobId: id, pipelineId: ref.id, cause: jobId },
            'pipeline step canceled: the pipeline ended',
          );
        }
      }
      return [];
    }
    const released: JobRecord[] = [];
    for (const step of steps) {
      if (term !== t) return released;
      const source = step?.waitsFor === undefined ? undefined : steps.find((s) => s?.id === step.waitsFor);
      if (!step || !source || source.status !== 'DONE') continue;
      const result = await repo.transition(step.id, releaseWaitingStep(source, now(), opts.rows), {
        fence: t,
      });
      if (!result?.changed) continue;
      if (result.job.status === 'QUEUED') {
        released.push(result.job);
        log.info({ jobId: step.id, pipelineId: ref.id, source: source.id }, 'pipeline step released');
      } else {
        // Its source's result cannot feed it (STEP_INPUT_UNAVAILABLE): that ends the pipeline.
        return [...released, ...(await advancePipeline(ref, t))];
      }
    }
    return released;
  }

  async function rescanOnce(t: string): Promise<void> {
    const jobs = await repo.store.listByStatus(['QUEUED', 'WAIT', 'RUN']);
    const queued = new Map<JobKindName, Set<string>>(JOB_KIND_NAMES.map((k) => [k, new Set<string>()]));
    const active = new Set<string>();
    const orphans = new Map<string, JobKindName>();
    const pipelines = new Map<string, PipelineRef>();
    const running: JobRecord[] = [];
    for (const job of jobs) {
      if (term !== t) return;
      if (job.pipeline) pipelines.set(job.pipeline.id, job.pipeline);
      if (job.waitsFor !== undefined) {
        // A pipeline step waiting for its source step: never queued (advancePipeline releases it).
      } else if (isUpstreamActive(job) && job.upstreamJobId) {
        active.add(job.id);
        running.push(job);
        slots.hold(job.kind, job.id);
        poller.follow({
          id: job.id,
          kind: job.kind,
          upstreamJobId: job.upstreamJobId,
          traceParent: job.traceParent,
        });
      } else if (job.status === 'QUEUED' && job.submitAttemptAt === undefined) {
        // Its startBy has come: it ends here (one failed write waits for the next rescan).
        const expired =
          pastStartBy(job, now()) &&
          (await expire(job, t).catch((err: unknown) => {
            log.warn({ err, jobId: job.id }, 'deadline not applied; retrying at the next rescan');
            return true;
          }));
        if (expired) continue;
        if (job.startBy !== undefined) armDeadline(job.startBy, t);
        queued.get(job.kind)?.add(job.id);
        dispatcher.enqueue(job);
      } else if (job.status === 'QUEUED' && !dispatcher.isSubmitting(job.id)) {
        if (await settleOrphanClaim(job, t)) orphans.set(job.id, job.kind);
      }
    }
    if (opts.stall) {
      const policy = opts.stall;
      await checkStalls(running, t, policy).catch((err: unknown) =>
        log.warn({ err }, 'stall check failed; retrying at the next rescan'),
      );
    }
    for (const ref of pipelines.values()) {
      if (term !== t) return;
      // One pipeline's failed write (a store error, a fence) must not keep the rest of the rescan.
      const released = await advancePipeline(ref, t).catch((err: unknown) => {
        log.warn({ err, pipelineId: ref.id }, 'pipeline not advanced; retrying at the next rescan');
        return [];
      });
      for (const step of released) {
        queued.get(step.kind)?.add(step.id);
        dispatcher.enqueue(step);
      }
    }
    if (term !== t) return;
    // Fix (slot leak): a claim held for another sender can end without ever running here: its
    // sender takes it back (JobNumExceed) and the client cancels, or Tencent refuses it for good.
    // No later rescan lists it as running, so nothing released that slot until the next term. A
    // slot held for a claim that is no longer one goes back, unless the job now runs upstream or
    // this process is sending it (the dispatcher reuses that slot).
    for (const [id, kind] of orphanHolds) {
      if (!orphans.has(id) && !active.has(id) && !dispatcher.isSubmitting(id)) slots.release(kind, id);
    }
    orphanHolds = orphans;
    for (const [kind, ids] of queued) dispatcher.retain(kind, ids);
    dispatcher.pump();
  }

  /**
   * A claim nobody here is sending: its Submit died with another process or a previous term.
   * Resolves true when the claim is young enough to be answered still, so it now holds a slot.
   */
  async function settleOrphanClaim(job: JobRecord, t: string): Promise<boolean> {
    const claimedBefore = now() - claimTimeoutMs;
    if ((job.submitAttemptAt ?? 0) > claimedBefore) {
      // Its Submit may still be answered: Tencent may be running it, so it counts against the slots.
      slots.hold(job.kind, job.id);
      return true;
    }
    const result = await repo.transition(job.id, markOutcomeUnknown(claimedBefore, now()), { fence: t });
    releaseSlot(job.id, job.kind);
    if (result?.changed) {
      log.error(
        { jobId: job.id, claimedAt: job.submitAttemptAt },
        'submit outcome unknown: its sender is gone',
      );
      dispatcher.pump();
    }
    return false;
  }

  let again = false;
  /** One rescan at a time; a request during one runs another after it (it may have read too early). */
  function rescan(t: string): Promise<void> {
    if (rescanning) {
      again = true;
      return rescanning;
    }
    rescanning = (async () => {
      do {
        again = false;
        await rescanOnce(t).catch((err: unknown) =>
          log.warn({ err }, 'rescan failed; retrying at the next one'),
        );
      } while (again && term === t);
    })().finally(() => {
      rescanning = undefined;
    });
    return rescanning;
  }

  async function becomeLeader(t: string): Promise<void> {
    term = t;
    lastTerm = t;
    orphanHolds = new Map();
    slots.clear();
    dispatcher.clear();
    poller.clear();
    await rescan(t);
    if (term !== t) return;
    poller.start();
    dispatcher.resume(t);
    rescanTimer = setInterval(() => void rescan(t), opts.rescanMs ?? 2000);
    rescanTimer.unref();
    retention?.start();
    log.info({ queued: dispatcher.depth(), running: poller.following() }, 'jobs recovered');
  }

  async function stepDown(): Promise<void> {
    term = undefined;
    if (rescanTimer) clearInterval(rescanTimer);
    rescanTimer = undefined;
    disarmDeadline();
    dispatcher.pause();
    await retention?.stop();
    // Polls in flight finish first (their writes are fenced anyway), then the term's state goes.
    await poller.stop();
    await rescanning;
    dispatcher.clear();
    poller.clear();
    slots.clear();
    orphanHolds = new Map();
  }

  /** Brings this process in line with the latest leadership state; one at a time, in order. */
  async function apply(): Promise<void> {
    const want = stopped ? undefined : leadership.term();
    if (want === term) return;
    if (term !== undefined) await stepDown();
    if (want !== undefined && !stopped) await becomeLeader(want);
  }

  function reconcile(): Promise<void> {
    chain = chain.then(apply).catch((err: unknown) => log.error({ err }, 'leadership change failed'));
    return chain;
  }

  return {
    async start() {
      leadership.onChange(() => void reconcile());
      nudges = opts.events.subscribe('jobs:changed');
      const stream = nudges;
      listening = (async () => {
        for await (const _ of stream) if (term !== undefined) void rescan(term);
      })().catch((err: unknown) => log.warn({ err }, 'nudge stream ended'));
      await leadership.start();
      await reconcile();
    },
    nudge() {
      if (term !== undefined) void rescan(term);
      else opts.events.publish('jobs:changed');
    },
    offer(job) {
      if (term !== undefined) {
        if (job.startBy !== undefined) armDeadline(job.startBy, term);
        dispatcher.enqueue(job);
      } else opts.events.publish('jobs:changed');
    },
    activeTerm: () => term,
    async onPollResult(id, res) {
      const result = await repo.transition(id, applyQueryAnswerOrRetry(res, now(), autoRetry), {
        fence: term ?? lastTerm,
      });
      if (!result || !isUpstreamActive(result.job)) {
        releaseSlot(id, result?.job.kind);
        if (result?.changed && result.job.status === 'QUEUED') requeued(result.job);
        else if (result?.changed && isTerminal(result.job.status)) finished(result.job);
        return false;
      }
      return true;
    },
    async onPollError(id, err) {
      if (err instanceof TencentApiError && err.isJobNotFound) {
        const result = await repo.transition(id, failUpstreamNotFound(err, now()), {
          fence: term ?? lastTerm,
        });
        releaseSlot(id, result?.job.kind);
        if (result?.changed) finished(result.job);
        return false;
      }
      log.warn({ jobId: id, err }, 'poll failed; will retry');
      return true;
    },
    idle: () => chain,
    async stop() {
      stopped = true;
      await leadership.stop();
      await reconcile();
      await nudges?.return?.();
      await listening;
      await dispatcher.stop();
      await poller.stop();
    },
  };
}
