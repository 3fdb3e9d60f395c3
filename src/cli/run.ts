/**
 * `h3d` without the process around it: parses the line, picks the gateway, runs the command and maps
 * whatever it throws to an exit code and one line on stderr. main.ts wires it to the real process.
 */
import { createClient } from '../client/index.ts';
import type { Client, ClientOptions } from '../client/types.ts';
import { parseCommandLine } from './args.ts';
import { type CliIo, COMMAND_HANDLERS, WatchInterrupted } from './commands.ts';
import { describeError, EXIT, type ExitCode, UsageError } from './exit-codes.ts';
import { commandHelp, DEFAULT_URL, overview } from './help.ts';

export interface RunOptions {
  version: string;
  /** The client factory (tests may hand in their own); default the library's createClient. */
  createClient?: (options: ClientOptions) => Client;
}

/** `--url`, else `$H3D_URL`, else the local default; an http(s) URL or a usage error. */
export function gatewayUrl(flag: string | undefined, env: CliIo['env']): string {
  const raw = (flag ?? (env.H3D_URL || undefined) ?? DEFAULT_URL).trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${flag !== undefined ? '--url' : 'H3D_URL'} is not a URL: '${raw}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(
      `${flag !== undefined ? '--url' : 'H3D_URL'} must be an http or https URL, got '${raw}'`,
    );
  }
  return raw.replace(/\/+$/, '');
}

export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions): Promise<ExitCode> {
  const fail = (message: string, code: ExitCode) => {
    io.stderr.write(`h3d: ${message}\n`);
    return code;
  };
  if (argv.length === 0) {
    // Bare `h3d`: what it can do, but as a usage error, so a script that lost its arguments notices.
    io.stderr.write(overview(options.version));
    return EXIT.USAGE;
  }
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const words = argv.filter((a) => !a.startsWith('-'));
    const hint =
      words[0] === 'pipeline'
        ? 'h3d pipeline --help'
        : words.length
          ? `h3d ${words[0]} --help`
          : 'h3d --help';
    return fail(`${err.message} (see ${hint})`, EXIT.USAGE);
  }
  if (parsed.kind === 'version') {
    io.stdout.write(`${options.version}\n`);
    return EXIT.OK;
  }
  if (parsed.kind === 'help') {
    const text = parsed.topic === undefined ? overview(options.version) : commandHelp(parsed.topic);
    if (text === undefined)
      return fail(`no help for '${parsed.topic}': unknown command (see h3d --help)`, EXIT.USAGE);
    io.stdout.write(text);
    return EXIT.OK;
  }

  const { command, args, values } = parsed;
  let url: string;
  try {
    url = gatewayUrl(values.url, io.env);
  } catch (err) {
    return fail((err as Error).message, EXIT.USAGE);
  }
  const apiKey = values['api-key'] ?? (io.env.H3D_API_KEY || undefined);
  const client = (options.createClient ?? createClient)({ url, apiKey });
  const handler = COMMAND_HANDLERS[command.name];
  if (!handler) return fail(`unknown command '${command.name}'`, EXIT.USAGE);
  try {
    return await handler({ client, io, url, json: values.json === true, args, values });
  } catch (err) {
    if (err instanceof WatchInterrupted) return fail(err.message, EXIT.INTERRUPTED);
    if (io.signal.aborted) return fail('interrupted', EXIT.INTERRUPTED);
    const failure = describeError(err, url);
    if (
      failure.message.startsWith('unexpected error') &&
      io.env.H3D_DEBUG &&
      err instanceof Error &&
      err.stack
    ) {
      // Asked for: the trace of a bug in h3d itself, for a report.
      io.stderr.write(`${err.stack}\n`);
    }
    return fail(failure.message, failure.exitCode);
  }
}
