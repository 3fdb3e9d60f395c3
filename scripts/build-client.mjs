// @ts-check
/**
 * The client library's part of `npm run build` (scripts/build.mjs): `hunyuan3d-gateway/client`, as
 * package.json's `exports` names it, in dist/client/.
 *
 * - dist/client/index.js: one ES module bundled by esbuild for the neutral platform (browsers, Node
 *   20, Deno, bundlers), with its one dependency, eventsource-parser, inside: a page can load it as is.
 * - dist/client/*.d.ts: its declarations, emitted by the TypeScript compiler from
 *   src/client/tsconfig.build.json (checked against the DOM library without Node's types).
 *
 * Returns the files instead of writing them, so the caller writes each atomically, and the inputs the
 * `--if-stale` check must watch.
 */
import { join, relative } from 'node:path';

export const CLIENT_ENTRY = 'src/client/index.ts';
export const CLIENT_TSCONFIG = 'src/client/tsconfig.build.json';

/**
 * The sources import `./x.ts` (run as they are by tsx and checked by tsc), and tsc copies module
 * specifiers into declarations verbatim; next to index.js the declarations must name `./x.js`.
 * @param {string} text
 */
function jsSpecifiers(text) {
  return text.replace(/(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2');
}

/**
 * @param {typeof import('esbuild')} esbuild
 * @param {string} root
 * @param {string} dist
 * @returns {Promise<{ files: Array<{ path: string, contents: Uint8Array | string }>, inputs: string[] }>}
 */
export async function buildClient(esbuild, root, dist) {
  const outdir = join(dist, 'client');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { index: CLIENT_ENTRY },
    outdir,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'neutral',
    // The neutral platform reads no main fields by default; eventsource-parser's `exports` suffice,
    // these are for packages without them.
    mainFields: ['module', 'main'],
    format: 'esm',
    target: ['es2022', 'node20', 'chrome111', 'firefox111', 'safari16.4'],
    banner: { js: '// Built by `npm run build` (scripts/build.mjs) from src/client/. Do not edit.' },
    legalComments: 'eof',
    logLevel: 'warning',
  });
  /** @type {Array<{ path: string, contents: Uint8Array | string }>} */
  const files = result.outputFiles.map((f) => ({ path: f.path, contents: f.contents }));

  const ts = (await import('typescript')).default;
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, CLIENT_TSCONFIG),
    { outDir: outdir },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`${CLIENT_TSCONFIG} could not be read`);
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const emitted = program.emit(
    undefined,
    (path, text) => files.push({ path, contents: jsSpecifiers(text) }),
    undefined,
    true,
  );
  const problems = [...config.errors, ...emitted.diagnostics].filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  if (problems.length > 0) {
    throw new Error(
      `declarations of ${CLIENT_ENTRY}:\n${ts.formatDiagnostics(problems, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => root,
        getNewLine: () => '\n',
      })}`,
    );
  }
  const fromProgram = program
    .getSourceFiles()
    .map((f) => relative(root, f.fileName).split('\\').join('/'))
    .filter((f) => f.startsWith('src/'));
  return {
    files,
    inputs: [...Object.keys(result.metafile.inputs), ...fromProgram, CLIENT_TSCONFIG],
  };
}
