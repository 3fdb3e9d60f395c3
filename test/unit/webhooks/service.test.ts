import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { WebhookNotFoundError, WebhookTargetNotAllowedError } from '../../../src/webhooks/errors.ts';
import { createWebhookService } from '../../../src/webhooks/service.ts';
import { createMemoryWebhookStore } from '../../../src/webhooks/store-memory.ts';

const AT = Date.UTC(2026, 0, 1);

/** A service with the SSRF guard on, over a resolver the test points wherever it wants. */
function setup() {
  const store = createMemoryWebhookStore();
  const dns = { address: '93.184.216.34', lookups: 0 };
  const service = createWebhookService({
    store,
    now: () => AT,
    log: pino({ level: 'silent' }),
    allowPrivateTargets: false,
    maxPerKey: 20,
    secretOverlapMs: 60_000,
    resolve: async () => {
      dns.lookups += 1;
      return [dns.address];
    },
  });
  return { store, dns, service };
}

const gone = { disabled: true, disabledAt: AT, disabledReason: 'HTTP 410 Gone' } as const;

describe('enableWebhook (service)', () => {
  it('clears disabled after checking the URL again, and refuses it when the name now resolves inward', async () => {
    const { store, dns, service } = setup();
    const hook = await service.create('alice', {
      url: 'https://hooks.example.com/h',
      events: undefined,
      origin: undefined,
    });
    await store.updateEndpoint(hook.id, (e) => ({ ...e, ...gone }));

    // The name moved to an internal address since createWebhook: the same refusal as createWebhook's.
    dns.address = '10.0.0.7';
    const refused = service.enable('alice', hook.id);
    await expect(refused).rejects.toBeInstanceOf(WebhookTargetNotAllowedError);
    await expect(refused).rejects.toMatchObject({ host: 'hooks.example.com', address: '10.0.0.7' });
    expect(await store.getEndpoint(hook.id)).toMatchObject(gone);

    dns.address = '93.184.216.35';
    const enabled = await service.enable('alice', hook.id);
    expect(enabled).toMatchObject({ id: hook.id, disabled: false, secret: hook.secret });
    expect(enabled.disabledReason).toBeUndefined();
    expect(await store.getEndpoint(hook.id)).toStrictEqual(enabled);

    // Not disabled: answered as it is, without a lookup or a write.
    const lookups = dns.lookups;
    expect(await service.enable('alice', hook.id)).toStrictEqual(enabled);
    expect(dns.lookups).toBe(lookups);
  });

  it("answers NOT_FOUND for another key's webhook, an unknown id and a malformed one, and changes nothing", async () => {
    const { store, service } = setup();
    const hook = await service.create('alice', {
      url: 'https://hooks.example.com/h',
      events: undefined,
      origin: undefined,
    });
    await store.updateEndpoint(hook.id, (e) => ({ ...e, ...gone }));
    for (const [owner, id] of [
      ['bob', hook.id],
      ['alice', 'wh_AAAAAAAAAAAAAAAA'],
      ['alice', 'not-an-id'],
    ] as const) {
      await expect(service.enable(owner, id), `${owner} ${id}`).rejects.toBeInstanceOf(WebhookNotFoundError);
    }
    expect(await store.getEndpoint(hook.id)).toMatchObject(gone);
  });
});
