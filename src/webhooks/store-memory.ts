import { TooManyWebhooksError } from './errors.ts';
import {
  claimableAt,
  type Delivery,
  inFlight,
  pendingDelivery,
  replayed,
  settled,
  type WebhookEndpoint,
  type WebhookStore,
} from './store.ts';

/**
 * Webhooks in this process (GATEWAY_DB=:memory: and tests): forgotten on restart. Records are
 * cloned on the way in and out, as the durable stores effectively do. Every method runs to its end
 * without awaiting, so each is atomic.
 */
export function createMemoryWebhookStore(): WebhookStore {
  const endpoints = new Map<string, WebhookEndpoint>();
  /** Insertion order is creation order. */
  const deliveries = new Map<string, Delivery>();
  /** Event key → when it was added. */
  const events = new Map<string, number>();
  let mark: number | undefined;
  const clone = <T>(value: T): T => structuredClone(value);

  /** At most `max` per endpoint: the oldest finished go; a PENDING delivery is never dropped for room. */
  function trim(endpointId: string, max: number): void {
    const all = [...deliveries.values()].filter((d) => d.endpointId === endpointId);
    let over = all.length - max;
    for (const d of all) {
      if (over <= 0) break;
      if (d.status === 'PENDING') continue;
      deliveries.delete(d.id);
      over -= 1;
    }
  }

  return {
    async createEndpoint(endpoint, maxPerOwner) {
      const count = [...endpoints.values()].filter((e) => e.owner === endpoint.owner).length;
      if (count >= maxPerOwner) throw new TooManyWebhooksError(maxPerOwner);
      endpoints.set(endpoint.id, clone(endpoint));
    },
    async getEndpoint(id) {
      const e = endpoints.get(id);
      return e && clone(e);
    },
    async listEndpoints(owner) {
      return [...endpoints.values()].filter((e) => e.owner === owner).map(clone);
    },
    async updateEndpoint(id, change) {
      const current = endpoints.get(id);
      if (!current) return undefined;
      const next = change(clone(current));
      if (!next) return clone(current);
      endpoints.set(id, clone({ ...next, id }));
      return clone(next);
    },
    async deleteEndpoint(id) {
      if (!endpoints.delete(id)) return false;
      for (const d of [...deliveries.values()]) if (d.endpointId === id) deliveries.delete(d.id);
      return true;
    },
    async addEvent(event, list, opts) {
      if (events.has(event.key)) return false;
      events.set(event.key, event.createdAt);
      for (const d of list) deliveries.set(d.id, pendingDelivery(clone(d)));
      for (const endpointId of new Set(list.map((d) => d.endpointId))) trim(endpointId, opts.maxPerEndpoint);
      return true;
    },
    async claimDue(now, limit, lease) {
      const due = [...deliveries.values()]
        .filter((d) => d.status === 'PENDING' && claimableAt(d) <= now)
        .sort((a, b) => claimableAt(a) - claimableAt(b))
        .slice(0, limit);
      return due.map((d) => {
        const next: Delivery = {
          ...d,
          attempts: d.attempts + 1,
          leaseToken: lease.token,
          leaseUntil: lease.until,
        };
        deliveries.set(d.id, next);
        return clone(next);
      });
    },
    async settle(id, token, settlement) {
      const current = deliveries.get(id);
      const next = current && settled(current, token, settlement);
      if (!next) return false;
      deliveries.set(id, next);
      return true;
    },
    async getDelivery(id) {
      const d = deliveries.get(id);
      return d && clone(d);
    },
    async listDeliveries(endpointId, limit) {
      return [...deliveries.values()]
        .filter((d) => d.endpointId === endpointId)
        .reverse()
        .slice(0, limit)
        .map(clone);
    },
    async replay(id, now) {
      const current = deliveries.get(id);
      if (!current) return undefined;
      const next = replayed(current, now);
      if (next) deliveries.set(id, next);
      return clone(next ?? current);
    },
    async countPending() {
      let count = 0;
      for (const d of deliveries.values()) if (d.status === 'PENDING') count += 1;
      return count;
    },
    async disableDeliveries(endpointId, now) {
      let count = 0;
      for (const d of deliveries.values()) {
        if (d.endpointId !== endpointId || d.status !== 'PENDING' || inFlight(d, now)) continue;
        deliveries.set(d.id, {
          ...d,
          status: 'DISABLED',
          nextAttemptAt: undefined,
          leaseToken: undefined,
          leaseUntil: undefined,
        });
        count += 1;
      }
      return count;
    },
    async prune(before, limit) {
      let count = 0;
      for (const d of [...deliveries.values()]) {
        if (count >= limit) break;
        if (d.createdAt < before) {
          deliveries.delete(d.id);
          count += 1;
        }
      }
      for (const [key, at] of [...events]) {
        if (count >= limit) break;
        if (at < before) {
          events.delete(key);
          count += 1;
        }
      }
      return count;
    },
    async watermark() {
      return mark;
    },
    async advanceWatermark(to) {
      mark = Math.max(mark ?? to, to);
    },
    async ping() {},
    async close() {},
  };
}
