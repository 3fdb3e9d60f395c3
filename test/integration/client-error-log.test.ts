import { describe, expect, it } from 'vitest';
import { startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * Client mistakes are logged as what they are: one info line each with the code and the request
 * id the client got back in `x-request-id`, never an error-level line (issue 14).
 */
describe('logs of client mistakes', () => {
  it('are info lines with their code and request id, not errors', async () => {
    const sim = await startTestSimulator();
    const t = await startTestGateway(sim);
    const post = async (query: string) => {
      const res = await t.gateway.app.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query }),
      });
      await res.text();
      return res.headers.get('x-request-id') ?? '';
    };
    const ids = {
      BAD_USER_INPUT: await post('mutation { submitJob(input: { prompt: "a cup", faceCount: 5 }) { id } }'),
      NOT_FOUND: await post('subscription { jobStatus(id: "job_0123456789abcdef") { id } }'),
      GRAPHQL_VALIDATION_FAILED: await post('{ jobz }'),
    };
    const lines = t.log.lines();
    expect(lines.filter((l) => Number(l.level) >= 50)).toEqual([]);
    const clientLines = lines.filter((l) => l.msg === 'client error');
    for (const [code, requestId] of Object.entries(ids)) {
      expect(requestId).not.toBe('');
      expect(clientLines, code).toContainEqual(expect.objectContaining({ level: 30, code, requestId }));
    }
    expect(clientLines.find((l) => l.code === 'BAD_USER_INPUT')?.message).toMatch(/faceCount/);
  });
});
