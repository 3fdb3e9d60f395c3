import pino, { type DestinationStream, type Logger } from 'pino';

/** Structured logs; secrets and client keys never reach them. */
export function createLogger(opts: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: opts.level,
      redact: {
        paths: [
          'secretKey',
          '*.secretKey',
          'credentials',
          '*.credentials',
          'authorization',
          '*.authorization',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    opts.destination,
  );
}
