import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * `npm run build:web`: bundles the demo page's script (src/web/page/main.ts with three.js and the
 * client library, src/client) into src/web/dist/demo.js. The bundle is committed (the server's `npm run build` only
 * copies it into dist/web/, with no browser toolchain); test/unit/web/bundle.test.ts fails when it is stale.
 */

export const ENTRY = fileURLToPath(new URL('./page/main.ts', import.meta.url));
export const BUNDLE = fileURLToPath(new URL('./dist/demo.js', import.meta.url));

/** The bundle's bytes, built in memory (deterministic for the same sources and esbuild version). */
export async function buildDemoBundle(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    outfile: BUNDLE,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox111', 'safari16.4'],
    minify: true,
    // Licences of three.js and eventsource-parser travel with the code, at the end of the file.
    legalComments: 'eof',
    charset: 'utf8',
    banner: { js: '/* Demo page bundle: built by `npm run build:web` from src/web/page/. Do not edit. */' },
    logLevel: 'silent',
  });
  const out = result.outputFiles.find((f) => f.path === BUNDLE);
  if (!out) throw new Error(`esbuild produced no ${BUNDLE}`);
  return out.contents;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bytes = await buildDemoBundle();
  await mkdir(dirname(BUNDLE), { recursive: true });
  await writeFile(BUNDLE, bytes);
  process.stdout.write(`${relative(process.cwd(), BUNDLE)}: ${(bytes.byteLength / 1024).toFixed(0)} KiB\n`);
}
