import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests run real loopback servers and count upstream calls per second: on a 2-core
    // machine, two files at a time keeps their timing honest.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 30_000,
    unstubEnvs: true,
  },
});
