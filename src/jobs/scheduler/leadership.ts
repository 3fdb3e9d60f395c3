import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Which replica dispatches submits and polls Tencent. Tencent's limits are per account, and one
 * poller per job is what keeps N clients at one Query per interval, so exactly one replica does
 * the upstream work at a time, under a lease: when it dies, another takes over once the lease
 * lapses and recovers queued and running jobs from the shared store, as after a restart. Every
 * replica serves reads, accepts submits and streams subscriptions.
 *
 * Each time a replica gains the lease it starts a new term with a token of its own. Writes that
 * only a leader may make carry that token as a fence and the store refuses them once the term is
 * over (store.ts TransitionOptions.fence): a leader that was frozen past its lease (GC pause,
 * SIGSTOP, a stalled link) cannot overwrite what its successor decided, even before it notices.
 */
export interface Leadership {
  isLeader(): boolean;
  /** The current term's token while this process leads; undefined otherwise. */
  term(): string | undefined;
  /**
   * Called whenever leadership may have changed. Listeners read isLeader()/term() for the current
   * state rather than trusting an argument, so several quick flips collapse into the latest one.
   */
  onChange(listener: () => void): void;
  start(): Promise<void>;
  /** Gives the lease up (if held) so another replica takes over at once. Waits for a check in flight. */
  stop(): Promise<void>;
}

/** A single process is always the leader, with a new term each time it starts. */
export function createLocalLeadership(): Leadership {
  const listeners: Array<() => void> = [];
  const me = randomUUID();
  let epoch = 0;
  let token: string | undefined;
  const emit = () => {
    for (const l of listeners) l();
  };
  return {
    isLeader: () => token !== undefined,
    term: () => token,
    onChange: (l) => void listeners.push(l),
    async start() {
      if (token) return;
      epoch += 1;
      token = `${me}:${epoch}`;
      emit();
    },
    async stop() {
      if (!token) return;
      token = undefined;
      emit();
    },
  };
}

export interface RedisLeadershipOptions {
  redis: Redis;
  /** The lease key; its value is the holder's term token. @default 'h3dgw:leader' */
  key?: string;
  /** Lease length: how long a dead leader blocks a takeover. @default 5000 */
  ttlMs?: number;
  log: Logger;
  /** @default Date.now */
  now?: () => number;
}

// Renew or release only the term we hold: never extend or delete another replica's lease.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export function createRedisLeadership(opts: RedisLeadershipOptions): Leadership {
  const key = opts.key ?? 'h3dgw:leader';
  const ttlMs = opts.ttlMs ?? 5000;
  const now = opts.now ?? Date.now;
  const me = randomUUID();
  const listeners: Array<() => void> = [];
  let token: string | undefined;
  /**
   * Until when the lease is surely ours: the time the last successful acquire or renew was *sent*,
   * plus the lease. A leader frozen or cut off past it stops acting as one before anyone takes over.
   */
  let validUntil = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;
  let checking: Promise<void> | undefined;
  /** Tokens are `<replica>:<attempt>`, chosen here before sending, so they never repeat. */
  let attempts = 0;
  /**
   * A token that may hold the lease without this process knowing: an acquire or renew whose reply
   * was lost (a Redis stall past the command timeout) may still have been applied. The next check
   * renews it first; otherwise nobody would lead until that lease lapsed.
   */
  let candidate: string | undefined;

  function set(next: string | undefined): void {
    if (next === token) return;
    const was = token;
    token = next;
    opts.log.info({ replica: me, term: next ?? was }, next ? 'became leader' : 'lost leadership');
    for (const l of listeners) l();
  }

  async function check(): Promise<void> {
    const sentAt = now();
    try {
      if (token) {
        const renewed = await opts.redis.eval(RENEW, 1, key, token, String(ttlMs));
        if (renewed === 1) validUntil = sentAt + ttlMs;
        set(renewed === 1 ? token : undefined);
        return;
      }
      if (candidate) {
        const mine = candidate;
        const renewed = await opts.redis.eval(RENEW, 1, key, mine, String(ttlMs));
        candidate = undefined;
        if (renewed === 1) return took(mine, sentAt);
      }
      attempts += 1;
      const attempt = `${me}:${attempts}`;
      candidate = attempt;
      const got = await opts.redis.set(key, attempt, 'PX', ttlMs, 'NX');
      candidate = undefined;
      if (got === 'OK') await took(attempt, sentAt);
    } catch (err) {
      // Redis unreachable: we cannot prove we still hold the lease, so we stop acting as leader;
      // the lease may still be ours, so the next check tries to renew it before anything else.
      opts.log.warn({ err }, 'leadership check failed');
      if (token) candidate = token;
      set(undefined);
    }
  }

  async function took(held: string, sentAt: number): Promise<void> {
    if (stopped) {
      // stop() ran while this acquire was in flight: hand the lease straight back.
      await opts.redis.eval(RELEASE, 1, key, held).catch(() => undefined);
      return;
    }
    validUntil = sentAt + ttlMs;
    set(held);
  }

  function tick(): Promise<void> {
    checking ??= check().finally(() => {
      checking = undefined;
    });
    return checking;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(
      () => {
        void tick().finally(schedule);
      },
      Math.floor(ttlMs / 3),
    );
    timer.unref();
  }

  const leads = (): boolean => {
    if (token === undefined) return false;
    if (now() < validUntil) return true;
    // The lease may have lapsed while this process was frozen: act as a follower until a renew
    // proves otherwise (the next check tells the listeners).
    return false;
  };

  return {
    isLeader: leads,
    term: () => (leads() ? token : undefined),
    onChange: (l) => void listeners.push(l),
    async start() {
      stopped = false;
      await tick();
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await checking;
      const held = token ?? candidate;
      candidate = undefined;
      if (held) {
        await opts.redis.eval(RELEASE, 1, key, held).catch(() => undefined);
        set(undefined);
      }
    },
  };
}
