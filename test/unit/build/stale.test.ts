import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { version } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../../scripts/build.mjs';

/** `npm start`'s prestart (`node scripts/build.mjs --if-stale`): when does it build again? */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A project with one input (src/a.ts) and a build of it made at `startedAt`. */
function project(startedAt: number, esbuild = version) {
  const root = mkdtempSync(join(tmpdir(), 'build-stale-'));
  dirs.push(root);
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/a.ts'), 'export {};\n');
  const past = new Date(startedAt - 60_000);
  utimesSync(join(root, 'src/a.ts'), past, past);
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'web'), { recursive: true });
  writeFileSync(join(dist, 'main.js'), '');
  writeFileSync(join(dist, 'web/index.html'), '');
  writeFileSync(
    join(dist, 'build-info.json'),
    JSON.stringify({ startedAt, esbuild, inputs: ['src/a.ts'], outputs: ['main.js', 'web/index.html'] }),
  );
  return { root, dist };
}

describe('build staleness', () => {
  it('is up to date when no input changed since the build started and every output is there', async () => {
    const { root, dist } = project(Date.now());
    expect(await staleReason(dist, root)).toBeUndefined();
  });

  it('builds when there is no build yet', async () => {
    const root = mkdtempSync(join(tmpdir(), 'build-stale-'));
    dirs.push(root);
    expect(await staleReason(join(root, 'dist'), root)).toBe('no dist/build-info.json');
  });

  it('builds when an input was modified after the build started (an edit during the build included)', async () => {
    const { root, dist } = project(Date.now() - 10_000);
    const during = new Date(Date.now() - 5_000);
    utimesSync(join(root, 'src/a.ts'), during, during);
    expect(await staleReason(dist, root)).toBe('src/a.ts changed');
  });

  it('builds when an input is gone or an output is missing', async () => {
    const a = project(Date.now());
    rmSync(join(a.root, 'src/a.ts'));
    expect(await staleReason(a.dist, a.root)).toBe('src/a.ts is gone');
    const b = project(Date.now());
    rmSync(join(b.dist, 'web/index.html'));
    expect(await staleReason(b.dist, b.root)).toBe('dist/web/index.html is missing');
  });

  it('builds when esbuild changed', async () => {
    const { root, dist } = project(Date.now(), '0.0.1');
    expect(await staleReason(dist, root)).toBe(`built with esbuild 0.0.1, now ${version}`);
  });
});
