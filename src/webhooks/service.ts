import type { Logger } from 'pino';
import { InvalidWebhookInputError, WebhookDisabledError, WebhookNotFoundError } from './errors.ts';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES, type WebhookEventType } from './events.ts';
import { newSecret } from './signer.ts';
import { checkTarget, type Resolver } from './ssrf.ts';
import {
  DELIVERY_ID_RE,
  type Delivery,
  ENDPOINT_ID_RE,
  enabled,
  newEndpointId,
  type WebhookEndpoint,
  type WebhookStore,
} from './store.ts';

/** The webhooks API the GraphQL layer calls; every call is on behalf of one owner (an API key). */
export interface WebhookService {
  /** A new endpoint; the answer is the only one, with rotate's, that carries the secret. */
  create(
    owner: string,
    input: { url: string; events: readonly string[] | undefined; origin: string | undefined },
  ): Promise<WebhookEndpoint>;
  /** The owner's endpoints, oldest first. */
  list(owner: string): Promise<WebhookEndpoint[]>;
  /** Deletes one of the owner's endpoints with its delivery log; false when there is none. */
  delete(owner: string, id: string): Promise<boolean>;
  /** A new secret; the old one keeps signing too until the overlap ends. */
  rotate(owner: string, id: string): Promise<WebhookEndpoint>;
  /**
   * Turns a disabled endpoint (410 Gone) back on, its URL checked again as at creation; the endpoint
   * as it is when it was not disabled. Its DISABLED deliveries stay DISABLED (replay them).
   */
  enable(owner: string, id: string): Promise<WebhookEndpoint>;
  /** The endpoint's deliveries, newest first. */
  deliveries(owner: string, endpointId: string, first: number): Promise<Delivery[]>;
  /** Queues a delivery again, due now. */
  replay(owner: string, id: string): Promise<Delivery>;
}

export interface WebhookServiceOptions {
  store: WebhookStore;
  now: () => number;
  log: Logger;
  allowPrivateTargets: boolean;
  /** Endpoints one key may have. */
  maxPerKey: number;
  /** How long the secret before a rotation still signs. */
  secretOverlapMs: number;
  /** A replay was queued: the worker may send it now. */
  onQueued?: () => void;
  /** How names resolve for the SSRF check (tests). */
  resolve?: Resolver;
}

export const MAX_URL_LENGTH = 2048;
export const DELIVERIES_PAGE = { default: 20, max: 100 } as const;

