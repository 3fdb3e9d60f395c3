import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { type GuardedProcess, installProcessGuards, runShutdownSteps } from '../../src/process-guards.ts';

/** pino's numeric level for `error`. */
const ERROR = 50;

function memoryLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      cb();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines };
}

/** A process stand-in: emits the events, records exit calls instead of exiting. */
function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const proc: GuardedProcess & { emit: EventEmitter['emit'] } = {
    on: (event, listener) => emitter.on(event, listener),
    emit: (event, ...args) => emitter.emit(event, ...args),
    exit: (code) => {
      exits.push(code);
    },
    exitCode: undefined,
  };
  return { proc, exits, listeners: (event: string) => emitter.listenerCount(event) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('installProcessGuards', () => {
  it('installs one listener for each event', () => {
    const { proc, listeners } = fakeProcess();
    installProcessGuards(memoryLogger().logger, proc);
    expect(listeners('unhandledRejection')).toBe(1);
    expect(listeners('uncaughtException')).toBe(1);
  });

  it('an unhandled rejection is logged at error level with the error, and the process keeps running', async () => {
    const log = memoryLogger();
    const { proc, exits } = fakeProcess();
    installProcessGuards(log.logger, proc);
    proc.emit('unhandledRejection', new Error('store hiccup'), Promise.resolve());
    proc.emit('unhandledRejection', 'a bare string', Promise.resolve());
    await tick();
    expect(exits).toEqual([]);
    expect(proc.exitCode).toBeUndefined();
    expect(log.lines).toHaveLength(2);
    expect(log.lines[0]).toMatchObject({
      level: ERROR,
      msg: 'unhandled promise rejection (a bug); the gateway keeps running',
      err: { type: 'Error', message: 'store hiccup' },
    });
    expect(log.lines[0]?.err).toMatchObject({ stack: expect.stringContaining('store hiccup') });
    expect(log.lines[1]).toMatchObject({ level: ERROR, err: 'a bare string' });
  });

  it('an uncaught exception before the gateway is up: logged, exit 1 at once', () => {
    const log = memoryLogger();
    const { proc, exits } = fakeProcess();
    installProcessGuards(log.logger, proc);
    proc.emit('uncaughtException', new TypeError('boom'), 'uncaughtException');
    expect(exits).toEqual([1]);
    expect(log.lines[0]).toMatchObject({
      level: ERROR,
      msg: 'uncaught exception; stopping the gateway',
      err: { type: 'TypeError', message: 'boom' },
    });
  });

  it('an uncaught exception once up: the graceful stop runs first, then exit 1', async () => {
    const log = memoryLogger();
    const { proc, exits } = fakeProcess();
    const guards = installProcessGuards(log.logger, proc);
    let finish: () => void = () => {};
    const stop = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    guards.setGracefulStop(stop);
    proc.emit('uncaughtException', new Error('boom'), 'uncaughtException');
    // Even if the process ended on its own now, it would not end with 0.
    expect(proc.exitCode).toBe(1);
    await tick();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exits).toEqual([]);
    finish();
    await tick();
    expect(exits).toEqual([1]);
  });

  it('a graceful stop that fails is logged and still ends in exit 1', async () => {
    const log = memoryLogger();
    const { proc, exits } = fakeProcess();
    const guards = installProcessGuards(log.logger, proc);
    guards.setGracefulStop(() => Promise.reject(new Error('store close failed')));
    proc.emit('uncaughtException', new Error('boom'), 'uncaughtException');
    await tick();
    expect(exits).toEqual([1]);
    expect(log.lines.map((l) => l.msg)).toEqual([
      'uncaught exception; stopping the gateway',
      'graceful stop after an uncaught exception failed',
    ]);
    expect(log.lines[1]).toMatchObject({ level: ERROR, err: { message: 'store close failed' } });
  });

  it('a graceful stop that hangs is cut at graceMs', async () => {
    const log = memoryLogger();
    const { proc, exits } = fakeProcess();
    const guards = installProcessGuards(log.logger, proc, { graceMs: 50 });
    guards.setGracefulStop(() => new Promise(() => {}));
    proc.emit('uncaughtException', new Error('boom'), 'uncaughtException');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exits).toEqual([]);
    await expect.poll(() => exits).toEqual([1]);
    expect(log.lines.at(-1)).toMatchObject({
      level: ERROR,
      msg: 'graceful stop after an uncaught exception took too long; exiting',
    });
  });

  it('a second uncaught exception during the graceful stop exits at once', async () => {
    const { proc, exits } = fakeProcess();
    const guards = installProcessGuards(memoryLogger().logger, proc);
    guards.setGracefulStop(() => new Promise(() => {}));
    proc.emit('uncaughtException', new Error('first'), 'uncaughtException');
    proc.emit('uncaughtException', new Error('second'), 'uncaughtException');
    expect(exits).toEqual([1]);
  });
});

describe('runShutdownSteps', () => {
  it('runs every step in order and resolves true when all succeed', async () => {
    const order: string[] = [];
    const ok = await runShutdownSteps(memoryLogger().logger, [
      ['a', () => order.push('a')],
      ['b', async () => order.push('b')],
    ]);
    expect(ok).toBe(true);
    expect(order).toEqual(['a', 'b']);
  });

  it('a failing step (sync or async) is logged with its error, the others still run, resolves false', async () => {
    const log = memoryLogger();
    const order: string[] = [];
    const ok = await runShutdownSteps(log.logger, [
      [
        'refuse new work',
        () => {
          throw new Error('sync failure');
        },
      ],
      ['close the HTTP server', () => Promise.reject(new Error('server close failed'))],
      ['close the gateway', () => order.push('gateway closed')],
    ]);
    expect(ok).toBe(false);
    expect(order).toEqual(['gateway closed']);
    expect(log.lines).toEqual([
      expect.objectContaining({
        level: ERROR,
        step: 'refuse new work',
        msg: 'shutdown step failed: refuse new work',
        err: expect.objectContaining({ message: 'sync failure' }),
      }),
      expect.objectContaining({
        level: ERROR,
        step: 'close the HTTP server',
        err: expect.objectContaining({ message: 'server close failed' }),
      }),
    ]);
  });
});
