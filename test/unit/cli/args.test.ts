import { describe, expect, it } from 'vitest';
import { COMMANDS, intOption, parseCommandLine } from '../../../src/cli/args.ts';
import { UsageError } from '../../../src/cli/exit-codes.ts';
import { commandHelp, HELP_TOPICS, overview } from '../../../src/cli/help.ts';
import { gatewayUrl } from '../../../src/cli/run.ts';

function usage(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('h3d command line', () => {
  it('takes global options before or after the command', () => {
    for (const argv of [
      ['--json', '--url', 'http://h:1', 'get', 'job_x'],
      ['get', 'job_x', '--json', '--url=http://h:1'],
    ]) {
      const p = parseCommandLine(argv);
      expect(p.kind).toBe('command');
      if (p.kind !== 'command') return;
      expect(p.command.name).toBe('get');
      expect(p.args).toEqual(['job_x']);
      expect(p.values).toMatchObject({ json: true, url: 'http://h:1' });
    }
  });

  it('joins the words of a prompt and reads submit options', () => {
    const p = parseCommandLine(['submit', 'a', 'small chair', '-w', '-o', 'out', '--kind', 'rapid', '--pbr']);
    expect(p).toMatchObject({
      kind: 'command',
      args: ['a', 'small chair'],
      values: { watch: true, out: 'out', kind: 'rapid', pbr: true },
    });
  });

  it('knows the two-word pipeline commands', () => {
    expect(parseCommandLine(['pipeline', 'submit', 'steps.json', '--watch'])).toMatchObject({
      command: { name: 'pipeline submit' },
      args: ['steps.json'],
    });
    expect(parseCommandLine(['pipeline', 'cancel', 'pl_x'])).toMatchObject({
      command: { name: 'pipeline cancel' },
    });
    expect(usage(['pipeline'])).toMatch(/pipeline needs a subcommand/);
    expect(usage(['pipeline', 'frobnicate'])).toMatch(/unknown pipeline subcommand 'frobnicate'/);
  });

  it('refuses what a command does not take, naming it', () => {
    expect(usage(['submit', 'x', '--bogus'])).toBe('unknown option --bogus');
    expect(usage(['get', 'job_x', '--watch'])).toBe('get does not take --watch');
    expect(usage(['get'])).toBe('get needs <id>');
    expect(usage(['cancel', 'a', 'b'])).toMatch(/cancel takes 1 argument\(s\), got 2/);
    expect(usage(['frob'])).toBe("unknown command 'frob'");
    expect(usage(['submit', '--out'])).toMatch(/--out needs a value/);
    expect(usage(['submit', '--pbr=yes', 'x'])).toMatch(/--pbr takes no value/);
  });

  it('answers help and version', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help', topic: undefined });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['submit', '--help'])).toEqual({ kind: 'help', topic: 'submit' });
    expect(parseCommandLine(['help', 'pipeline', 'watch'])).toEqual({
      kind: 'help',
      topic: 'pipeline watch',
    });
    expect(parseCommandLine(['pipeline', '--help'])).toEqual({ kind: 'help', topic: 'pipeline' });
  });

  it('has help for every command, and the exit codes in each', () => {
    expect(HELP_TOPICS).toEqual(COMMANDS.map((c) => c.name));
    for (const topic of [...HELP_TOPICS, 'pipeline']) {
      const text = commandHelp(topic);
      expect(text, topic).toMatch(/^Usage: h3d /);
      expect(text, topic).toContain('130  interrupted');
    }
    const all = overview('1.2.3');
    for (const c of COMMANDS) expect(all).toContain(c.name.split(' ')[0]);
    expect(all).toContain('H3D_URL');
    expect(all).toContain('H3D_API_KEY');
    expect(commandHelp('frob')).toBeUndefined();
  });

  it('checks whole numbers locally and leaves their range to the gateway', () => {
    expect(intOption('first', '20', 1, 100)).toBe(20);
    expect(() => intOption('first', '2x', 1, 100)).toThrow("--first needs a whole number, got '2x'");
    expect(() => intOption('first', '0', 1, 100)).toThrow('--first must be between 1 and 100, got 0');
  });

  it('takes the gateway from --url, then H3D_URL, then the local default', () => {
    expect(gatewayUrl(undefined, {})).toBe('http://127.0.0.1:4000');
    expect(gatewayUrl(undefined, { H3D_URL: 'https://gw.example/' })).toBe('https://gw.example');
    expect(gatewayUrl('http://flag:1', { H3D_URL: 'https://gw.example' })).toBe('http://flag:1');
    expect(() => gatewayUrl('nope', {})).toThrow("--url is not a URL: 'nope'");
    expect(() => gatewayUrl(undefined, { H3D_URL: 'ftp://x' })).toThrow(
      /H3D_URL must be an http or https URL/,
    );
  });
});
