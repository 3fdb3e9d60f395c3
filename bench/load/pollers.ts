import { Pool } from 'undici';
import { handle, ready } from '../lib/child.ts';

/**
 * Polling clients in their own process, for the poll-freshness scenario: `run` starts `clients`
 * loops, each asking `job(id)` for ids[client % ids.length] as fast as it can for `durationMs`, and
 * records per job when a request sent last still got an answer other than DONE, and when the first
 * DONE arrived. Times are this machine's wall clock, like the simulator's job times.
 */
export interface PollersSpec {
  url: string;
  clients: number;
  durationMs: number;
  ids: string[];
}

export interface PollersResult {
  served: number;
  errors: number;
  durationMs: number;
  /** Clients that got at least one DONE. */
  sawDone: number;
  /** Per job (ids order): the latest send time of a request answered with a status other than DONE. */
  lastNotDoneSentAt: number[];
  /** Per job: when the first DONE answer arrived (0 if none). */
  firstDoneAt: number[];
}

handle('run', async (msg) => {
  const spec = msg.spec as PollersSpec;
  const pool = new Pool(spec.url, { connections: spec.clients });
  const started = Date.now();
  const endAt = started + spec.durationMs;
  const lastNotDoneSentAt = spec.ids.map(() => 0);
  const firstDoneAt = spec.ids.map(() => 0);
  const sawDone = new Set<number>();
  let served = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: spec.clients }, async (_, client) => {
      const k = client % spec.ids.length;
      const body = JSON.stringify({ query: `{ job(id: "${spec.ids[k]}") { id status snapshotAgeMs } }` });
      while (Date.now() < endAt) {
        const sentAt = Date.now();
        try {
          const res = await pool.request({
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json' },
            body,
          });
          const answer = (await res.body.json()) as {
            data?: { job: { status: string } };
            errors?: unknown[];
          };
          served += 1;
          if (answer.errors || !answer.data) {
            errors += 1;
            continue;
          }
          if (answer.data.job.status === 'DONE') {
            sawDone.add(client);
            if (firstDoneAt[k] === 0) firstDoneAt[k] = Date.now();
          } else lastNotDoneSentAt[k] = Math.max(lastNotDoneSentAt[k] ?? 0, sentAt);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  await pool.close();
  const out: PollersResult = {
    served,
    errors,
    durationMs: Date.now() - started,
    sawDone: sawDone.size,
    lastNotDoneSentAt,
    firstDoneAt,
  };
  return out;
});
ready({ url: '' });
