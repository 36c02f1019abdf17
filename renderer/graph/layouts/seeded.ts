// Force layouts sample Math.random; run them under a seeded generator so the same account always
// comes out the same way (the rep's first view, the worker's result, and the tests' figures).

/** Runs `fn` with Math.random replaced by a seeded generator (mulberry32), restoring it afterwards. */
export function withSeed<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let a = seed >>> 0;
  Math.random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
