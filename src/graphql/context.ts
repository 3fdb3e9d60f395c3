import type DataLoader from 'dataloader';
import type { JobRecord } from '../jobs/job.ts';
import type { JobService } from '../jobs/job-service.ts';

export interface Viewer {
  /** API key name; '' when the gateway is open. */
  name: string;
  admin: boolean;
}

export interface Loaders {
  /** Per request: batches and dedupes job lookups within one operation. */
  job: DataLoader<string, JobRecord | null>;
}

export interface GraphQLContext {
  jobs: JobService;
  loaders: Loaders;
  viewer: Viewer;
  now: () => number;
}