/** The URL as given, checked: http(s), at most MAX_URL_LENGTH, no credentials, a host. */
export function parseWebhookUrl(text: string): URL {
  if (text.length > MAX_URL_LENGTH)
    throw new InvalidWebhookInputError('url', `url must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidWebhookInputError('url', 'url must be an absolute http:// or https:// URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidWebhookInputError(
      'url',
      `url must use http or https, not ${url.protocol.replace(/:$/, '')}`,
    );
  if (url.username !== '' || url.password !== '')
    throw new InvalidWebhookInputError('url', 'url must not carry credentials (user:password@)');
  if (url.hostname === '') throw new InvalidWebhookInputError('url', 'url must name a host');
  return url;
}

/** Event names as given → the types, deduplicated; all of them when none are given. */
export function parseEventTypes(names: readonly string[] | undefined): WebhookEventType[] {
  if (names === undefined) return [...WEBHOOK_EVENT_TYPES];
  if (names.length === 0)
    throw new InvalidWebhookInputError(
      'events',
      'events must name at least one event (or be omitted for all)',
    );
  const types: WebhookEventType[] = [];
  names.forEach((name, i) => {
    if (!isWebhookEventType(name)) {
      throw new InvalidWebhookInputError(
        `events[${i}]`,
        `events[${i}]: "${name.slice(0, 60)}" is not an event; use ${WEBHOOK_EVENT_TYPES.join(', ')}`,
      );
    }
    if (!types.includes(name)) types.push(name);
  });
  return types;
}

export function createWebhookService(opts: WebhookServiceOptions): WebhookService {
  const { store, now } = opts;

  async function own(owner: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = ENDPOINT_ID_RE.test(id) ? await store.getEndpoint(id) : undefined;
    if (!endpoint || endpoint.owner !== owner) throw new WebhookNotFoundError('webhook', id);
    return endpoint;
  }

  return {
    async create(owner, input) {
      const url = parseWebhookUrl(input.url);
      const events = parseEventTypes(input.events);
      await checkTarget(url, { allowPrivate: opts.allowPrivateTargets, resolve: opts.resolve });
      const endpoint: WebhookEndpoint = {
        id: newEndpointId(),
        owner,
        url: url.href,
        events,
        secret: newSecret(),
        createdAt: now(),
        disabled: false,
        ...(input.origin ? { filesOrigin: input.origin } : {}),
      };
      await store.createEndpoint(endpoint, opts.maxPerKey);
      opts.log.info({ endpointId: endpoint.id, owner, host: url.host, events }, 'webhook created');
      return endpoint;
    },
    list: (owner) => store.listEndpoints(owner),
    async delete(owner, id) {
      const endpoint = ENDPOINT_ID_RE.test(id) ? await store.getEndpoint(id) : undefined;
      if (!endpoint || endpoint.owner !== owner) return false;
      const deleted = await store.deleteEndpoint(id);
      if (deleted) opts.log.info({ endpointId: id, owner }, 'webhook deleted');
      return deleted;
    },
    async rotate(owner, id) {
      await own(owner, id);
      const at = now();
      const rotated = await store.updateEndpoint(id, (e) => ({
        ...e,
        secret: newSecret(),
        previousSecret: e.secret,
        previousSecretExpiresAt: at + opts.secretOverlapMs,
      }));
      if (!rotated) throw new WebhookNotFoundError('webhook', id);
      opts.log.info({ endpointId: id, owner }, 'webhook secret rotated');
      return rotated;
    },
    async enable(owner, id) {
      const endpoint = await own(owner, id);
      if (!endpoint.disabled) return endpoint;
      // What the name resolves to may have changed since createWebhook checked it (a receiver that
      // went away may have been replaced), so it passes the same guard again, with the same error.
      await checkTarget(new URL(endpoint.url), {
        allowPrivate: opts.allowPrivateTargets,
        resolve: opts.resolve,
      });
      // Conditional: `enabled` is asked about the record it replaces, so a rotation in between is kept.
      const next = await store.updateEndpoint(id, enabled);
      if (!next) throw new WebhookNotFoundError('webhook', id);
      // Nothing to nudge the worker for: the 410 left no PENDING delivery, and events derived while it
      // was disabled were not queued for it (derive.ts); the next one derived is added and sent as usual.
      opts.log.info({ endpointId: id, owner }, 'webhook enabled');
      return next;
    },
    async deliveries(owner, endpointId, first) {
      if (!Number.isInteger(first) || first < 1 || first > DELIVERIES_PAGE.max)
        throw new InvalidWebhookInputError(
          'first',
          `first must be between 1 and ${DELIVERIES_PAGE.max}, got ${first}`,
        );
      await own(owner, endpointId);
      return store.listDeliveries(endpointId, first);
    },
    async replay(owner, id) {
      const delivery = DELIVERY_ID_RE.test(id) ? await store.getDelivery(id) : undefined;
      if (!delivery || delivery.owner !== owner) throw new WebhookNotFoundError('delivery', id);
      const endpoint = await store.getEndpoint(delivery.endpointId);
      if (!endpoint) throw new WebhookNotFoundError('delivery', id);
      if (endpoint.disabled) throw new WebhookDisabledError(endpoint.id);
      const replayed = await store.replay(id, now());
      if (!replayed) throw new WebhookNotFoundError('delivery', id);
      opts.onQueued?.();
      return replayed;
    },
  };
}
