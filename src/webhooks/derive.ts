import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { finishedTime, isTerminal, type JobRecord } from '../jobs/domain/job.ts';
import type { JobStore } from '../jobs/store/store.ts';
import { type DerivedEvent, eventIdOf, jobEvents, pipelineEvent } from './events.ts';
import { eventBody, jobSnapshot, pipelineSnapshot } from './payload.ts';
import { type AddEventOptions, newDeliveryId, type WebhookEndpoint, type WebhookStore } from './store.ts';

/**
 * Turns job changes into outbox rows, durably. A job's change and the outbox write are two writes,
 * and the process may die between them, so events are derived from the stored jobs, twice over:
 * - at once, from every job change this process publishes (the fast path, on every replica);
 * - by the leader's rescan, every few seconds: jobs running at Tencent (their `job.started`) and every
 *   job that finished since the watermark, re-read from the watermark minus a margin, so a job
 *   whose write landed late or whose change was never seen here (a crash, another replica) is
 *   derived all the same. The watermark moves only after a rescan derived everything it read.
 * Adding an event is idempotent (one row per `<jobId>:<type>`, WebhookStore.addEvent), so deriving
 * the same event twice, on two paths or two replicas, adds it once.
 *
 * An event goes to the owner's endpoints that want its type, are not disabled and existed when it
 * happened (created at or before it), each with its own body (its own origin for `/files` URLs).
 */
export interface EventDeriver {
  /** Derives the job's events now; never rejects (a failure is logged, the rescan repairs it). */
  onJobChanged(job: JobRecord): Promise<void>;
  /** Derives one record's events; rejects when the store does. Resolves how many events were added. */
  derive(job: JobRecord): Promise<number>;
  /** The leader's pass over the store (see above); rejects only when the first reads fail. */
  rescan(): Promise<void>;
}

export interface EventDeriverOptions {
  jobs: Pick<JobStore, 'get' | 'listByStatus' | 'listFinishedSince'>;
  store: WebhookStore;
  now: () => number;
  log: Logger;
  /** WEBHOOK_PUBLIC_ORIGIN: the origin of `/files` URLs in bodies, over each endpoint's own. */
  publicOrigin?: string | undefined;
  /** The first attempt's delay (the retry schedule's first entry). */
  firstDelayMs: number;
  retention: AddEventOptions;
  /** Something was added to the outbox: the worker can send it now. */
  onAdded?: () => void;
  /**
   * How far before the watermark the rescan reads again: covers writes that landed after a rescan
   * read past their finish time, and clocks of replicas that disagree by less. @default 120000
   */
  slackMs?: number;
  /** Finished jobs read per store call. @default 500 */
  pageSize?: number;
}

export function createEventDeriver(opts: EventDeriverOptions): EventDeriver {
  const { store, jobs, log, now } = opts;
  const slackMs = opts.slackMs ?? 120_000;
  const pageSize = opts.pageSize ?? 500;
  /** Event keys known to be in the outbox (or to need nothing): saves store writes on rescans. */
  const known = new LRUCache<string, true>({ max: 20_000 });

  const originOf = (endpoint: WebhookEndpoint) => opts.publicOrigin ?? endpoint.filesOrigin;

  async function add(
    event: DerivedEvent,
    owner: string,
    endpoints: readonly WebhookEndpoint[],
    data: (origin: string | undefined) => unknown,
  ): Promise<boolean> {
    const targets = endpoints.filter(
      (e) => !e.disabled && e.events.includes(event.type) && e.createdAt <= event.occurredAt,
    );
    // Nothing to send and nothing to remember: an endpoint created later never gets it.
    if (targets.length === 0) return false;
    const at = now();
    const eventId = eventIdOf(event.key);
    const added = await store.addEvent(
      { key: event.key, createdAt: at },
      targets.map((e) => ({
        id: newDeliveryId(),
        endpointId: e.id,
        owner,
        eventId,
        eventKey: event.key,
        type: event.type,
        subjectId: event.subjectId,
        body: eventBody(event, data(originOf(e))),
        createdAt: at,
        nextAttemptAt: at + opts.firstDelayMs,
      })),
      opts.retention,
    );
    known.set(event.key, true);
    if (added) log.debug({ event: event.key, endpoints: targets.length }, 'webhook event added');
    return added;
  }

  async function derive(job: JobRecord): Promise<number> {
    const events = jobEvents(job).filter((e) => !known.has(e.key));
    const pipelineId = job.pipeline && isTerminal(job.status) ? job.pipeline.id : undefined;
    if (events.length === 0 && pipelineId === undefined) return 0;
    const endpoints = await store.listEndpoints(job.owner);
    if (endpoints.length === 0) return 0;
    let added = 0;
    for (const event of events) {
      if (await add(event, job.owner, endpoints, (origin) => jobSnapshot(job, origin))) added += 1;
    }
    if (job.pipeline && pipelineId !== undefined) {
      const ids = job.pipeline.steps;
      const steps = await Promise.all(ids.map((id) => (id === job.id ? job : jobs.get(id))));
      const event = pipelineEvent(pipelineId, steps);
      if (event && !known.has(event.key)) {
        const stored = steps as JobRecord[];
        if (await add(event, job.owner, endpoints, (origin) => pipelineSnapshot(pipelineId, stored, origin)))
          added += 1;
      }
    }
    if (added > 0) opts.onAdded?.();
    return added;
  }

  return {
    derive,
    async onJobChanged(job) {
      try {
        await derive(job);
      } catch (err) {
        log.warn({ err, jobId: job.id }, 'webhook events not derived yet; the rescan will');
      }
    },
    async rescan() {
      const startedAt = now();
      let complete = true;
      const each = async (job: JobRecord) => {
        try {
          await derive(job);
        } catch (err) {
          complete = false;
          log.warn({ err, jobId: job.id }, 'webhook events not derived; retrying at the next rescan');
        }
      };
      for (const job of await jobs.listByStatus(['WAIT', 'RUN'])) await each(job);
      const mark = await store.watermark();
      if (mark === undefined) {
        // The first rescan of this store: jobs that ended before webhooks existed are history.
        await store.advanceWatermark(startedAt);
        return;
      }
      const seen = new Set<string>();
      let since = mark - slackMs;
      for (;;) {
        const page = await jobs.listFinishedSince(since, pageSize);
        let fresh = 0;
        for (const job of page) {
          if (seen.has(job.id)) continue;
          seen.add(job.id);
          fresh += 1;
          await each(job);
        }
        const last = page[page.length - 1];
        if (page.length < pageSize || !last) break;
        if (fresh === 0) {
          // A whole page finished within one millisecond: step past it rather than loop.
          log.warn({ since }, 'more finished jobs at one instant than a rescan page; skipping ahead');
          since += 1;
          continue;
        }
        since = finishedTime(last) ?? since;
      }
      if (complete) await store.advanceWatermark(startedAt);
    },
  };
}
