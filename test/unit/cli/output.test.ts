import { describe, expect, it } from 'vitest';
import { describeError, EXIT, networkReason, UsageError } from '../../../src/cli/exit-codes.ts';
import {
  describeState,
  formatDuration,
  formatEta,
  formatJobTable,
  progressLine,
} from '../../../src/cli/format.ts';
import { ProgressLine } from '../../../src/cli/progress.ts';
import {
  GatewayClientError,
  GatewayHttpError,
  GatewayRequestError,
  GatewayUnreachableError,
} from '../../../src/client/errors.ts';
import type { Job } from '../../../src/client/types.ts';

const T0 = Date.UTC(2026, 10, 30, 12, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

/** A snapshot with the fields the CLI reads; the rest of the client's fragment does not matter here. */
function job(patch: Partial<Job> = {}): Job {
  const base: Partial<Job> = {
    id: 'job_0123456789abcdef',
    kind: 'PRO',
    status: 'QUEUED',
    version: 1,
    prompt: 'a chair',
    imageUrl: null,
    submittedAt: iso(T0),
    startedAt: null,
    finishedAt: null,
    expiresAt: null,
    queuePosition: null,
    queueReason: null,
    estimatedCompletionAt: null,
    progress: null,
    progressIsEstimate: false,
    stalled: false,
    attempts: 1,
    errorCode: null,
    errorMessage: null,
    upstreamJobId: null,
    pipelineId: null,
    pipelineStep: null,
    format: null,
    file: null,
    retryOf: null,
    resultFiles: [],
  };
  return { ...base, ...patch } as Job;
}

describe('job text', () => {
  it('says where a job stands', () => {
    expect(describeState(job({ queuePosition: 2, queueReason: 'SLOTS_BUSY' }))).toBe(
      'QUEUED #2 (SLOTS_BUSY)',
    );
    expect(describeState(job({ status: 'RUN', progress: 45 }))).toBe('RUN 45%');
    expect(describeState(job({ status: 'RUN', progress: 97, stalled: true, attempts: 2 }))).toBe(
      'RUN 97% stalled attempt 2',
    );
    expect(describeState(job({ status: 'FAIL', errorCode: 'InvalidParameter' }))).toBe(
      'FAIL InvalidParameter',
    );
  });

  it('shows the countdown to the estimate and the time since submission', () => {
    const running = job({ status: 'RUN', progress: 40, estimatedCompletionAt: iso(T0 + 95_000) });
    const line = progressLine(running, T0 + 7_000);
    expect(line).toMatch(/^job_0123456789abcdef RUN 40% · done in 1m 28s \(\d\d:\d\d:\d\d\) · 0:07$/);
    const done = job({ status: 'DONE', finishedAt: iso(T0 + 65_000), estimatedCompletionAt: iso(T0) });
    expect(progressLine(done, T0 + 999_000)).toBe('job_0123456789abcdef DONE · 1:05');
  });

  it('formats durations and estimates', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatEta(iso(T0 + 42_000), T0)).toBe('in 42s');
    expect(formatEta(iso(T0 - 1), T0)).toBe('any moment');
    expect(formatEta(iso(T0 + 2 * 3_600_000 + 5 * 60_000), T0)).toBe('in 2h 05m');
  });

  it('lists jobs in aligned columns', () => {
    const table = formatJobTable([
      job({ status: 'DONE' }),
      job({ id: 'job_fedcba9876543210', kind: 'RAPID', prompt: `${'long '.repeat(20)}end` }),
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+KIND\s+SUBMITTED\s+PROMPT$/);
    expect(lines[1]!.indexOf('PRO')).toBe(lines[2]!.indexOf('RAPID'));
    expect(lines[2]).toMatch(/…$/);
    expect(formatJobTable([])).toBe('no jobs\n');
  });
});

function sink(isTTY: boolean, columns?: number) {
  let text = '';
  return {
    stream: { isTTY, columns, write: (s: string) => (text += s) },
    text: () => text,
  };
}

