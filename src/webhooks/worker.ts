import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { isWebhookEventType } from './events.ts';
import { nextAttemptAt } from './schedule.ts';
import type { Sender, SendResult } from './sender.ts';
import { webhookHeaders } from './signer.ts';
import type { Delivery, Settlement, WebhookEndpoint, WebhookStore } from './store.ts';

/**
 * Sends the outbox: claims due deliveries under a lease, POSTs each, records the outcome.
 *
 * - Only while `active()` (the leader): one replica sends. The lease is the second guard: a claim is
 *   a compare-and-set that gives the delivery to one claimer until the lease ends (longer than an
 *   attempt can take), and only that claim's token can record the outcome, so a replica that lost
 *   leadership mid-attempt cannot overwrite what its successor recorded.
 * - At least once: the outcome is recorded after the POST. A process that dies in between leaves the
 *   lease to run out; the delivery is then claimed and sent again, with the same `webhook-id`.
 * - 2xx: SUCCEEDED. 410 Gone: the endpoint is disabled with its pending deliveries. Anything else
 *   (another status, 3xx included since redirects are not followed, no response, a timeout): the
 *   next attempt of the retry schedule, or FAILED after the last.
 * - Failures of the store or the sender are logged and never reject: the lease runs out and the
 *   delivery is tried again.
 */
export interface DeliveryWorker {
  start(): void;
  /** Deliveries may be due now: claim without waiting for the next poll. */
  nudge(): void;
  /** One pass: claims what is due and waits for those attempts (tests drive it with their clock). */
  tick(): Promise<void>;
  /** Stops claiming, cuts attempts in flight short (they are retried at once) and waits for them. */
  stop(): Promise<void>;
}

export interface DeliveryWorkerOptions {
  store: WebhookStore;
  sender: Sender;
  /** Delay before each attempt (schedule.ts); after the last, a delivery is FAILED. */
  schedule: readonly number[];
  /** The whole attempt's deadline (the sender's); the lease is longer by `leaseMarginMs`. */
  timeoutMs: number;
  /** Sends only while this holds (this replica leads). */
  active: () => boolean;
  now: () => number;
  log: Logger;
  /** @default 10000 */
  leaseMarginMs?: number;
  /** Attempts in flight at most. @default 8 */
  concurrency?: number;
  /** How often due deliveries are looked for (other replicas add some too). @default 1000 */
  pollMs?: number;
  /** Every recorded outcome (tests, logs). */
  onSettled?: (delivery: Delivery, settlement: Settlement) => void;
  /**
   * Every POST this replica made, once its result is known (metrics): the event type (`unknown` for
   * a stored record of no known type, so the set stays fixed), what it meant, and how long it took.
   */
  onAttempt?: (event: string, outcome: AttemptOutcome, ms: number) => void;
}

/**
 * What one attempt meant, for metrics: `delivered` (2xx), `failed` (another status or no response;
 * retried), `blocked` (the SSRF guard refused the target; retried, since DNS may change), `gave_up`
 * (failed or blocked on the schedule's last attempt: the delivery is FAILED), `disabled` (410 Gone).
 */
export type AttemptOutcome = 'delivered' | 'failed' | 'blocked' | 'gave_up' | 'disabled';

export function attemptOutcome(result: SendResult, settlement: Pick<Settlement, 'status'>): AttemptOutcome {
  if (settlement.status === 'SUCCEEDED') return 'delivered';
  if (settlement.status === 'DISABLED') return 'disabled';
  // The delivery's end wins over why its last attempt failed: gave_up counts deliveries lost.
  if (settlement.status === 'FAILED') return 'gave_up';
  return result.kind === 'error' && result.reason === 'forbidden' ? 'blocked' : 'failed';
}

/** The secrets to sign with at `now`: the current one, and the one before while its overlap lasts. */
export function signingSecrets(endpoint: WebhookEndpoint, now: number): string[] {
  const previous =
    endpoint.previousSecret !== undefined && (endpoint.previousSecretExpiresAt ?? 0) > now
      ? [endpoint.previousSecret]
      : [];
  return [endpoint.secret, ...previous];
}

/** What an attempt's result means for the delivery. */
export function outcomeOf(
  delivery: Pick<Delivery, 'step'>,
  result: SendResult,
  schedule: readonly number[],
  endedAt: number,
): Settlement & { gone: boolean } {
  const base = { lastAttemptAt: endedAt, step: delivery.step, nextAttemptAt: undefined };
  if (result.kind === 'response' && result.status >= 200 && result.status < 300) {
    return { ...base, status: 'SUCCEEDED', responseStatus: result.status, lastError: undefined, gone: false };
  }
  if (result.kind === 'response' && result.status === 410) {
    return {
      ...base,
      status: 'DISABLED',
      responseStatus: 410,
      lastError: 'HTTP 410 Gone: the webhook is disabled',
      gone: true,
    };
  }
  const responseStatus = result.kind === 'response' ? result.status : undefined;
  const lastError =
    result.kind === 'error'
      ? result.error
      : `HTTP ${result.status}${result.status >= 300 && result.status < 400 ? ' (redirects are not followed)' : ''}${
          result.body ? `: ${result.body.replace(/\s+/g, ' ').trim().slice(0, 200)}` : ''
        }`;
  const next = nextAttemptAt(schedule, delivery.step, endedAt);
  return next === undefined
    ? { ...base, status: 'FAILED', responseStatus, lastError, gone: false }
    : {
        ...base,
        status: 'PENDING',
        step: delivery.step + 1,
        nextAttemptAt: next,
        responseStatus,
        lastError,
        gone: false,
      };
}

