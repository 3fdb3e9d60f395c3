/**
 * Loaded with `--import` before src/main.ts by main-process.test.ts (never by the gateway itself):
 * on SIGUSR2 it leaves a stray error behind, as a forgotten `.catch` or a throwing callback would,
 * so the test can see what the real process does with it. STRAY_ERROR picks the kind.
 */
process.on('SIGUSR2', () => {
  if (process.env.STRAY_ERROR === 'exception') {
    setImmediate(() => {
      throw new Error('stray exception from the test preload');
    });
  } else {
    void Promise.reject(new Error('stray rejection from the test preload'));
  }
});
