// The benchmarks' one way of timing a step: a warm-up run (prepared statements, JIT), then the
// median wall and CPU time of `runs` runs. CPU time is the steadier figure on a loaded machine.
export const round2 = (n: number): number => Math.round(n * 100) / 100;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall and CPU ms of `runs` runs of `fn` (given the run's index; -1 for the warm-up). */
export function time(runs: number, fn: (i: number) => unknown): { ms: number; cpuMs: number } {
  fn(-1);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(i);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: round2(median(wall)), cpuMs: round2(median(cpu)) };
}
