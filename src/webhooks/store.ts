import { randomBytes } from 'node:crypto';
import type { WebhookEventType } from './events.ts';

/**
 * Where webhooks live: the endpoints of each API key and the outbox of deliveries, in the same
 * store as the jobs (SQLite tables in the gateway's file, Redis keys under REDIS_KEY_PREFIX, or
 * memory), so they survive what the jobs survive. One port for both, so deleting an endpoint takes
 * its deliveries in the same atomic step. Every write that can race is conditional: an event is
 * added once per key, a due delivery is claimed under a lease (compare-and-set), and only the
 * holder of that lease can record the attempt's outcome.
 */

export interface WebhookEndpoint {
  /** `wh_` + 16 characters (96 random bits). */
  id: string;
  /** The API key name that created it; '' on an open gateway. */
  owner: string;
  url: string;
  /** The events it receives. */
  events: WebhookEventType[];
  /** `whsec_…`; never shown again after createWebhook or rotateWebhookSecret answered it. */
  secret: string;
  /** The secret before the last rotation, still signed with until `previousSecretExpiresAt`. */
  previousSecret?: string | undefined;
  previousSecretExpiresAt?: number | undefined;
  createdAt: number;
  /** Disabled after its URL answered 410 Gone: nothing more is sent to it. */
  disabled: boolean;
  disabledAt?: number | undefined;
  disabledReason?: string | undefined;
  /**
   * The gateway's public origin for absolute `/files/…` URLs in bodies: WEBHOOK_PUBLIC_ORIGIN, else
   * the origin the createWebhook request came to. Undefined: paths relative to the gateway.
   */
  filesOrigin?: string | undefined;
}

export type DeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'DISABLED';
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['PENDING', 'SUCCEEDED', 'FAILED', 'DISABLED'];

/** One event for one endpoint: the unit that is sent, retried, logged and replayed. */
export interface Delivery {
  /** `whd_` + 16 characters. */
  id: string;
  endpointId: string;
  owner: string;
  /** `webhook-id`: the same for every attempt, and for every endpoint the event goes to. */
  eventId: string;
  /** `<jobId>:<type>` (events.ts): an event is added once. */
  eventKey: string;
  type: WebhookEventType;
  /** The job or pipeline the event is about. */
  subjectId: string;
  /** The JSON body, fixed when the event was added: every attempt sends exactly these bytes. */
  body: string;
  status: DeliveryStatus;
  /** Attempts made (claims), over the delivery's whole life, replays included. */
  attempts: number;
  /** Index in the retry schedule of the attempt due next, or in flight (a replay starts again at 0). */
  step: number;
  createdAt: number;
  /** PENDING: when the next attempt is due; undefined otherwise. */
  nextAttemptAt: number | undefined;
  lastAttemptAt: number | undefined;
  /** HTTP status of the last attempt; undefined when it got no response. */
  responseStatus: number | undefined;
  lastError: string | undefined;
  /** The claim of the attempt in flight, and until when it holds (then anyone may claim again). */
  leaseToken: string | undefined;
  leaseUntil: number | undefined;
}

export type NewDelivery = Pick<
  Delivery,
  'id' | 'endpointId' | 'owner' | 'eventId' | 'eventKey' | 'type' | 'subjectId' | 'body' | 'createdAt'
> & { nextAttemptAt: number };

/** What the lease holder records after an attempt. */
export interface Settlement {
  status: DeliveryStatus;
  step: number;
  /** PENDING: when the next attempt is due. */
  nextAttemptAt: number | undefined;
  lastAttemptAt: number;
  responseStatus: number | undefined;
  lastError: string | undefined;
}

export interface AddEventOptions {
  /** Finished (not PENDING) deliveries kept per endpoint; the oldest go beyond. */
  maxPerEndpoint: number;
  /** How long the event's key is remembered (Redis expires it; the others prune by age). */
  keepMs: number;
}

/** A change of an endpoint: the next record, or undefined to write nothing. */
export type EndpointChange = (endpoint: WebhookEndpoint) => WebhookEndpoint | undefined;

