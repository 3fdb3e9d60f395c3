// @ts-check
/**
 * `npm run build`: compiles the server, the simulator and the `h3d` client into dist/ with esbuild, one
 * bundle each (dist/main.js, dist/simulator.js, dist/cli.js, ESM, with source maps so stack traces name
 * .ts lines), and copies the files the server reads at run time next to them (the demo page: dist/web/).
 *
 * `node scripts/build.mjs --if-stale` (npm start's and npm run simulator's `pre` step) builds only
 * when dist/ is missing something or an input changed since the last build: any source or
 * node_modules file esbuild read, the copied files, package.json, the installed dependencies
 * (node_modules/.package-lock.json, rewritten by every npm install) and this script.
 *
 * Plain JavaScript on purpose (type-checked through JSDoc by `npm run typecheck`): `npm start` runs it
 * with `node` before the gateway, so no TypeScript loader is involved at start.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClient } from './build-client.mjs';
import { TRUSTED_DOCUMENTS_FILE, trustedDocuments } from './trusted-documents.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** Entry points, by output name (dist/<name>.js). */
export const ENTRIES = { main: 'src/main.ts', simulator: 'src/simulator/main.ts', cli: 'src/cli/main.ts' };

/**
 * Read from disk at run time by src/http/demo-page.ts, which looks for them in dist/web/ when it runs
 * from the bundle: paths relative to src/, copied to the same paths under dist/.
 */
export const ASSETS = ['web/page/index.html', 'web/page/styles.css', 'web/dist/demo.js'];

/**
 * Left to node_modules at run time instead of bundled: better-sqlite3 loads its compiled addon from
 * its own directory; ioredis reads its own package.json; @graphql-yoga/render-graphiql is 9 MB that the
 * gateway imports only on the first GraphiQL request (src/http/lazy-graphiql.ts).
 */
export const EXTERNAL = ['better-sqlite3', 'ioredis', '@graphql-yoga/render-graphiql'];

/** Inputs that are not in esbuild's metafile but change the output. */
const EXTRA_INPUTS = [
  'package.json',
  'node_modules/.package-lock.json',
  'scripts/build.mjs',
  'scripts/build-client.mjs',
  'scripts/trusted-documents.mjs',
  'tsconfig.json',
];

const INFO = 'build-info.json';

/**
 * What the last build read: `startedAt` (ms) and every input, relative to the project root.
 * @typedef {{ startedAt: number, esbuild: string, inputs: string[], outputs: string[] }} BuildInfo
 */

/**
 * esbuild, or undefined when it is not installed (a dev dependency: absent after
 * `npm ci --omit=dev`, where a build made elsewhere can still be run).
 * @returns {Promise<typeof import('esbuild') | undefined>}
 */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}

/**
 * Why the build in `dist` must be redone, or undefined when it is up to date. `root` is what the
 * recorded inputs are relative to; `esbuildVersion` the installed esbuild's (by default looked up;
 * not compared when esbuild is not installed).
 * @param {string} [dist]
 * @param {string} [root]
 * @param {string} [esbuildVersion]
 * @returns {Promise<string | undefined>}
 */
export async function staleReason(dist = DIST, root = ROOT, esbuildVersion = undefined) {
  const version = esbuildVersion ?? (await loadEsbuild())?.version;
  /** @type {BuildInfo} */
  let info;
  try {
    info = JSON.parse(await readFile(join(dist, INFO), 'utf8'));
  } catch {
    return `no ${relative(root, join(dist, INFO))}`;
  }
  for (const out of info.outputs) {
    try {
      await stat(join(dist, out));
    } catch {
      return `${relative(root, join(dist, out))} is missing`;
    }
  }
  if (version !== undefined && info.esbuild !== version)
    return `built with esbuild ${info.esbuild}, now ${version}`;
  for (const input of info.inputs) {
    let mtimeMs;
    try {
      ({ mtimeMs } = await stat(join(root, input)));
    } catch {
      return `${input} is gone`;
    }
    // Compared with the start of the build, so an edit made while it ran counts as a change.
    if (mtimeMs > info.startedAt) return `${input} changed`;
  }
  return undefined;
}

