import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const GENERATED = join(ROOT, 'test/generated');

function onDisk(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(GENERATED).map((name) => [
      `test/generated/${name}`,
      readFileSync(join(GENERATED, name), 'utf8'),
    ]),
  );
}

describe('test/generated (GraphQL Code Generator output)', () => {
  it('matches what `npm run codegen` would write from schema/schema.graphql and test/operations', async () => {
    // In memory: nothing on disk is touched, so a stale tree is reported, not silently fixed.
    const outputs: Array<{ filename: string; content: string }> = await generate(
      { ...config, cwd: ROOT, silent: true },
      false,
    );
    const fresh = Object.fromEntries(
      outputs.map((o) => [relative(ROOT, resolve(ROOT, o.filename)).split('\\').join('/'), o.content]),
    );
    const stale = 'test/generated is stale: run `npm run codegen` and commit the result';
    expect(Object.keys(onDisk()).sort(), stale).toEqual(Object.keys(fresh).sort());
    for (const [file, content] of Object.entries(fresh)) {
      expect(onDisk()[file], `${file}: ${stale}`).toBe(content);
    }
  });
});
