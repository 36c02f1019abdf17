// How long a piece of async work kept this thread's event loop from turning: a 5 ms timer watches it.

/** Runs fn while a 5 ms timer watches this thread: the longest gap between ticks beyond 5 ms. */
export async function longestBlock<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; blockMs: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  const t0 = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t0;
    worst = Math.max(worst, performance.now() - last - 5);
    return { value, ms, blockMs: Math.max(0, worst) };
  } finally {
    clearInterval(timer);
  }
}
