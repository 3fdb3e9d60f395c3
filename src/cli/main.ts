/**
 * The `h3d` process (bin/h3d.js runs the compiled dist/cli.js built from here): real streams, the
 * environment, Ctrl-C, the exit code.
 */
import pkg from '../../package.json' with { type: 'json' };
import { runCli } from './run.ts';

const interrupt = new AbortController();
process.on('SIGINT', () => {
  // A second Ctrl-C while the first is still being handled (a slow request): stop now.
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort(new Error('interrupted'));
});
// `h3d jobs | head -1`: the reader left; nothing more to say to it, and nothing went wrong.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    signal: interrupt.signal,
    readStdin,
  },
  { version: pkg.version },
);
// Exit as soon as the output is flushed: an idle keep-alive connection or a stream being closed must
// not hold the shell's prompt.
await Promise.all([
  new Promise((resolve) => process.stdout.write('', resolve)),
  new Promise((resolve) => process.stderr.write('', resolve)),
]);
process.exit(code);
