import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:container` only: the image test, kept out of `npm test` (it builds the Docker image, which
// takes minutes, and needs root). The first build compiles better-sqlite3 and installs two dependency
// trees: its hooks get the time that takes.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/container/**/*.test.ts'],
    testTimeout: 5 * 60_000,
    hookTimeout: 45 * 60_000,
    fileParallelism: false,
  },
});
