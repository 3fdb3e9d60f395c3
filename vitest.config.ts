import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports" map: Node loads its CommonJS build for every package, while Vite
    // would pick index.mjs for our sources, and two graphql copies cannot share a schema.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Integration tests run real loopback servers and count upstream calls per second: on a 2-core
    // machine, two files at a time keeps their timing honest.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 30_000,
    unstubEnvs: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          // test/container builds and starts the Docker image (10+ minutes, root): `npm run test:container`.
          exclude: [...configDefaults.exclude, 'test/browser/**', 'test/container/**'],
        },
      },
      // Chromium with software WebGL takes a core or two while it runs: after every other file, alone,
      // so it cannot skew the timing of the upstream-budget tests.
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
