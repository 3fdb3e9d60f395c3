import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const OUTPUTS = ['test/generated', 'src/client/generated', 'src/web/page/generated'];

function onDisk(): Record<string, string> {
  return Object.fromEntries(
    OUTPUTS.flatMap((dir) =>
      readdirSync(join(ROOT, dir)).map((name) => [
        `${dir}/${name}`,
        readFileSync(join(ROOT, dir, name), 'utf8'),
      ]),
    ),
  );
}

describe('GraphQL Code Generator output (test/generated, src/client/generated, src/web/page/generated)', () => {
  it('matches what `npm run codegen` would write from schema/schema.graphql and the operations', async () => {
    // In memory: nothing on disk is touched, so a stale tree is reported, not silently fixed.
    const outputs: Array<{ filename: string; content: string }> = await generate(
      { ...config, cwd: ROOT, silent: true },
      false,
    );
    const fresh = Object.fromEntries(
      outputs.map((o) => [relative(ROOT, resolve(ROOT, o.filename)).split('\\').join('/'), o.content]),
    );
    const stale = 'generated operations are stale: run `npm run codegen` and commit the result';
    expect(Object.keys(onDisk()).sort(), stale).toEqual(Object.keys(fresh).sort());
    for (const [file, content] of Object.entries(fresh)) {
      expect(onDisk()[file], `${file}: ${stale}`).toBe(content);
    }
  });
});
