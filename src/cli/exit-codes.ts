/**
 * What `h3d` exits with, and the one-line message for each way a command can fail. Scripts branch on
 * the exit code, people read the message: neither ever sees a stack trace.
 */
import {
  GatewayClientError,
  GatewayHttpError,
  GatewayRequestError,
  GatewayUnreachableError,
} from '../client/errors.ts';

export const EXIT = {
  /** The command did what it was asked; for watching, the job ended DONE. */
  OK: 0,
  /** The job (or pipeline) ended FAIL or CANCELED. */
  JOB_FAILED: 1,
  /** Unknown command or option, a missing or malformed argument, an unreadable input file. */
  USAGE: 2,
  /** No answer from the gateway at all: refused, DNS, reset, TLS. */
  UNREACHABLE: 3,
  /** The gateway refused the API key (UNAUTHENTICATED, FORBIDDEN). */
  AUTH: 4,
  /** The gateway refused the request (BAD_USER_INPUT, NOT_FOUND, JOB_NOT_CANCELABLE, …). */
  REFUSED: 5,
  /** Anything else: a server fault, a file that cannot be written, a stream that kept dropping. */
  OTHER: 6,
  /** Ctrl-C: 128 + SIGINT, what shells report for a process stopped by it. */
  INTERRUPTED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Shown under "Exit codes" in `h3d --help` and mirrored in the README. */
export const EXIT_CODES_HELP = `Exit codes:
  0    success (watch, --watch: the job ended DONE)
  1    the job or pipeline ended FAIL or CANCELED
  2    usage error: unknown command or option, missing argument, unreadable file
  3    the gateway cannot be reached
  4    the gateway refused the API key (UNAUTHENTICATED, FORBIDDEN)
  5    the gateway refused the request (BAD_USER_INPUT, NOT_FOUND, JOB_NOT_CANCELABLE, ...)
  6    any other failure (server error, cannot write a file, ...)
  130  interrupted (Ctrl-C); a job being watched continues on the gateway`;

/** A mistake in the command line itself (exit 2); the message says what and where to look. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The gateway answered, but not with what was asked for (e.g. no such job): exit 5 like its refusals. */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A local failure with a message already fit for the user (writing a file, a watch that gave up). */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
}

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** Node's socket error codes, in words (the rest are shown as they are). */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed',
};

/** fetch never connects to the Fetch standard's "bad ports" (1, 21, 25, 6000, …) and says only this. */
const BAD_PORT = 'fetch refuses this port (a "bad port" of the Fetch standard); use another';

/**
 * Why a connection failed, from the cause chain fetch builds (TypeError "fetch failed" → the socket
 * error with its `code`; several addresses tried → an AggregateError of them).
 */
export function networkReason(err: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = err;
  let fallback: string | undefined;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return NETWORK_REASONS[code] ?? code;
    if (current instanceof AggregateError) {
      for (const inner of current.errors) {
        const reason = networkReason(inner);
        if (reason) return reason;
      }
    }
    if (!(current instanceof GatewayClientError) && current.message && current.message !== 'fetch failed') {
      fallback ??= current.message === 'bad port' ? BAD_PORT : current.message;
    }
    current = current.cause;
  }
  return fallback;
}

export interface Failure {
  exitCode: ExitCode;
  message: string;
}

/** The exit code and message for anything a command throws; `url` is the gateway the user named. */
export function describeError(err: unknown, url: string): Failure {
  if (err instanceof UsageError) return { exitCode: EXIT.USAGE, message: err.message };
  if (err instanceof RefusedError) return { exitCode: EXIT.REFUSED, message: `${err.message} (${err.code})` };
  if (err instanceof CliFailure) return { exitCode: EXIT.OTHER, message: err.message };
  if (err instanceof GatewayUnreachableError) {
    const reason = networkReason(err.cause);
    return {
      exitCode: EXIT.UNREACHABLE,
      message: `cannot reach the gateway at ${url}${reason ? `: ${reason}` : ''}`,
    };
  }
  if (err instanceof GatewayRequestError) {
    const code = err.code ?? 'no code';
    const field = err.errors[0]?.extensions?.field;
    // The gateway's messages often start with the field already.
    const where = typeof field === 'string' && !err.message.includes(field) ? ` [${field}]` : '';
    if (err.code && AUTH_CODES.has(err.code)) {
      return {
        exitCode: EXIT.AUTH,
        message: `the gateway at ${url} refused the API key: ${err.message} (${code}); set H3D_API_KEY or pass --api-key`,
      };
    }
    if (err.code === 'INTERNAL_SERVER_ERROR') {
      return { exitCode: EXIT.OTHER, message: `the gateway failed: ${err.message} (${code})` };
    }
    return {
      exitCode: EXIT.REFUSED,
      message: `the gateway refused the request: ${err.message}${where} (${code})`,
    };
  }
  if (err instanceof GatewayHttpError) {
    if (err.status === 401 || err.status === 403) {
      return {
        exitCode: EXIT.AUTH,
        message: `the gateway at ${url} refused the API key: ${err.message}; set H3D_API_KEY or pass --api-key`,
      };
    }
    // 4xx: this request was refused (too large, not acceptable); 5xx and the rest: the gateway or a
    // proxy in front of it failed.
    const refused = err.status >= 400 && err.status < 500;
    return { exitCode: refused ? EXIT.REFUSED : EXIT.OTHER, message: err.message };
  }
  if (err instanceof GatewayClientError) return { exitCode: EXIT.OTHER, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { exitCode: EXIT.OTHER, message: `unexpected error: ${message}` };
}
