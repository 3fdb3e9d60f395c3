import DataLoader from 'dataloader';
import type { JobService } from '../jobs/job-service.ts';
import type { Loaders } from './context.ts';

/**
 * Made fresh for every request, so its memo never outlives one operation; the cross-request
 * cache is the job repository's. One entry per key in key order, and a failed key is an Error
 * for that key alone, not a rejected batch.
 */
export function createLoaders(jobs: JobService): Loaders {
  return {
    job: new DataLoader(async (ids) =>
      Promise.all(
        ids.map((id) =>
          jobs.get(id).then(
            (job) => job ?? null,
            (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
          ),
        ),
      ),
    ),
  };
}
