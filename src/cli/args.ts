/**
 * `h3d`'s command line: which command, its arguments and options, and the gateway to talk to.
 *
 * One node:util parseArgs pass over the whole line with every option any command knows (no two
 * commands give one name different types), so global options may stand before or after the command
 * (`h3d --json get job_…` and `h3d get job_… --json`); then each command's own list decides what it
 * accepts, so `h3d get --watch` is a usage error naming the command.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes.ts';

type OptionSpec = { type: 'boolean' | 'string'; short?: string; multiple?: boolean };

/** Every option, by long name. */
export const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  url: { type: 'string' },
  'api-key': { type: 'string' },
  json: { type: 'boolean' },
  watch: { type: 'boolean', short: 'w' },
  out: { type: 'string', short: 'o' },
  // submit
  image: { type: 'string' },
  kind: { type: 'string' },
  'face-count': { type: 'string' },
  pbr: { type: 'boolean' },
  'generate-type': { type: 'string' },
  'polygon-type': { type: 'string' },
  'face-level': { type: 'string' },
  format: { type: 'string' },
  'result-format': { type: 'string' },
  model: { type: 'string' },
  'motion-type': { type: 'string' },
  'file-from-job': { type: 'string' },
  'file-url': { type: 'string' },
  'file-type': { type: 'string' },
  'idempotency-key': { type: 'string' },
  'start-by': { type: 'string' },
  // jobs
  first: { type: 'string' },
  after: { type: 'string' },
  status: { type: 'string' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
export type OptionValues = {
  [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};

/** Options every command takes. */
const GLOBAL: readonly OptionName[] = ['help', 'url', 'api-key', 'json'];
const SUBMIT_INPUT: readonly OptionName[] = [
  'image',
  'kind',
  'face-count',
  'pbr',
  'generate-type',
  'polygon-type',
  'face-level',
  'format',
  'result-format',
  'model',
  'motion-type',
  'file-from-job',
  'file-url',
  'file-type',
  'idempotency-key',
  'start-by',
];

export interface CommandSpec {
  /** As typed: `submit`, `pipeline submit`. */
  name: string;
  /** Positional arguments after the command, for the usage line and the count check. */
  args: readonly { name: string; optional?: boolean; variadic?: boolean }[];
  options: readonly OptionName[];
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'submit',
    args: [{ name: 'prompt', optional: true, variadic: true }],
    options: [...SUBMIT_INPUT, 'watch', 'out'],
  },
  { name: 'get', args: [{ name: 'id' }], options: [] },
  { name: 'jobs', args: [], options: ['first', 'after', 'status'] },
  { name: 'watch', args: [{ name: 'id' }], options: ['out'] },
  { name: 'download', args: [{ name: 'id' }], options: ['out'] },
  { name: 'cancel', args: [{ name: 'id' }], options: [] },
  { name: 'retry', args: [{ name: 'id' }], options: ['watch', 'out', 'start-by'] },
  {
    name: 'pipeline submit',
    args: [{ name: 'steps.json' }],
    options: ['watch', 'out', 'idempotency-key', 'start-by'],
  },
  { name: 'pipeline get', args: [{ name: 'id' }], options: [] },
  { name: 'pipeline watch', args: [{ name: 'id' }], options: ['out'] },
  { name: 'pipeline cancel', args: [{ name: 'id' }], options: [] },
];

export type Parsed =
  | { kind: 'version' }
  /** `topic` is a command name, `pipeline` for the group, or undefined for the overview. */
  | { kind: 'help'; topic: string | undefined }
  | { kind: 'command'; command: CommandSpec; args: string[]; values: OptionValues };

/** parseArgs' ERR_PARSE_ARGS_* messages are long and name no command: say it in our words. */
function rephrase(err: unknown): UsageError {
  const code = (err as { code?: unknown }).code;
  const message = err instanceof Error ? err.message : String(err);
  // "Unknown option '-x'", "Option '-o, --out <value>' argument missing": the long name when there is one.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(
      /argument missing/.test(message) ? `option ${option} needs a value` : `option ${option} takes no value`,
    );
  }
  return new UsageError(message);
}

export function findCommand(words: readonly string[]): { spec: CommandSpec; used: number } | undefined {
  for (const spec of COMMANDS) {
    const parts = spec.name.split(' ');
    if (parts.every((p, i) => words[i] === p)) return { spec, used: parts.length };
  }
  return undefined;
}

/** Parses `argv` (without node and the script). Throws UsageError for anything it cannot accept. */
export function parseCommandLine(argv: readonly string[]): Parsed {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw rephrase(err);
  }
  const values = parsed.values as OptionValues;
  const words = parsed.positionals;

  if (words[0] === 'help') return { kind: 'help', topic: words.slice(1).join(' ') || undefined };
  if (values.version && words.length === 0) return { kind: 'version' };
  if (words.length === 0) {
    if (values.help) return { kind: 'help', topic: undefined };
    throw new UsageError('no command given');
  }
  const found = findCommand(words);
  if (!found) {
    if (words[0] === 'pipeline') {
      if (values.help && words.length === 1) return { kind: 'help', topic: 'pipeline' };
      throw new UsageError(
        words[1] === undefined
          ? 'pipeline needs a subcommand: submit, get, watch or cancel'
          : `unknown pipeline subcommand '${words[1]}' (submit, get, watch, cancel)`,
      );
    }
    throw new UsageError(`unknown command '${words[0]}'`);
  }
  const { spec, used } = found;
  if (values.help) return { kind: 'help', topic: spec.name };

  const allowed = new Set<string>([...GLOBAL, ...spec.options]);
  for (const name of Object.keys(values)) {
    if (!allowed.has(name)) throw new UsageError(`${spec.name} does not take --${name}`);
  }
  const args = words.slice(used);
  const required = spec.args.filter((a) => !a.optional).length;
  const variadic = spec.args.some((a) => a.variadic);
  if (args.length < required) {
    const missing = spec.args[args.length];
    throw new UsageError(`${spec.name} needs <${missing?.name ?? 'argument'}>`);
  }
  if (!variadic && args.length > spec.args.length) {
    throw new UsageError(
      `${spec.name} takes ${spec.args.length} argument(s), got ${args.length}: ${args.join(' ')}`,
    );
  }
  return { kind: 'command', command: spec, args, values };
}

/** A whole number in [min, max] from an option's text, or a usage error naming the option. */
export function intOption(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\s*-?\d+\s*$/.test(text) || !Number.isSafeInteger(n)) {
    throw new UsageError(`--${name} needs a whole number, got '${text}'`);
  }
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}