/**
 * Writes a file so that a reader (another build, a starting gateway) never sees half of it.
 * @param {string} path
 * @param {Uint8Array | string} data
 */
async function writeAtomically(path, data) {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/**
 * Bundles both entry points into `dist` and copies the assets. Resolves to what was written.
 * @param {{ dist?: string }} [opts]
 * @returns {Promise<BuildInfo>}
 */
export async function build(opts = {}) {
  const dist = opts.dist ?? DIST;
  const startedAt = Date.now();
  const esbuild = await loadEsbuild();
  if (!esbuild) {
    throw new Error('esbuild is not installed: the build needs the dev dependencies (npm install or npm ci)');
  }
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: dist,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // Linked maps without the sources' text: `node --enable-source-maps` maps stack frames to the
    // .ts files and lines; the text is in the repository.
    sourcemap: 'linked',
    sourcesContent: false,
    // The bundled CommonJS packages call require() for Node's built-ins; an ES module has none.
    banner: {
      js: [
        '// Built by `npm run build` (scripts/build.mjs) from src/. Do not edit; run with node --enable-source-maps.',
        "import { createRequire as __bundleCreateRequire } from 'node:module';",
        'const require = __bundleCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    logLevel: 'warning',
  });
  /** @type {string[]} */
  const outputs = [];
  for (const file of result.outputFiles) {
    await writeAtomically(file.path, file.contents);
    outputs.push(relative(dist, file.path));
  }
  for (const asset of ASSETS) {
    await writeAtomically(join(dist, asset), await readFile(join(ROOT, 'src', asset)));
    outputs.push(asset);
  }
  // The client library (`hunyuan3d-gateway/client`): dist/client/index.js and its declarations.
  const client = await buildClient(esbuild, ROOT, dist);
  for (const file of client.files) {
    await writeAtomically(file.path, file.contents);
    outputs.push(relative(dist, file.path));
  }
  // The operations of the project's own clients, for TRUSTED_DOCUMENTS (scripts/trusted-documents.mjs).
  const trusted = await trustedDocuments(esbuild, ROOT);
  await writeAtomically(
    join(dist, TRUSTED_DOCUMENTS_FILE),
    `${JSON.stringify(trusted.documents, null, 1)}\n`,
  );
  outputs.push(TRUSTED_DOCUMENTS_FILE);
  const extra = [];
  for (const input of EXTRA_INPUTS) {
    if (await stat(join(ROOT, input)).catch(() => undefined)) extra.push(input);
  }
  const inputs = [
    ...new Set([
      ...Object.keys(result.metafile.inputs),
      ...ASSETS.map((a) => `src/${a}`),
      ...trusted.inputs,
      ...client.inputs,
      ...extra,
    ]),
  ].sort();
  /** @type {BuildInfo} */
  const info = { startedAt, esbuild: esbuild.version, inputs, outputs: outputs.sort() };
  // Last: until it is written, the next --if-stale sees an incomplete build and builds again.
  await writeAtomically(join(dist, INFO), `${JSON.stringify(info, null, 1)}\n`);
  return info;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  const reason = await staleReason();
  if (ifStale && reason === undefined) process.exit(0);
  if (ifStale && !(await loadEsbuild())) {
    // Production dependencies only (npm ci --omit=dev) with a dist/ built elsewhere: run it as it is.
    const built = await stat(join(DIST, INFO)).catch(() => undefined);
    process.stderr.write(
      built
        ? `dist/ may be out of date (${reason}), but esbuild (a dev dependency) is not installed to rebuild it; starting it as it is\n`
        : 'dist/ has not been built and esbuild (a dev dependency) is not installed: run `npm install`, then `npm start`\n',
    );
    process.exit(built ? 0 : 1);
  }
  const t0 = performance.now();
  const info = await build();
  const bundles = info.outputs.filter((o) => o.endsWith('.js') && !o.includes('/'));
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  process.stderr.write(
    `built ${bundles.join(', ')} in ${relative(process.cwd(), DIST) || '.'}/ (${seconds} s${ifStale ? `; ${reason}` : ''})\n`,
  );
}