export function createDeliveryWorker(opts: DeliveryWorkerOptions): DeliveryWorker {
  const { store, sender, log, now } = opts;
  const concurrency = opts.concurrency ?? 8;
  const pollMs = opts.pollMs ?? 1000;
  const leaseMs = opts.timeoutMs + (opts.leaseMarginMs ?? 10_000);
  const inFlight = new Set<Promise<void>>();
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let claiming: Promise<Promise<void>[]> | undefined;
  let again = false;
  let started = false;

  async function record(delivery: Delivery, token: string, settlement: Settlement): Promise<void> {
    const applied = await store.settle(delivery.id, token, settlement);
    if (!applied) {
      log.warn({ deliveryId: delivery.id }, 'webhook attempt outcome not recorded: its lease had passed on');
      return;
    }
    opts.onSettled?.(delivery, settlement);
  }

  async function attempt(delivery: Delivery): Promise<void> {
    const token = delivery.leaseToken ?? '';
    const endpoint = await store.getEndpoint(delivery.endpointId);
    if (!endpoint || endpoint.disabled) {
      await record(delivery, token, {
        status: 'DISABLED',
        step: delivery.step,
        nextAttemptAt: undefined,
        lastAttemptAt: now(),
        responseStatus: undefined,
        lastError: endpoint ? 'the webhook is disabled' : 'the webhook was deleted',
      });
      return;
    }
    const sentAt = now();
    const headers = webhookHeaders(
      signingSecrets(endpoint, sentAt),
      delivery.eventId,
      Math.floor(sentAt / 1000),
      delivery.body,
    );
    const started = performance.now();
    const result = await sender.send({ url: endpoint.url, headers, body: delivery.body }, stopping.signal);
    const ms = performance.now() - started;
    if (stopping.signal.aborted && result.kind === 'error') {
      // Cut short by shutdown: whatever reached the receiver, the next leader sends it again at once.
      // Not reported to onAttempt: it says nothing of the receiver, and every deploy would count one.
      await record(delivery, token, {
        status: 'PENDING',
        step: delivery.step,
        nextAttemptAt: now(),
        lastAttemptAt: now(),
        responseStatus: undefined,
        lastError: 'interrupted by a shutdown of the gateway',
      });
      return;
    }
    const { gone, ...settlement } = outcomeOf(delivery, result, opts.schedule, now());
    // Before recording: the POST was made whether or not the store then takes its outcome.
    opts.onAttempt?.(
      isWebhookEventType(delivery.type) ? delivery.type : 'unknown',
      attemptOutcome(result, settlement),
      ms,
    );
    log.info(
      {
        deliveryId: delivery.id,
        endpointId: endpoint.id,
        type: delivery.type,
        attempt: delivery.attempts,
        status: settlement.status,
        responseStatus: settlement.responseStatus,
      },
      'webhook attempt',
    );
    await record(delivery, token, settlement);
    if (gone) {
      const at = now();
      await store.updateEndpoint(endpoint.id, (e) =>
        e.disabled ? undefined : { ...e, disabled: true, disabledAt: at, disabledReason: 'HTTP 410 Gone' },
      );
      const disabled = await store.disableDeliveries(endpoint.id, at);
      log.warn({ endpointId: endpoint.id, disabled }, 'webhook disabled: its URL answered 410 Gone');
    }
  }

  function run(delivery: Delivery): Promise<void> {
    const p = attempt(delivery)
      .catch((err: unknown) => {
        log.warn({ err, deliveryId: delivery.id }, 'webhook attempt failed; retried once its lease ends');
      })
      .finally(() => {
        inFlight.delete(p);
        // A slot freed: more may be waiting.
        if (!stopping.signal.aborted) nudge();
      });
    inFlight.add(p);
    return p;
  }

  /** Claims as many due deliveries as there are free slots, and starts them. */
  async function claim(): Promise<Promise<void>[]> {
    if (stopping.signal.aborted || !opts.active()) return [];
    const free = concurrency - inFlight.size;
    if (free <= 0) return [];
    const at = now();
    let due: Delivery[];
    try {
      due = await store.claimDue(at, free, { token: randomUUID(), until: at + leaseMs });
    } catch (err) {
      log.warn({ err }, 'webhook outbox not read; retrying at the next poll');
      return [];
    }
    return due.map(run);
  }

  function claimOnce(): Promise<Promise<void>[]> {
    if (claiming) {
      again = true;
      return claiming;
    }
    claiming = (async () => {
      const started: Promise<void>[] = [];
      do {
        again = false;
        started.push(...(await claim()));
      } while (again && !stopping.signal.aborted);
      return started;
    })().finally(() => {
      claiming = undefined;
    });
    return claiming;
  }

  function nudge(): void {
    if (!started || stopping.signal.aborted) return;
    void claimOnce();
  }

  function schedule(): void {
    if (stopping.signal.aborted) return;
    timer = setTimeout(() => {
      void claimOnce().finally(schedule);
    }, pollMs);
    timer.unref();
  }

  return {
    start() {
      if (started) return;
      started = true;
      void claimOnce();
      schedule();
    },
    nudge,
    async tick() {
      await Promise.all(await claimOnce());
    },
    async stop() {
      stopping.abort();
      if (timer) clearTimeout(timer);
      await claiming;
      await Promise.allSettled([...inFlight]);
    },
  };
}
