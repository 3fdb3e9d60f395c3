import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import {
  DEFAULT_RETRY_SCHEDULE,
  nextAttemptAt,
  parseDuration,
  parseSchedule,
} from '../../../src/webhooks/schedule.ts';

const S = 1000;
const M = 60 * S;
const H = 60 * M;

describe('webhook retry schedule', () => {
  it("defaults to Svix's: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h", () => {
    expect(parseSchedule(DEFAULT_RETRY_SCHEDULE)).toEqual([
      0,
      5 * S,
      5 * M,
      30 * M,
      2 * H,
      5 * H,
      10 * H,
      10 * H,
    ]);
    expect(loadConfig({}).webhooks.retrySchedule).toEqual(parseSchedule(DEFAULT_RETRY_SCHEDULE));
  });

  it('reads durations with units, and plain 0', () => {
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration(' 3s ')).toBe(3 * S);
    expect(parseDuration('2h')).toBe(2 * H);
    expect(parseDuration('1d')).toBe(24 * H);
    for (const bad of ['', '5', '-1s', '1.5s', '5 min', 's', '1w'])
      expect(parseDuration(bad), bad).toBeUndefined();
  });

  it('refuses empty entries, too many attempts and delays over 7 days', () => {
    expect(parseSchedule('0,100ms,200ms')).toEqual([0, 100, 200]);
    expect(parseSchedule('')).toBeUndefined();
    expect(parseSchedule('0,,5s')).toBeUndefined();
    expect(parseSchedule(Array(51).fill('1s').join(','))).toBeUndefined();
    expect(parseSchedule('0,8d')).toBeUndefined();
  });

  it('gives each attempt its delay after the previous one ended, then none', () => {
    const schedule = parseSchedule('0,5s,5m')!;
    expect(nextAttemptAt(schedule, 0, 1000)).toBe(1000 + 5 * S);
    expect(nextAttemptAt(schedule, 1, 2000)).toBe(2000 + 5 * M);
    expect(nextAttemptAt(schedule, 2, 3000)).toBeUndefined();
  });

  it('is configured by WEBHOOK_RETRY_SCHEDULE, and a bad one names the variable', () => {
    expect(loadConfig({ WEBHOOK_RETRY_SCHEDULE: '0,50ms,1s' }).webhooks.retrySchedule).toEqual([0, 50, 1000]);
    expect(() => loadConfig({ WEBHOOK_RETRY_SCHEDULE: '0,soon' })).toThrow(/WEBHOOK_RETRY_SCHEDULE="0,soon"/);
    expect(() => loadConfig({ WEBHOOK_SECRET_OVERLAP: 'a day' })).toThrow(/WEBHOOK_SECRET_OVERLAP/);
    expect(() => loadConfig({ WEBHOOK_PUBLIC_ORIGIN: 'https://gw.example.com/path' })).toThrow(
      /WEBHOOK_PUBLIC_ORIGIN/,
    );
  });

  it('has safe defaults for the other webhook settings (private targets refused)', () => {
    expect(loadConfig({}).webhooks).toMatchObject({
      allowPrivateTargets: false,
      timeoutMs: 15_000,
      secretOverlapMs: 24 * H,
      maxPerKey: 20,
      retentionDays: 7,
      deliveriesPerEndpoint: 1000,
      publicOrigin: undefined,
    });
    expect(
      loadConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_PUBLIC_ORIGIN: 'https://gw.example.com/' })
        .webhooks,
    ).toMatchObject({ allowPrivateTargets: true, publicOrigin: 'https://gw.example.com' });
  });
});
