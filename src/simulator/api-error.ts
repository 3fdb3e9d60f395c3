/**
 * A call-level rejection: becomes `{"Response":{"Error":{"Code","Message"},"RequestId"}}` with HTTP 200,
 * as Tencent answers API errors (docs/hunyuan-api.md §4.1).
 */
export class SimulatorApiError extends Error {
  override readonly name = 'SimulatorApiError';
  /** Tencent's error code, e.g. `AuthFailure.SignatureFailure`. */
  readonly code: string;

  constructor(code: string, message: string = defaultMessage(code)) {
    super(message);
    this.code = code;
  }
}

/** Messages in Tencent's own wording where we know it (docs/hunyuan-api.md §4). */
const MESSAGES: Readonly<Record<string, string>> = {
  InternalError:
    'An internal error has occurred. Retry your request, but if the problem persists, contact us.',
  RequestLimitExceeded: 'Your current request times in 1 second exceeds the limit. Please retry later.',
  ServiceUnavailable: 'Service is unavailable now, please try again later.',
  ResourceInsufficient: 'Insufficient resources.',
  ResourceUnavailable: 'Resource is unavailable.',
  LimitExceeded: 'Quota limit exceeded.',
  'AuthFailure.SignatureFailure':
    'The provided credentials could not be validated. Please check your signature is correct.',
  'AuthFailure.SecretIdNotFound': 'The SecretId is not found, please ensure that your SecretId is correct.',
  'FailedOperation.EngineServerLimitExceeded': 'The engine is busy. Please retry later.',
  'FailedOperation.EngineRequestTimeout': 'The engine request timed out. Please retry later.',
};

export function defaultMessage(code: string): string {
  return MESSAGES[code] ?? `Simulated error ${code}.`;
}
