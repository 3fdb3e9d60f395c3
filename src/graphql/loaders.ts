import DataLoader from 'dataloader';
import type { JobService } from '../jobs/job-service.ts';
import type { Loaders, Viewer } from './context.ts';

/**
 * Made fresh for every request, so its memo never outlives one operation; the cross-request
 * cache is the job repository's. One entry per key in key order, and a failed key is an Error
 * for that key alone, not a rejected batch.
 */
export function createLoaders(jobs: JobService, viewer: Viewer): Loaders {
  const access = { owner: viewer.name, admin: viewer.admin };
  return {
    job: new DataLoader(async (ids) =>
      Promise.all(
        ids.map((id) =>
          jobs.get(id, access).then(
            (job) => job ?? null,
            (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
          ),
        ),
      ),
    ),
  };
}
