import type { QueryPartJobResponse } from '../../tencent/types.ts';
import { fromTencentStatus, type JobRecord, toResultFiles } from './job.ts';

/**
 * Folds one Query answer into a job. Pure: returns the next record and whether a client would see
 * a difference (only then is the version bumped and an event published).
 */
export function applyQueryResponse(
  job: JobRecord,
  /** Any Query answer; Part's also carries the segmentation data (docs/hunyuan-api.md §2.5). */
  res: QueryPartJobResponse,
  now: number,
): { job: JobRecord; changed: boolean } {
  const status = fromTencentStatus(res.Status);
  const files = status === 'DONE' ? toResultFiles(res.ResultFile3Ds) : job.resultFiles;
  const failed = status === 'FAIL';
  const parts =
    typeof res.PartSegmentationInfo === 'string' && res.PartSegmentationInfo !== ''
      ? res.PartSegmentationInfo
      : job.partSegmentationInfo;
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
    ...(parts === undefined ? {} : { partSegmentationInfo: parts }),
    lastRequestId: res.RequestId,
    refreshedAt: now,
  };
  const changed =
    next.status !== job.status ||
    next.errorCode !== job.errorCode ||
    next.errorMessage !== job.errorMessage ||
    next.partSegmentationInfo !== job.partSegmentationInfo ||
    JSON.stringify(next.resultFiles) !== JSON.stringify(job.resultFiles);
  if (changed) {
    next.version = job.version + 1;
    next.updatedAt = now;
  }
  return { job: next, changed };
}
