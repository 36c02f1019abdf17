// Keeps the series benchmark runnable: a tiny account through the same code path as `npm run bench`.
import { describe, expect, it } from 'vitest';
import { runSeriesBench } from '../../bench/series';

describe('series benchmark', () => {
  it('runs on a small account and reports every measurement with the raw SQLite baseline first', () => {
    const rows = runSeriesBench({ people: 40, years: 0.25, runs: 1 });
    expect(rows[0]!.name).toMatch(/^raw SQLite/);
    expect(rows.map((r) => r.name)).toContain('whole series, cold (getSupportSeries)');
    const cold = rows.find((r) => r.name === 'whole series, cold (getSupportSeries)');
    expect(cold?.detail).toMatch(/^92 daily points/);
    expect(cold?.targetMs).toBe(40);
    for (const r of rows) {
      expect(Number.isFinite(r.ms) && r.ms >= 0).toBe(true);
      expect(Number.isFinite(r.cpuMs) && r.cpuMs >= 0).toBe(true);
    }
  });
});
