import { createClient as createSseClient } from 'graphql-sse';
import { Redis } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * Acceptance test: three replicas on one private Redis and one simulator (3 PRO slots, 8 s jobs).
 * Twelve jobs from three API keys (alice 6, bob 3, carol 3, so the fair queue reorders them) are
 * submitted round-robin over the replicas. Then:
 *  1. queue positions and reasons are read from every replica while the simulator's clock is paused
 *     (no slot frees, so nothing may move) and must agree;
 *  2. the leader is frozen (SIGSTOP) past its lease, with one of its Submits in the air (the simulator
 *     created the job and holds the answer back), until another replica takes over; then resumed, it
 *     must step down (the job it sent must still end up DONE once); positions are compared again;
 *  3. redis-server is frozen past the command timeout, then resumed; positions are compared again;
 *  4. the current leader (or a replica not frozen yet) is frozen past the lease, then resumed;
 *  5. the replica not frozen yet is frozen past the lease, then resumed;
 * so each replica has been frozen once. At the end: every process is alive, every job is DONE (or
 * FAIL with SUBMIT_OUTCOME_UNKNOWN and never created at the simulator), the simulator created exactly
 * one job per DONE job (matched by unique prompt, with that JobId), no upstreamJobId repeats, no job
 * was seen going back or leaving a terminal status (polling every replica, plus one SSE subscription
 * per job, opened again like a client would when it ends early), every subscription ends at the
 * job's final status, and every replica reads the same final state. The report printed at the end
 * (timeline, lease tokens, per-job histories, warnings) is what to read when it fails.
 */

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** leadership.ts default lease and shared-state.ts command timeout. */
const LEASE_MS = 5000;
const COMMAND_TIMEOUT_MS = 3000;
const FREEZE_REPLICA_MS = LEASE_MS + 3000;
const FREEZE_REDIS_MS = COMMAND_TIMEOUT_MS + 2000;
const PREFIX = 'chaos:';
const RUN_ID = Math.random().toString(36).slice(2, 8);

const TENANTS = [
  { name: 'alice', key: 'alice-key-00001' },
  { name: 'bob', key: 'bob-key-0000001' },
  { name: 'carol', key: 'carol-key-00001' },
] as const;
const ADMIN_KEY = 'ops-admin-key-0001';
/** alice submits first and most: a FIFO queue would serve her three queued jobs before bob's. */
const OWNERS = [0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2] as const;

type Status = 'QUEUED' | 'WAIT' | 'RUN' | 'DONE' | 'FAIL' | 'CANCELED';
const RANK: Record<Status, number> = { QUEUED: 0, WAIT: 1, RUN: 2, DONE: 3, FAIL: 3, CANCELED: 3 };
const TERMINAL = new Set<Status>(['DONE', 'FAIL', 'CANCELED']);

interface JobRow {
  id: string;
  status: Status;
  prompt: string | null;
  upstreamJobId: string | null;
  errorCode: string | null;
  queuePosition: number | null;
  queueReason: string | null;
}

interface GqlResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const SUBMIT =
  'mutation ($p: String!, $k: String) { submitJob(input: { prompt: $p }, idempotencyKey: $k) { id status } }';
const LIST =
  '{ jobs(first: 100) { nodes { id status prompt upstreamJobId errorCode queuePosition queueReason } } }';
const WATCH = 'subscription ($id: ID!) { jobStatus(id: $id) { status } }';

async function gql<T>(
  url: string,
  key: string,
  query: string,
  variables?: Record<string, unknown>,
  timeoutMs = 4000,
): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return (await res.json()) as GqlResult<T>;
}

async function listJobs(r: GatewayProcess, timeoutMs = 4000): Promise<JobRow[]> {
  const res = await gql<{ jobs: { nodes: JobRow[] } }>(r.url, ADMIN_KEY, LIST, undefined, timeoutMs);
  if (!res.data?.jobs) throw new Error(`jobs query failed: ${JSON.stringify(res.errors)}`);
  return res.data.jobs.nodes;
}

/** The simulator's clock: paused, Tencent's jobs stand still, so no slot frees and the queue cannot move. */
function pausableClock() {
  let offset = 0;
  let pausedAt: number | undefined;
  return {
    now: () => (pausedAt ?? Date.now()) - offset,
    pause() {
      pausedAt ??= Date.now();
    },
    resume() {
      if (pausedAt === undefined) return;
      offset += Date.now() - pausedAt;
      pausedAt = undefined;
    },
  };
}

