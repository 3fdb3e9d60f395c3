/**
 * Load from another process: `node --import tsx test/helpers/poll-clients.ts <url> <clients> <ms> <id>...`.
 * Each client polls `job(id)` for ids[client % ids.length] as fast as it can, so the gateway under
 * test does not share its event loop with the load. A client stops after `ms`, or later once it has
 * seen its job DONE (at most a minute more): on a loaded machine the jobs may finish late, and the
 * test is about what polling costs upstream, not about how fast this box is. Prints one JSON line.
 */
import { Pool } from 'undici';

const [url = '', clientsArg = '200', msArg = '10000', ...ids] = process.argv.slice(2);
const clients = Number(clientsArg);
const endAt = Date.now() + Number(msArg);
const hardEndAt = endAt + 60_000;
const pool = new Pool(url, { connections: clients });
/** Per job: the latest send time of a request that was answered with a status other than DONE. */
const lastNotDoneSentAt = ids.map(() => 0);
const sawDone = new Set<number>();
let served = 0;
let errors = 0;

await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    const k = client % ids.length;
    while (Date.now() < endAt || (!sawDone.has(client) && Date.now() < hardEndAt)) {
      const sentAt = Date.now();
      try {
        const res = await pool.request({
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ job(id: "${ids[k]}") { id status snapshotAgeMs } }` }),
        });
        const body = (await res.body.json()) as { data?: { job: { status: string } }; errors?: unknown[] };
        served += 1;
        if (body.errors || !body.data) {
          errors += 1;
          continue;
        }
        if (body.data.job.status === 'DONE') sawDone.add(client);
        else lastNotDoneSentAt[k] = Math.max(lastNotDoneSentAt[k] ?? 0, sentAt);
      } catch {
        errors += 1;
      }
    }
  }),
);
await pool.close();
process.stdout.write(`${JSON.stringify({ served, errors, sawDone: sawDone.size, lastNotDoneSentAt })}\n`);
