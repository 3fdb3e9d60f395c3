import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import {
  jobEventId,
  parseJobEventId,
  parsePipelineEventId,
  pipelineEventId,
  resumePosition,
} from '../../../src/graphql/event-ids.ts';
import { createSseEventIds, type SseEventIds } from '../../../src/http/sse-event-ids.ts';
import type { PipelineView } from '../../../src/jobs/domain/pipeline.ts';
import { storedJob } from '../../helpers/job-records.ts';

const JOB = storedJob({ id: 'job_AbCdEfGhIjKlMnOp', version: 3 });
const PIPELINE: PipelineView = {
  id: 'pl_AbCdEfGhIjKlMnOp',
  owner: '',
  steps: [JOB, storedJob({ version: 1 }), storedJob({ version: 12 })],
};

describe('SSE event ids', () => {
  it('name a job by its id and version, a pipeline by its id and every step version', () => {
    expect(jobEventId(JOB)).toBe('job_AbCdEfGhIjKlMnOp:3');
    expect(pipelineEventId(PIPELINE)).toBe('pl_AbCdEfGhIjKlMnOp:3.1.12');
  });

  it('read back only ids of the same job or pipeline', () => {
    expect(parseJobEventId('job_AbCdEfGhIjKlMnOp:3', JOB.id)).toBe(3);
    expect(parseJobEventId(' job_AbCdEfGhIjKlMnOp:41 ', JOB.id)).toBe(41);
    expect(parsePipelineEventId('pl_AbCdEfGhIjKlMnOp:3.1.12', PIPELINE)).toEqual([3, 1, 12]);
    for (const bad of [
      '',
      'garbage',
      'job_AbCdEfGhIjKlMnOp',
      'job_AbCdEfGhIjKlMnOp:',
      'job_AbCdEfGhIjKlMnOp:0',
      'job_AbCdEfGhIjKlMnOp:03',
      'job_AbCdEfGhIjKlMnOp:-1',
      'job_AbCdEfGhIjKlMnOp:1e3',
      'job_AbCdEfGhIjKlMnOp:3.4',
      `job_AbCdEfGhIjKlMnOp:${'9'.repeat(16)}`,
      'job_ZZZZZZZZZZZZZZZZ:3',
      'pl_AbCdEfGhIjKlMnOp:3',
      `job_AbCdEfGhIjKlMnOp:3${' '.repeat(300)}x`,
    ]) {
      expect(parseJobEventId(bad, JOB.id), bad).toBeUndefined();
    }
    for (const bad of [
      'pl_AbCdEfGhIjKlMnOp:3.1',
      'pl_AbCdEfGhIjKlMnOp:3.1.12.1',
      'pl_AbCdEfGhIjKlMnOp:3..12',
    ]) {
      expect(parsePipelineEventId(bad, PIPELINE), bad).toBeUndefined();
    }
  });

  it('resumePosition ignores a missing header quietly and a foreign one with a debug line', () => {
    const debug = vi.fn();
    const ctx = (lastEventId: string | undefined) => ({
      sse: { lastEventId, set: () => {} } satisfies SseEventIds,
      log: { debug } as never,
    });
    const parse = (text: string) => parseJobEventId(text, JOB.id);
    expect(resumePosition(ctx(undefined), parse)).toBeUndefined();
    expect(resumePosition({ sse: undefined, log: { debug } as never }, parse)).toBeUndefined();
    expect(debug).not.toHaveBeenCalled();
    expect(resumePosition(ctx('job_AbCdEfGhIjKlMnOp:2'), parse)).toBe(2);
    expect(resumePosition(ctx('nonsense'), parse)).toBeUndefined();
    expect(debug).toHaveBeenCalledTimes(1);
  });
});

describe('the SSE event id plugin', () => {
  /** A yoga whose `count` subscription names each event `n:<i>` (and leaves event 2 unnamed). */
  function app() {
    const ids = createSseEventIds();
    const yoga = createYoga<{ request: Request }>({
      schema: createSchema<{ sse: SseEventIds | undefined }>({
        typeDefs: 'type Query { lastEventId: String } type Subscription { count: Int! }',
        resolvers: {
          Query: { lastEventId: (_r, _a, ctx) => ctx.sse?.lastEventId ?? null },
          Subscription: {
            count: {
              subscribe: async function* () {
                for (let i = 1; i <= 3; i++) yield i;
              },
              resolve: (i: number, _a, ctx) => {
                if (i !== 2) ctx.sse?.set(`n:${i}`);
                return i;
              },
            },
          },
        },
      }),
      context: ({ request }) => ({ sse: ids.of(request) }),
      plugins: [ids.plugin],
      logging: false,
    });
    return yoga;
  }

  it('adds `id:` to the events named, leaves the rest and the end as yoga writes them', async () => {
    const res = await app().fetch('http://test/graphql?query=subscription%7Bcount%7D', {
      headers: { accept: 'text/event-stream' },
    });
    const text = (await res.text()).replace(/^:\n\n/gm, '');
    expect(text).toBe(
      'event: next\ndata: {"data":{"count":1}}\nid: n:1\n\n' +
        'event: next\ndata: {"data":{"count":2}}\n\n' +
        'event: next\ndata: {"data":{"count":3}}\nid: n:3\n\n' +
        'event: complete\ndata:\n\n',
    );
  });

  it('hands the Last-Event-ID header over as sent, and changes no single result', async () => {
    const res = await app().fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'last-event-id': 'job_x:1' },
      body: JSON.stringify({ query: '{ lastEventId }' }),
    });
    expect(await res.json()).toEqual({ data: { lastEventId: 'job_x:1' } });
  });

  it('never writes an id that could break the stream', async () => {
    const ids = createSseEventIds();
    const request = new Request('http://test/graphql');
    const sse = ids.of(request) as SseEventIds;
    expect(ids.of(request)).toBe(sse);
    expect(ids.of(undefined)).toBeUndefined();
    // A name with a line break is dropped: the event goes out without an id.
    sse.set('a\nid: b');
    let processed: unknown;
    const result = (async function* () {
      yield { data: { x: 1 } };
    })();
    await ids.plugin.onResultProcess?.({
      request,
      result,
      setResult: (r: unknown) => {
        processed = r;
      },
    } as never);
    const first = await (processed as AsyncGenerator<{ stringify?: unknown }>).next();
    expect(first.value?.stringify).toBeUndefined();
  });
});
