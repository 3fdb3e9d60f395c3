// @ts-check
/**
 * The trusted documents (TRUSTED_DOCUMENTS, README "Trusted documents"): every operation the
 * project's own clients send, as `{ "<sha256 hex of the text>": "<text>" }`. `npm run build` writes
 * it to dist/trusted-documents.json.
 *
 * The texts are taken from codegen's output modules themselves (documentMode 'string'), not printed
 * again from the .graphql files: a client sends `document.toString()`, and a registered text must be
 * that string to the byte, or the gateway would refuse its own clients.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** The manifest's name under dist/. */
export const TRUSTED_DOCUMENTS_FILE = 'trusted-documents.json';

/**
 * Codegen outputs (codegen.ts) whose operations are registered: the client library's (which the CLI
 * uses) and the demo page's. test/generated is not: tests are not a client of a deployed gateway.
 */
export const TRUSTED_SOURCES = ['src/client/generated/graphql.ts', 'src/web/page/generated/graphql.ts'];

/**
 * @param {string} text
 * @returns {string}
 */
export function sha256Hex(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The manifest, keys sorted so that the same operations always give the same file, and the files
 * read to make it (for the build's staleness check).
 * @param {typeof import('esbuild')} esbuild
 * @param {string} root the project root
 * @returns {Promise<{ documents: Record<string, string>, inputs: string[] }>}
 */
export async function trustedDocuments(esbuild, root) {
  // Loaded here, not at the top: build.mjs runs before every `npm start`, and only a build needs it.
  const { Kind, parse } = await import('graphql');
  /** @type {Map<string, string>} */
  const found = new Map();
  /** @type {Set<string>} */
  const inputs = new Set();
  for (const source of TRUSTED_SOURCES) {
    // The generated module is TypeScript: compiled in memory and evaluated, so its exported strings
    // are exactly those the clients import.
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [join(root, source)],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    const code = result.outputFiles[0]?.text;
    if (code === undefined) throw new Error(`${source}: esbuild produced no output`);
    /** @type {Record<string, unknown>} */
    const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    let operations = 0;
    for (const value of Object.values(mod)) {
      // codegen's TypedDocumentString extends String; its toString() is what a client sends.
      if (!(value instanceof String)) continue;
      const text = value.toString();
      // Fragments alone are never sent; only documents with an operation are.
      if (!parse(text).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) continue;
      found.set(sha256Hex(text), text);
      operations += 1;
    }
    if (operations === 0) throw new Error(`${source}: no operations found (run \`npm run codegen\`)`);
    for (const input of Object.keys(result.metafile.inputs)) inputs.add(input);
  }
  const documents = Object.fromEntries([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { documents, inputs: [...inputs] };
}