export interface WebhookStore {
  /** Stores a new endpoint unless its owner already has `maxPerOwner` (TooManyWebhooksError). */
  createEndpoint(endpoint: WebhookEndpoint, maxPerOwner: number): Promise<void>;
  getEndpoint(id: string): Promise<WebhookEndpoint | undefined>;
  /** The owner's endpoints, oldest first. */
  listEndpoints(owner: string): Promise<WebhookEndpoint[]>;
  /**
   * Reads the endpoint, asks `change`, and writes its answer only over the record it saw (asking
   * again when another write landed in between). Undefined for an unknown id.
   */
  updateEndpoint(id: string, change: EndpointChange): Promise<WebhookEndpoint | undefined>;
  /** Deletes the endpoint and every delivery of it; false when there was none. */
  deleteEndpoint(id: string): Promise<boolean>;
  /**
   * Adds an event's deliveries, atomically and only once per event key: false (nothing written)
   * when the key was added before. Trims each endpoint's finished deliveries to `maxPerEndpoint`.
   */
  addEvent(
    event: { key: string; createdAt: number },
    deliveries: NewDelivery[],
    opts: AddEventOptions,
  ): Promise<boolean>;
  /**
   * Claims up to `limit` PENDING deliveries due at `now` whose lease (if any) has run out: each gets
   * the lease and one more attempt, atomically, so no two claimers get the same one while a lease
   * holds. Earliest due first.
   */
  claimDue(now: number, limit: number, lease: { token: string; until: number }): Promise<Delivery[]>;
  /** Records an attempt's outcome, only while the delivery is PENDING under this lease token. */
  settle(id: string, token: string, settlement: Settlement): Promise<boolean>;
  getDelivery(id: string): Promise<Delivery | undefined>;
  /** The endpoint's deliveries, newest first. */
  listDeliveries(endpointId: string, limit: number): Promise<Delivery[]>;
  /**
   * Queues a delivery again: PENDING, due at `now`, the schedule from its start. A delivery whose
   * attempt is in flight (a lease still holding) is left as it is. Undefined for an unknown id.
   */
  replay(id: string, now: number): Promise<Delivery | undefined>;
  /**
   * How many deliveries are PENDING (due later, due now, or in flight): the outbox's backlog, read on
   * every metrics scrape, so each store answers it from an index (a partial index, a zset's size) or,
   * in memory, one pass over what this process holds.
   */
  countPending(): Promise<number>;
  /** The endpoint's PENDING deliveries not in flight become DISABLED; resolves how many. */
  disableDeliveries(endpointId: string, now: number): Promise<number>;
  /** Deletes up to `limit` deliveries and event keys created before `before`; resolves how many. */
  prune(before: number, limit: number): Promise<number>;
  /** How far the leader's rescan has derived finished jobs' events (ms); undefined before the first. */
  watermark(): Promise<number | undefined>;
  /** Moves the watermark forward (never back). */
  advanceWatermark(to: number): Promise<void>;
  ping(): Promise<void>;
  /** Releases what the implementation opened (a database connection); not a shared Redis connection. */
  close(): Promise<void>;
}

export const ENDPOINT_ID_RE = /^wh_[A-Za-z0-9_-]{16}$/;
export const DELIVERY_ID_RE = /^whd_[A-Za-z0-9_-]{16}$/;

export function newEndpointId(): string {
  return `wh_${randomBytes(12).toString('base64url')}`;
}

export function newDeliveryId(): string {
  return `whd_${randomBytes(12).toString('base64url')}`;
}

/** A delivery as first stored: PENDING, due at its first attempt, nothing tried yet. */
export function pendingDelivery(d: NewDelivery): Delivery {
  return {
    ...d,
    status: 'PENDING',
    attempts: 0,
    step: 0,
    lastAttemptAt: undefined,
    responseStatus: undefined,
    lastError: undefined,
    leaseToken: undefined,
    leaseUntil: undefined,
  };
}

/** The delivery is being attempted right now (a lease that still holds at `now`). */
export function inFlight(d: Pick<Delivery, 'leaseToken' | 'leaseUntil'>, now: number): boolean {
  return d.leaseToken !== undefined && (d.leaseUntil ?? 0) > now;
}

/** When a PENDING delivery can next be claimed: its lease's end while one holds, else its due time. */
export function claimableAt(d: Pick<Delivery, 'leaseToken' | 'leaseUntil' | 'nextAttemptAt'>): number {
  return d.leaseToken !== undefined ? (d.leaseUntil ?? 0) : (d.nextAttemptAt ?? 0);
}

/** The next record of a replay (see WebhookStore.replay), or undefined to leave it. */
export function replayed(d: Delivery, now: number): Delivery | undefined {
  if (d.status === 'PENDING' && inFlight(d, now)) return undefined;
  return {
    ...d,
    status: 'PENDING',
    step: 0,
    nextAttemptAt: now,
    leaseToken: undefined,
    leaseUntil: undefined,
  };
}

/**
 * The next record of an enableWebhook: `disabled` and what goes with it cleared, or undefined (write
 * nothing) when it is not disabled. Given to updateEndpoint, so it is judged on the record being
 * replaced: an enable that raced a rotation keeps the new secret, and one that finds the endpoint
 * already enabled changes nothing.
 */
export function enabled(e: WebhookEndpoint): WebhookEndpoint | undefined {
  if (!e.disabled) return undefined;
  const { disabledAt: _at, disabledReason: _reason, ...rest } = e;
  return { ...rest, disabled: false };
}

/** The next record of a settlement (see WebhookStore.settle), or undefined when the lease is not this one. */
export function settled(d: Delivery, token: string, s: Settlement): Delivery | undefined {
  if (d.status !== 'PENDING' || d.leaseToken !== token) return undefined;
  return {
    ...d,
    status: s.status,
    step: s.step,
    nextAttemptAt: s.status === 'PENDING' ? s.nextAttemptAt : undefined,
    lastAttemptAt: s.lastAttemptAt,
    responseStatus: s.responseStatus,
    lastError: s.lastError,
    leaseToken: undefined,
    leaseUntil: undefined,
  };
}

/**
 * An endpoint record as stored (JSON), or undefined when it is not one (damaged, or written by
 * something else under our key): such a record reads as unknown.
 */
export function decodeEndpoint(json: string): WebhookEndpoint | undefined {
  let r: unknown;
  try {
    r = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof r !== 'object' || r === null) return undefined;
  const e = r as Record<string, unknown>;
  if (
    typeof e.id !== 'string' ||
    typeof e.owner !== 'string' ||
    typeof e.url !== 'string' ||
    !Array.isArray(e.events) ||
    typeof e.secret !== 'string' ||
    typeof e.createdAt !== 'number' ||
    typeof e.disabled !== 'boolean'
  ) {
    return undefined;
  }
  return e as unknown as WebhookEndpoint;
}

export function encodeEndpoint(e: WebhookEndpoint): string {
  return JSON.stringify(e);
}
