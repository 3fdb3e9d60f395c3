import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * graphql-http's GraphQL-over-HTTP audit suite against the gateway listening on loopback, with
 * every plugin of ours in place: plain yoga passes all 61, and so must we. Each audit sends its
 * requests as a plain non-browser client would (no Origin, no CSRF header).
 */
async function audit(env: Record<string, string>) {
  const sim = await startTestSimulator();
  const { gateway, log } = await startTestGateway(sim, env);
  const server = await listen(gateway, log.logger);
  const audits = serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch });
  const results = await Promise.all(audits.map((a) => a.fn()));
  const failed = results
    .filter((r) => r.status !== 'ok')
    .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
  return { total: results.length, failed };
}

describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  it('passes all 61 audits in development mode', async () => {
    const { total, failed } = await audit({});
    expect(failed).toEqual([]);
    expect(total).toBe(61);
  });

  it('passes all 61 audits with the production defaults (CSRF, CORS allow-list, masking) and introspection on', async () => {
    // Four audits query `__type(name: $name)`, which is introspection: with it off they cannot pass.
    const { total, failed } = await audit({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    expect(failed).toEqual([]);
    expect(total).toBe(61);
  });

  it('with introspection off (the production default) fails only the 4 audits that run `__type(name: $name)`', async () => {
    // `__type` is introspection: allowing it would let a client walk the whole schema type by type.
    const { failed } = await audit({ NODE_ENV: 'production' });
    expect(failed.map((f) => f.slice(0, 4)).sort()).toEqual(['28B9', '2EA1', '6A70', 'D6D5']);
  });
});