function alive(p: GatewayProcess): boolean {
  return p.child.exitCode === null && p.child.signalCode === null;
}

function signalGroup(p: GatewayProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-(p.child.pid ?? 0), signal);
  } catch {
    p.child.kill(signal);
  }
}

interface Comparison {
  label: string;
  rounds: number;
  disagreeingRounds: number;
  agreed: boolean;
  /** Queued jobs, in the agreed order: "position:reason:owner:job#". */
  order: string[];
  contiguous: boolean;
  details: string[];
}

interface Stream {
  job: number;
  replica: number;
  /** Statuses seen, across resubscriptions, consecutive repeats dropped. */
  statuses: Status[];
  /** Why a subscription ended before a terminal status (then the client subscribes again). */
  errors: string[];
  subscriptions: number;
  /** The last subscription ended cleanly after a terminal status. */
  completed: boolean;
}

describe('replica chaos', () => {
  it('three replicas survive each of them and Redis being frozen: every job finishes once, uncontradicted, with one queue', async () => {
    const t0 = Date.now();
    const timeline: string[] = [];
    const note = (msg: string) => {
      timeline.push(`+${((Date.now() - t0) / 1000).toFixed(1)}s ${msg}`);
    };

    const redis = await startPrivateRedis();
    const clock = pausableClock();
    const sim = await startTestSimulator({
      now: clock.now,
      // The rate window reads the paused clock too: keep it out of the way (the gateways keep to 20/s).
      ratePerSecond: 1000,
      slots: { PRO: 3 },
      durations: { PRO: { waitMs: 1000, runMs: 7000 } },
    });
    const env = {
      TENCENTCLOUD_SECRET_ID: DEV_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEV_SECRET_KEY,
      HUNYUAN_ENDPOINT: sim.url,
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: PREFIX,
      JOB_REFRESH_MS: '500',
      UPSTREAM_PRO_SLOTS: '3',
      GATEWAY_API_KEYS: TENANTS.map((t) => `${t.name}:${t.key}`).join(','),
      GATEWAY_ADMIN_KEYS: `ops:${ADMIN_KEY}`,
    };
    const replicas = await Promise.all([0, 1, 2].map(() => startGatewayProcess({ env, timeoutMs: 60_000 })));
    const name = (p: GatewayProcess | undefined) => (p ? `replica ${replicas.indexOf(p)}` : 'nobody');
    note('3 replicas listening');

    const probe = new Redis(redis.url, {
      commandTimeout: 2000,
      maxRetriesPerRequest: 1,
      retryStrategy: () => 200,
    });
    probe.on('error', () => undefined);

    const frozen = new Set<GatewayProcess>();
    const freeze = (p: GatewayProcess) => {
      frozen.add(p);
      signalGroup(p, 'SIGSTOP');
    };
    const thaw = (p: GatewayProcess) => {
      signalGroup(p, 'SIGCONT');
      frozen.delete(p);
    };

    /** The replica whose term token is in the lease key (its 'became leader' log names the term). */
    async function leaseHolder(): Promise<GatewayProcess | undefined> {
      let token: string | null = null;
      for (let attempt = 1; ; attempt++) {
        try {
          token = await probe.get(`${PREFIX}leader`);
          break;
        } catch (err) {
          if (attempt >= 3) throw err;
        }
      }
      if (!token) return undefined;
      return replicas.find((r) => r.logs.some((l) => l.msg === 'became leader' && l.term === token));
    }
    const currentLeader = () =>
      vi.waitFor(
        async () => {
          const holder = await leaseHolder();
          if (!holder) throw new Error('no replica holds the lease');
          return holder;
        },
        { timeout: 30_000, interval: 200 },
      );
    const lastLeadershipLog = (p: GatewayProcess) =>
      p.logs.filter((l) => l.msg === 'became leader' || l.msg === 'lost leadership').at(-1);

    const jobs: Array<{ id: string; prompt: string; owner: string; replica: number }> = [];
    const history = replicas.map(() => new Map<string, Status[]>());
    const readErrors = replicas.map(() => new Map<string, number>());
    const streams: Stream[] = [];
    const sseClients: Array<ReturnType<typeof createSseClient>> = [];
    const comparisons: Comparison[] = [];
    let observing = true;
    let observers: Array<Promise<void>> = [];
    let streamsDone: Promise<unknown> = Promise.resolve();
    let leaseWatch: Promise<void> = Promise.resolve();
    const leaseChanges: Array<{ at: number; token: string | null }> = [];

    /** Positions and reasons from all three replicas, with the simulator paused, until a round agrees. */
    async function compareQueues(label: string): Promise<Comparison> {
      const result: Comparison = {
        label,
        rounds: 0,
        disagreeingRounds: 0,
        agreed: false,
        order: [],
        contiguous: false,
        details: [],
      };
      clock.pause();
      note(`simulator clock paused to compare queues (${label})`);
      try {
        for (let round = 1; round <= 10; round++) {
          if (round > 1) await sleep(400);
          result.rounds = round;
          let reads: Array<Map<string, JobRow>>;
          try {
            reads = await Promise.all(
              replicas.map(async (r) => new Map((await listJobs(r)).map((row) => [row.id, row]))),
            );
          } catch (err) {
            result.details.push(`round ${round}: a read failed (${String(err).slice(0, 160)})`);
            continue;
          }
          const ids = jobs.map((j) => j.id);
          const queuedSomewhere = ids.filter((id) => reads.some((m) => m.get(id)?.status === 'QUEUED'));
          const queuedEverywhere = ids.filter((id) => reads.every((m) => m.get(id)?.status === 'QUEUED'));
          if (queuedSomewhere.length === 0) {
            result.details.push(`round ${round}: nothing queued`);
            result.agreed = true;
            return result;
          }
          const views = reads.map((m) =>
            queuedEverywhere.map((id) => `${m.get(id)?.queuePosition}:${m.get(id)?.queueReason}`).join(' '),
          );
          const agree =
            queuedSomewhere.length === queuedEverywhere.length && views.every((v) => v === views[0]);
          const first = reads[0]!;
          const settled = queuedEverywhere.every((id) => (first.get(id)?.queuePosition ?? 0) > 0);
          if (!agree) {
            result.disagreeingRounds += 1;
            result.details.push(
              `round ${round}: queued on ${queuedEverywhere.length}/${queuedSomewhere.length} everywhere; ${views
                .map((v, i) => `replica ${i} [${v}]`)
                .join(' | ')}`,
            );
          }
          if (agree && (settled || round === 10 || result.agreed)) {
            result.agreed = true;
            const rows = queuedEverywhere
              .map((id) => first.get(id)!)
              .sort((a, b) => (a.queuePosition ?? 0) - (b.queuePosition ?? 0));
            result.order = rows.map((row) => {
              const j = jobs.findIndex((x) => x.id === row.id);
              return `${row.queuePosition}:${row.queueReason}:${jobs[j]?.owner}:#${j}`;
            });
            const waiting = rows.map((row) => row.queuePosition ?? 0).filter((p) => p > 0);
            result.contiguous = waiting.every((p, i) => p === i + 1);
            return result;
          }
          // Agreed but something is still being sent: look once more for a settled round.
          if (agree) result.agreed = true;
        }
        return result;
      } finally {
        clock.resume();
        note(`simulator clock resumed (${label})`);
      }
    }

    async function unfinished(): Promise<number> {
      for (const r of replicas) {
        if (frozen.has(r)) continue;
        try {
          return (await listJobs(r, 3000)).filter((row) => !TERMINAL.has(row.status)).length;
        } catch {
          // try the next one
        }
      }
      return -1;
    }

    /** SIGSTOP past the lease; a frozen leader is kept frozen until another replica holds the lease. */
    async function freezeReplica(
      victim: GatewayProcess,
      label: string,
      /** Freeze at once, without asking first (it is known to lead, and a Submit of its is in the air). */
      knownLeader = false,
    ): Promise<void> {
      const holder = knownLeader ? victim : await leaseHolder();
      const wasLeader = holder === victim;
      const term = wasLeader ? lastLeadershipLog(victim)?.term : undefined;
      if (knownLeader) freeze(victim);
      note(
        `${label}: SIGSTOP ${name(victim)} (${wasLeader ? 'the leader' : `follower; leader ${name(holder)}`}), ${await unfinished()} jobs unfinished`,
      );
      if (!knownLeader) freeze(victim);
      await sleep(FREEZE_REPLICA_MS);
      if (wasLeader) {
        const successor = await vi.waitFor(
          async () => {
            const h = await leaseHolder();
            if (!h || h === victim) throw new Error(`no takeover from frozen ${name(victim)}`);
            return h;
          },
          { timeout: 30_000, interval: 250 },
        );
        note(`${label}: ${name(successor)} holds the lease`);
      }
      thaw(victim);
      note(`${label}: SIGCONT ${name(victim)}`);
      await vi.waitFor(() => listJobs(victim, 3000), { timeout: 30_000, interval: 250 });
      if (wasLeader) {
        // The old leader must notice it lost the lease (and not carry on in its old term).
        await vi.waitFor(
          () => {
            const last = lastLeadershipLog(victim);
            if (last?.msg === 'became leader' && last.term === term)
              throw new Error(`${name(victim)} still believes it leads term ${String(term)}`);
          },
          { timeout: 20_000, interval: 200 },
        );
        note(`${label}: ${name(victim)} stepped down (${String(lastLeadershipLog(victim)?.msg)})`);
      }
    }

    const report = () => {
      const lines: string[] = ['', '===== replica chaos report =====', ...timeline];
      for (const c of comparisons) {
        lines.push(
          `queue comparison "${c.label}": agreed=${c.agreed} after ${c.rounds} round(s), ${c.disagreeingRounds} disagreeing, contiguous=${c.contiguous}; order ${c.order.join(', ')}`,
          ...c.details.map((d) => `    ${d}`),
        );
      }
      replicas.forEach((r, i) => {
        const errs = [...readErrors[i]!.entries()].map(([k, v]) => `${v}× ${k}`).join('; ');
        lines.push(
          `replica ${i}: alive=${alive(r)} exit=${r.child.exitCode} signal=${r.child.signalCode}; read errors: ${errs || 'none'}`,
        );
        for (const l of r.logs) {
          const level = Number(l.level);
          if (
            level >= 40 ||
            l.msg === 'became leader' ||
            l.msg === 'lost leadership' ||
            l.msg === 'jobs recovered'
          ) {
            const time = typeof l.time === 'number' ? `+${((l.time - t0) / 1000).toFixed(1)}s` : '';
            const { level: _l, time: _t, pid: _p, hostname: _h, msg, ...rest } = l;
            lines.push(`    ${time} [${level}] ${String(msg)} ${JSON.stringify(rest).slice(0, 400)}`);
          }
        }
        const stderr = r.stderr().trim();
        if (stderr) lines.push(`    stderr: ${stderr.slice(-2000)}`);
      });
      lines.push('lease key over time:');
      for (const { at, token } of leaseChanges) {
        const holder = token
          ? replicas.findIndex((r) => r.logs.some((l) => l.msg === 'became leader' && l.term === token))
          : -1;
        lines.push(
          `    +${((at - t0) / 1000).toFixed(1)}s ${token ?? '(none)'}${token ? (holder >= 0 ? ` = replica ${holder}` : ' = NO replica ever logged this term') : ''}`,
        );
      }
      lines.push('status histories (polled per replica | SSE):');
      jobs.forEach((job, k) => {
        const polled = history.map((h, i) => `r${i} ${(h.get(job.id) ?? []).join('→')}`).join(' | ');
        const sse = streams
          .filter((x) => x.job === k)
          .map(
            (x) =>
              `SSE r${x.replica} ${x.statuses.join('→')} (${x.subscriptions} subscription(s), completed=${x.completed}${x.errors.length ? `; ended early: ${x.errors.join('; ')}` : ''})`,
          );
        lines.push(`    #${k} ${job.owner}: ${polled} | ${sse.join(' ')}`);
      });
      const c = sim.counters.read();
      lines.push(
        `simulator: ${sim.jobs.list().length} jobs, submitted ${JSON.stringify(c.jobsSubmitted)}, peak running ${JSON.stringify(c.peakRunningJobs)}, answers ${JSON.stringify(c.answers)}`,
      );
      console.info(lines.join('\n'));
    };

    try {
      const firstLeader = await currentLeader();
      note(`${name(firstLeader)} leads`);

      // Twelve jobs, round-robin over the replicas.
      for (let i = 0; i < OWNERS.length; i++) {
        const tenant = TENANTS[OWNERS[i]!];
        const replica = i % replicas.length;
        const prompt = `chaos ${RUN_ID} job ${i} of ${tenant.name}`;
        const res = await gql<{ submitJob: { id: string; status: string } }>(
          replicas[replica]!.url,
          tenant.key,
          SUBMIT,
          { p: prompt, k: `chaos-${RUN_ID}-${i}` },
        );
        if (!res.data?.submitJob) throw new Error(`submit ${i} failed: ${JSON.stringify(res.errors)}`);
        jobs.push({ id: res.data.submitJob.id, prompt, owner: tenant.name, replica });
      }
      note(`${jobs.length} jobs submitted`);

      // Every replica polled for status histories (skipping a frozen one), every 200 ms.
      observers = replicas.map(async (r, i) => {
        let failing = false;
        while (observing) {
          if (!frozen.has(r)) {
            try {
              for (const row of await listJobs(r, 2500)) {
                const seq = history[i]!.get(row.id) ?? [];
                if (seq.at(-1) !== row.status) seq.push(row.status);
                history[i]!.set(row.id, seq);
              }
              if (failing) note(`replica ${i} answers reads again`);
              failing = false;
            } catch (err) {
              const key = (err instanceof Error ? err.message : String(err)).slice(0, 160);
              readErrors[i]!.set(key, (readErrors[i]!.get(key) ?? 0) + 1);
              if (!failing && !frozen.has(r)) note(`replica ${i} fails reads: ${key}`);
              failing = !frozen.has(r);
            }
          }
          await sleep(200);
        }
      });
      // One SSE subscription per job, on the replica after the one it was submitted to.
      // One SSE subscription per job, on the replica after the one it was submitted to. A stream that
      // ends before a terminal status is opened again, as a client would.
      streamsDone = Promise.all(
        jobs.map(async (job, j) => {
          const replica = (job.replica + 1) % replicas.length;
          const s: Stream = { job: j, replica, statuses: [], errors: [], subscriptions: 0, completed: false };
          streams.push(s);
          const client = createSseClient({
            url: `${replicas[replica]!.url}/graphql`,
            headers: { authorization: `Bearer ${ADMIN_KEY}` },
            singleConnection: false,
            retryAttempts: 0,
          });
          sseClients.push(client);
          while (observing) {
            s.subscriptions += 1;
            let failed: string | undefined;
            try {
              for await (const u of client.iterate({ query: WATCH, variables: { id: job.id } })) {
                if (u.errors) failed = JSON.stringify(u.errors.map((e) => e.message)).slice(0, 200);
                const status = (u.data as { jobStatus?: { status: Status } } | null | undefined)?.jobStatus
                  ?.status;
                if (status && s.statuses.at(-1) !== status) s.statuses.push(status);
              }
            } catch (err) {
              failed = err instanceof Error ? err.message : JSON.stringify(err).slice(0, 200);
            }
            const last = s.statuses.at(-1);
            if (failed === undefined && last && TERMINAL.has(last)) {
              s.completed = true;
              return;
            }
            s.errors.push(
              `${((Date.now() - t0) / 1000).toFixed(1)}s ${failed ?? `completed at ${last ?? 'nothing'}`}`,
            );
            await sleep(500);
          }
        }),
      );
      // The lease key over time, to tell which term held it (and whether any replica knew).
      leaseWatch = (async () => {
        let last: string | null | undefined;
        while (observing) {
          try {
            const token = await probe.get(`${PREFIX}leader`);
            if (token !== last) leaseChanges.push({ at: Date.now(), token });
            last = token;
          } catch {
            // Redis frozen: nothing to read
          }
          await sleep(100);
        }
      })();

      // 1. One queue, whichever replica answers.
      comparisons.push(await compareQueues('initial'));

      // 2. The leader frozen past its lease while one of its Submits is in the air: the simulator has
      // created the job and holds the answer back 2 s, and the leader is stopped before it arrives.
      const victims: GatewayProcess[] = [];
      const leader1 = await currentLeader();
      const seenUpstream = new Set(sim.jobs.list().map((j) => j.id));
      sim.faults.set({ latencyMs: 2000, actions: ['SubmitHunyuanTo3DProJob'] });
      note(`Submit answers held back 2 s; waiting for ${name(leader1)}'s next Submit`);
      const inTheAir = await vi.waitFor(
        () => {
          const fresh = sim.jobs.list().filter((j) => !seenUpstream.has(j.id));
          if (fresh.length === 0) throw new Error('no Submit yet');
          return fresh;
        },
        { timeout: 30_000, interval: 5 },
      );
      // Only that Submit is held back (its latency was drawn when it arrived).
      sim.faults.clear();
      await freezeReplica(leader1, 'leader freeze mid-Submit', true);
      note(
        `in the air during that freeze: ${inTheAir.map((j) => `#${jobs.findIndex((x) => x.prompt === j.prompt)}`).join(', ')}`,
      );
      victims.push(leader1);
      comparisons.push(await compareQueues('after the first takeover'));

      // 3. Redis frozen past the command timeout.
      note(
        `SIGSTOP redis-server, ${await unfinished()} jobs unfinished, leader ${name(await leaseHolder())}`,
      );
      redis.pause();
      await sleep(FREEZE_REDIS_MS);
      redis.resume();
      note('SIGCONT redis-server');
      await vi.waitFor(() => Promise.all(replicas.map((r) => listJobs(r, 3000))), {
        timeout: 30_000,
        interval: 250,
      });
      note(`every replica reads again; ${name(await currentLeader())} leads`);
      comparisons.push(await compareQueues('after the Redis freeze'));

      // 4. The current leader if it was not frozen yet, else a replica not frozen yet.
      const leader2 = await currentLeader();
      const second = victims.includes(leader2) ? replicas.find((r) => !victims.includes(r))! : leader2;
      await freezeReplica(second, 'second freeze');
      victims.push(second);

      // 5. The last replica not frozen yet.
      const third = replicas.find((r) => !victims.includes(r))!;
      await freezeReplica(third, 'third freeze');
      victims.push(third);

      // Every job finished, as read on every replica.
      const finalReads = await vi.waitFor(
        async () => {
          const reads = await Promise.all(replicas.map((r) => listJobs(r, 4000)));
          const open = reads.flatMap((rows, i) =>
            jobs
              .map((j, k) => ({ k, row: rows.find((x) => x.id === j.id) }))
              .filter(({ row }) => !row || !TERMINAL.has(row.status))
              .map(({ k, row }) => `#${k} ${row?.status ?? 'missing'} on replica ${i}`),
          );
          if (open.length > 0) throw new Error(`jobs not finished: ${open.join(', ')}`);
          return reads;
        },
        { timeout: 90_000, interval: 500 },
      );
      note('every job finished on every replica');
      // Let the pollers and subscriptions see the end too.
      await Promise.race([streamsDone, sleep(10_000)]);
      observing = false;
      await Promise.all(observers);
      // The final reads are reads of every replica too.
      finalReads.forEach((rows, i) => {
        for (const row of rows) {
          const seq = history[i]!.get(row.id) ?? [];
          if (seq.at(-1) !== row.status) seq.push(row.status);
          history[i]!.set(row.id, seq);
        }
      });

      // Every process alive.
      for (const r of replicas) expect.soft(alive(r), `${name(r)} alive`).toBe(true);
      expect.soft(await probe.ping(), 'redis-server alive').toBe('PONG');

      // The same final state on every replica.
      const finalRows = jobs.map((j) => finalReads[0]!.find((x) => x.id === j.id)!);
      for (let i = 1; i < replicas.length; i++) {
        const rows = jobs.map((j) => finalReads[i]!.find((x) => x.id === j.id)!);
        expect
          .soft(
            rows.map((r) => [r.status, r.upstreamJobId, r.errorCode]),
            `final state on replica ${i} equals replica 0`,
          )
          .toEqual(finalRows.map((r) => [r.status, r.upstreamJobId, r.errorCode]));
      }

      // DONE, or FAIL with an unknown submit outcome and nothing created upstream; one upstream job each.
      const simJobs = sim.jobs.list();
      const ours = new Set(jobs.map((j) => j.prompt));
      expect
        .soft(
          simJobs.filter((s) => !ours.has(s.prompt ?? '')).map((s) => s.prompt),
          'simulator jobs nobody submitted',
        )
        .toEqual([]);
      jobs.forEach((job, k) => {
        const row = finalRows[k]!;
        const upstream = simJobs.filter((s) => s.prompt === job.prompt);
        expect.soft(upstream.length, `#${k} created upstream at most once`).toBeLessThanOrEqual(1);
        if (row.status === 'DONE') {
          expect.soft(upstream.length, `#${k} DONE: created upstream once`).toBe(1);
          expect.soft(row.upstreamJobId, `#${k} DONE: its JobId is the simulator's`).toBe(upstream[0]?.id);
        } else if (row.status === 'FAIL' && row.errorCode === 'SUBMIT_OUTCOME_UNKNOWN') {
          note(`job #${k} FAIL SUBMIT_OUTCOME_UNKNOWN; created upstream ${upstream.length} time(s)`);
          expect.soft(upstream.length, `#${k} failed with an unknown outcome but runs at Tencent`).toBe(0);
        } else {
          expect
            .soft(`${row.status} ${row.errorCode}`, `#${k} finished DONE (or FAIL SUBMIT_OUTCOME_UNKNOWN)`)
            .toBe('DONE null');
        }
      });
      const upstreamIds = finalRows.map((r) => r.upstreamJobId).filter((x): x is string => x !== null);
      expect.soft(new Set(upstreamIds).size, 'upstreamJobIds unique').toBe(upstreamIds.length);
      expect.soft(sim.counters.read().peakRunningJobs.PRO ?? 0).toBeLessThanOrEqual(3);

      // Nothing contradicted: per replica and per subscription, statuses only move forward and a
      // terminal one is never left; no two observers saw different terminal statuses.
      const contradictions: string[] = [];
      const checkSequence = (seq: Status[], who: string) => {
        for (let n = 1; n < seq.length; n++) {
          const prev = seq[n - 1]!;
          const cur = seq[n]!;
          if (TERMINAL.has(prev) || RANK[cur] < RANK[prev]) contradictions.push(`${who}: ${seq.join('→')}`);
        }
      };
      jobs.forEach((job, k) => {
        const terminals = new Set<Status>([finalRows[k]!.status]);
        history.forEach((h, i) => {
          const seq = h.get(job.id) ?? [];
          checkSequence(seq, `#${k} polled on replica ${i}`);
          for (const s of seq) if (TERMINAL.has(s)) terminals.add(s);
        });
        for (const s of streams.filter((x) => x.job === k)) {
          checkSequence(s.statuses, `#${k} SSE on replica ${s.replica}`);
          for (const st of s.statuses) if (TERMINAL.has(st)) terminals.add(st);
        }
        if (terminals.size > 1) contradictions.push(`#${k} seen ending as ${[...terminals].join(' and ')}`);
      });
      expect.soft(contradictions, 'contradicted jobs').toEqual([]);
      // Subscriptions (resubscribing after an early end) end cleanly at the final status.
      for (const s of streams) {
        expect.soft(s.completed, `SSE #${s.job} on replica ${s.replica} completed`).toBe(true);
        expect
          .soft(s.statuses.at(-1), `SSE #${s.job} on replica ${s.replica} ends at the final status`)
          .toBe(finalRows[s.job]!.status);
      }
      const endedEarly = streams.filter((s) => s.errors.length > 0);
      if (endedEarly.length > 0)
        note(`${endedEarly.length} of ${streams.length} subscriptions ended before their job did`);

      // One queue: every comparison found all replicas agreeing on positions and reasons.
      for (const c of comparisons) {
        expect.soft(c.agreed, `queue positions agree on every replica (${c.label})`).toBe(true);
        if (c.order.length > 0) expect.soft(c.contiguous, `positions 1..n (${c.label})`).toBe(true);
      }
    } finally {
      observing = false;
      clock.resume();
      for (const r of [...frozen]) thaw(r);
      redis.resume();
      for (const c of sseClients) c.dispose();
      await Promise.race([Promise.all(observers), sleep(5000)]);
      await Promise.race([streamsDone, sleep(2000)]);
      await Promise.race([leaseWatch, sleep(2000)]);
      report();
      probe.disconnect();
      await Promise.all(replicas.map((r) => r.kill('SIGKILL')));
      await redis.stop();
    }
  }, 240_000);
});
