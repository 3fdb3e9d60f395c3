import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Which replica dispatches submits and polls Tencent. Tencent's limits are per account, and one
 * poller per job is what keeps N clients at one Query per interval, so exactly one replica does
 * the upstream work at a time, under a lease: when it dies, another takes over once the lease
 * lapses and recovers queued and running jobs from the shared store, as after a restart. Every
 * replica serves reads, accepts submits and streams subscriptions.
 */
export interface Leadership {
  isLeader(): boolean;
  /** Called with `true` when this process gains the lease and `false` when it loses it. */
  onChange(listener: (leader: boolean) => void): void;
  start(): Promise<void>;
  /** Gives the lease up (if held) so another replica takes over at once. */
  stop(): Promise<void>;
}

/** A single process is always the leader. */
export function createLocalLeadership(): Leadership {
  const listeners: Array<(leader: boolean) => void> = [];
  let leader = false;
  return {
    isLeader: () => leader,
    onChange: (l) => void listeners.push(l),
    async start() {
      leader = true;
      for (const l of listeners) l(true);
    },
    async stop() {
      if (!leader) return;
      leader = false;
      for (const l of listeners) l(false);
    },
  };
}

export interface RedisLeadershipOptions {
  redis: Redis;
  /** @default 'h3dgw:leader' */
  key?: string;
  /** Lease length: how long a dead leader blocks a takeover. @default 5000 */
  ttlMs?: number;
  log: Logger;
}

// Renew or release only a lease we still hold: never extend or delete another replica's lease.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export function createRedisLeadership(opts: RedisLeadershipOptions): Leadership {
  const key = opts.key ?? 'h3dgw:leader';
  const ttlMs = opts.ttlMs ?? 5000;
  const me = randomUUID();
  const listeners: Array<(leader: boolean) => void> = [];
  let leader = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;

  function set(next: boolean): void {
    if (next === leader) return;
    leader = next;
    opts.log.info({ leader, replica: me }, next ? 'became leader' : 'lost leadership');
    for (const l of listeners) l(next);
  }

  async function tick(): Promise<void> {
    try {
      if (leader) {
        const renewed = await opts.redis.eval(RENEW, 1, key, me, String(ttlMs));
        set(renewed === 1);
      } else {
        const got = await opts.redis.set(key, me, 'PX', ttlMs, 'NX');
        set(got === 'OK');
      }
    } catch (err) {
      // Redis unreachable: we cannot prove we still hold the lease, so we stop acting as leader.
      opts.log.warn({ err }, 'leadership check failed');
      set(false);
    }
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

  return {
    isLeader: () => leader,
    onChange: (l) => void listeners.push(l),
    async start() {
      stopped = false;
      await tick();
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (leader) {
        await opts.redis.eval(RELEASE, 1, key, me).catch(() => undefined);
        set(false);
      }
    },
  };
}
