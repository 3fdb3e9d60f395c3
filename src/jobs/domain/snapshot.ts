import type { QueryJobResponse } from '../../tencent/types.ts';
import { fromTencentStatus, type JobRecord, toResultFiles } from './job.ts';

/**
 * Folds one Query answer into a job. Pure: returns the next record and whether a client would see
 * a difference (only then is the version bumped and an event published).
 */
export function applyQueryResponse(
  job: JobRecord,
  res: QueryJobResponse,
  now: number,
): { job: JobRecord; changed: boolean } {
  const status = fromTencentStatus(res.Status);
  const files = status === 'DONE' ? toResultFiles(res.ResultFile3Ds) : job.resultFiles;
  const failed = status === 'FAIL';
  const next: JobRecord = {
    ...job,
    status,
    // Tencent has no start time: the first poll that sees RUN (or a finish seen without RUN) stands in.
    startedAt:
      job.startedAt ?? (status === 'RUN' || status === 'DONE' || status === 'FAIL' ? now : undefined),
    finishedAt: job.finishedAt ?? (status === 'DONE' || status === 'FAIL' ? now : undefined),
    errorCode: failed ? res.ErrorCode || 'FailedOperation' : undefined,
    errorMessage: failed
      ? res.ErrorMessage || 'Tencent reported the job as failed without a message'
      : undefined,
    resultFiles: files,
    lastRequestId: res.RequestId,
    refreshedAt: now,
  };
  const changed =
    next.status !== job.status ||
    next.errorCode !== job.errorCode ||
    next.errorMessage !== job.errorMessage ||
    JSON.stringify(next.resultFiles) !== JSON.stringify(job.resultFiles);
  if (changed) {
    next.version = job.version + 1;
    next.updatedAt = now;
  }
  return { job: next, changed };
}
