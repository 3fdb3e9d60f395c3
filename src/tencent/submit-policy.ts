import type { TencentApiError } from './errors.ts';

/**
 * Errors about the submission itself (bad input, moderation, an image Tencent cannot read): the job
 * fails with Tencent's answer. Every other refusal is about the account or the moment (limits,
 * credentials, an internal error) and the job waits and is sent again.
 */
export function isPermanentSubmitError(err: TencentApiError): boolean {
  const c = err.tencentCode;
  return (
    err.isInvalidInput ||
    c.startsWith('OperationDenied') ||
    c === 'FailedOperation.ImageDecodeFailed' ||
    c === 'FailedOperation.ImageDownloadError' ||
    c === 'InvalidAction' ||
    c === 'UnsupportedOperation'
  );
}
