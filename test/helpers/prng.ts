/**
 * Seeded randomness for tests whose inputs are random (injected faults, generated data), so that a
 * red run can be replayed. A test takes its seed from `testSeed()`, prints it, and passes
 * `mulberry32(seed)` wherever randomness is consumed (the simulator's `random` option, for one).
 *
 *   TEST_SEED=12345 npx vitest run test/integration/faults.test.ts   # replays seed 12345
 *   TEST_SEED=random npx vitest run test/integration/faults.test.ts  # a fresh seed, printed
 */

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data, not for anything secret. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The seed of this run: the environment variable `name` when set (an integer, or `random` for a
 * fresh one), else `fallback`, so that by default every run uses the same seed.
 */
export function testSeed(fallback: number, name = 'TEST_SEED'): number {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return fallback >>> 0;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 32) >>> 0;
  const n = Number(raw);
  if (!Number.isSafeInteger(n))
    throw new Error(`${name} must be an integer or "random", got ${JSON.stringify(raw)}`);
  return n >>> 0;
}