describe('the progress line', () => {
  it('rewrites one line in place on a terminal, cut to its width', () => {
    const out = sink(true, 20);
    const p = new ProgressLine(out.stream, { now: () => 0, tickMs: 60_000 });
    p.update(() => 'job QUEUED #3 (SLOTS_BUSY) waiting', 'a');
    p.update(() => 'job RUN 10%', 'b');
    p.end();
    expect(out.text()).toBe('\rjob QUEUED #3 (SLO…\x1b[K\rjob RUN 10%\x1b[K\n');
  });

  it('prints one plain line per change of state elsewhere', () => {
    const out = sink(false);
    const p = new ProgressLine(out.stream, { now: () => 0 });
    p.update(() => 'job WAIT 0:01', 'WAIT');
    p.update(() => 'job WAIT 0:02', 'WAIT');
    p.update(() => 'job RUN 0:03', 'RUN');
    p.end();
    expect(out.text()).toBe('job WAIT 0:01\njob RUN 0:03\n');
  });

  it('redraws on a terminal as time passes, between events', async () => {
    const out = sink(true, 80);
    let now = 0;
    const p = new ProgressLine(out.stream, { now: () => now, tickMs: 5 });
    p.update((at) => `elapsed ${at}`, 'x');
    now = 1000;
    await new Promise((r) => setTimeout(r, 30));
    p.end();
    expect(out.text()).toContain('\relapsed 0\x1b[K');
    expect(out.text()).toContain('\relapsed 1000\x1b[K');
    const after = out.text();
    await new Promise((r) => setTimeout(r, 20));
    expect(out.text()).toBe(after);
  });
});

describe('exit codes and messages', () => {
  const url = 'http://127.0.0.1:4000';
  it('names the cause of an unreachable gateway', () => {
    const refused = new GatewayUnreachableError(`${url}/graphql`, {
      cause: new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      }),
    });
    expect(describeError(refused, url)).toEqual({
      exitCode: EXIT.UNREACHABLE,
      message: `cannot reach the gateway at ${url}: connection refused`,
    });
    const many = new AggregateError([Object.assign(new Error('x'), { code: 'EHOSTUNREACH' })]);
    expect(networkReason(new TypeError('fetch failed', { cause: many }))).toBe('host unreachable');
    expect(networkReason(new TypeError('fetch failed', { cause: new Error('bad port') }))).toMatch(
      /bad port/,
    );
  });

  it('tells a refused key from a refused request', () => {
    const auth = new GatewayRequestError('Missing or invalid API key', 'UNAUTHENTICATED', [], 401);
    expect(describeError(auth, url).exitCode).toBe(EXIT.AUTH);
    expect(describeError(auth, url).message).toMatch(
      /refused the API key: Missing or invalid API key \(UNAUTHENTICATED\)/,
    );
    expect(describeError(new GatewayHttpError(403, 'no'), url).exitCode).toBe(EXIT.AUTH);
    const bad = new GatewayRequestError(
      'faceCount must be between 3000 and 1500000',
      'BAD_USER_INPUT',
      [{ message: 'faceCount must be…', extensions: { code: 'BAD_USER_INPUT', field: 'input.faceCount' } }],
      200,
    );
    expect(describeError(bad, url)).toEqual({
      exitCode: EXIT.REFUSED,
      message:
        'the gateway refused the request: faceCount must be between 3000 and 1500000 [input.faceCount] (BAD_USER_INPUT)',
    });
    expect(describeError(new GatewayHttpError(413, 'too large'), url).exitCode).toBe(EXIT.REFUSED);
    expect(describeError(new GatewayHttpError(502, ''), url).exitCode).toBe(EXIT.OTHER);
    expect(describeError(new GatewayRequestError('x', 'INTERNAL_SERVER_ERROR', [], 200), url).exitCode).toBe(
      EXIT.OTHER,
    );
  });

  it('maps the rest', () => {
    expect(describeError(new UsageError('no'), url)).toEqual({ exitCode: EXIT.USAGE, message: 'no' });
    expect(describeError(new GatewayClientError('stream kept dropping'), url).exitCode).toBe(EXIT.OTHER);
    expect(describeError(new RangeError('boom'), url)).toEqual({
      exitCode: EXIT.OTHER,
      message: 'unexpected error: boom',
    });
  });
});
