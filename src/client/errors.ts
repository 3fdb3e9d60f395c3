/**
 * What a client call can fail with, one class per cause, so callers (the CLI's exit codes, a page's
 * message) branch on the type instead of on message text.
 */

/** Base class: every error the client throws is one of these (or the caller's AbortSignal reason). */
export class GatewayClientError extends Error {
  override readonly name: string = 'GatewayClientError';
}

/** The gateway could not be reached or the connection broke (refused, DNS, reset, TLS). */
export class GatewayUnreachableError extends GatewayClientError {
  override readonly name = 'GatewayUnreachableError';
  constructor(
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot reach the gateway at ${url}`, options);
  }
}

/** The gateway answered with GraphQL errors: `code` is the first error's `extensions.code`. */
export class GatewayRequestError extends GatewayClientError {
  override readonly name = 'GatewayRequestError';
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[],
    readonly status: number,
  ) {
    super(message);
  }
}

/** The gateway answered HTTP without a GraphQL result (a 413, a proxy's 502, a non-JSON body). */
export class GatewayHttpError extends GatewayClientError {
  override readonly name = 'GatewayHttpError';
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`gateway answered HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`);
  }
}
