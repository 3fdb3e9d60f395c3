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

/**
 * A job-level FAIL (a Query answer's ErrorCode and ErrorMessage) that Tencent marks as transient, so
 * the same input may well succeed when submitted again (docs/hunyuan-api.md §4.1, §4.3): the engine's
 * own errors and timeouts, its load limit ("retry later"), and `FailedOperation.InnerError` when its
 * message asks for a retry (Tencent's example: "服务内部错误，请重试。", "internal error, please retry").
 */
export function isTransientJobFailure(code: string | undefined, message: string | undefined): boolean {
  switch (code) {
    case 'FailedOperation.EngineServerError':
    case 'FailedOperation.EngineRequestTimeout':
    case 'FailedOperation.EngineServerLimitExceeded':
      return true;
    case 'FailedOperation.InnerError':
      return /please retry|try again|retry later|请重试|请稍后重试|稍后再试/i.test(message ?? '');
    default:
      return false;
  }
}
