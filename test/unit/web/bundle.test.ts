import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE, buildDemoBundle } from '../../../src/web/build.ts';

describe('src/web/dist/demo.js (the demo page bundle, committed)', () => {
  it('matches what `npm run build:web` builds from src/web/page', async () => {
    const fresh = Buffer.from(await buildDemoBundle());
    const onDisk = readFileSync(BUNDLE);
    // Compared as buffers, not strings: a 650 KB diff would drown the message.
    expect(
      fresh.equals(onDisk),
      'src/web/dist/demo.js is stale: run `npm run build:web` and commit the result',
    ).toBe(true);
  });

  it('loads nothing from another origin', () => {
    // The licences esbuild gathers at the end (legalComments: 'eof') may name their projects' sites
    // (fflate's, with FBXLoader): text, not requests. Everything before them is checked.
    const [text = '', ...rest] = readFileSync(BUNDLE, 'utf8').split('\n/*! Bundled license information:');
    expect(rest.length).toBeLessThanOrEqual(1);
    expect(
      text.match(/https?:\/\/[^\s"'`)]+/g)?.filter((u) => !u.startsWith('http://www.w3.org/')) ?? [],
    ).toEqual([]);
  });
});
