import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OptionValues } from '../../../src/cli/args.ts';
import { UsageError } from '../../../src/cli/exit-codes.ts';
import { MAX_INPUT_FILE_BYTES, submitInput } from '../../../src/cli/input.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'h3d-input-'));
  dirs.push(d);
  return d;
}

const withImage = (image: string) => ({ image }) as OptionValues;

describe('h3d submit --image', () => {
  it('sends a file inline as base64 and a URL as imageUrl', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'head.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    expect(await submitInput(undefined, withImage('head.png'), cwd)).toEqual({
      imageBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).toString('base64'),
    });
    expect(await submitInput('a chair', withImage('https://example.test/a.png'), cwd)).toEqual({
      prompt: 'a chair',
      imageUrl: 'https://example.test/a.png',
    });
  });

  it('refuses what it should not read whole, before reading it: a device, a huge file', async () => {
    const cwd = dir();
    // /dev/zero would be read forever; a FIFO would block.
    await expect(submitInput(undefined, withImage('/dev/zero'), cwd)).rejects.toThrow(
      new UsageError('cannot read image file /dev/zero: not a regular file'),
    );
    // Sparse: takes no disk space, but its size is what a mistaken path to a video would have.
    const big = join(cwd, 'video.mp4');
    writeFileSync(big, '');
    truncateSync(big, MAX_INPUT_FILE_BYTES + 1);
    await expect(submitInput(undefined, withImage('video.mp4'), cwd)).rejects.toThrow(
      /^cannot read image file video\.mp4: 64 MiB is far above what the gateway accepts$/,
    );
  });

  it('names the problem with a missing file, a directory and an empty file', async () => {
    const cwd = dir();
    await expect(submitInput(undefined, withImage('nope.png'), cwd)).rejects.toThrow(
      'cannot read image file nope.png: no such file',
    );
    await expect(submitInput(undefined, withImage('.'), cwd)).rejects.toThrow(
      'cannot read image file .: it is a directory',
    );
    writeFileSync(join(cwd, 'empty.png'), '');
    await expect(submitInput(undefined, withImage('empty.png'), cwd)).rejects.toThrow(
      'cannot read image file empty.png: it is empty',
    );
  });
});
