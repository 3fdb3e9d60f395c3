#!/usr/bin/env node
// `h3d` (package.json "bin"): runs the compiled client, dist/cli.js, built from src/cli/ by
// `npm run build`. Plain JavaScript so it starts without a TypeScript loader.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write(
    `h3d: ${cli} is missing: run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))} first\n`,
  );
  process.exit(6);
}
// Stack frames of a bug report (H3D_DEBUG=1) then name the .ts sources.
process.setSourceMapsEnabled?.(true);
await import(pathToFileURL(cli).href);
