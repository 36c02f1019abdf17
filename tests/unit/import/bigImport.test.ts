// 100,000 rows: read and validated with progress, the event loop never blocked for long, no crash;
// the commit is refused with a clear message because an account holds at most 20,000 people.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/domain/limits';
import { call, callError, openTestApp, tableCounts, tempDir } from '../service/helpers';
import { writeBigCsv, writeBigXlsx } from './bigFiles';
import { fileSource } from './helpers';

/** Longest gap between 10 ms timer ticks while `work` runs: how long the main process was unresponsive. */
async function maxEventLoopGap<T>(work: () => Promise<T>): Promise<{ result: T; maxGapMs: number }> {
  let last = performance.now();
  let maxGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
  }, 10);
  try {
    const result = await work();
    return { result, maxGapMs };
  } finally {
    clearInterval(timer);
  }
}

describe('importing 100,000 rows', () => {
  it('reads, validates and previews a 100k-row GBK CSV with progress, never blocking for long', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Big' });
    const file = path.join(tempDir(), 'big.csv');
    writeBigCsv(file, 100_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const seen: string[] = [];
    const { result: p, maxGapMs } = await maxEventLoopGap(async () => {
      const started = await call(app.service, 'startImport', { accountId: account.id, source: fileSource(file) });
      for (;;) {
        const progress = await call(app.service, 'getImportProgress', { importId: started.importId });
        seen.push(`${progress.phase}:${progress.processedRows}`);
        if (progress.phase === 'ready' || progress.phase === 'failed') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      return call(app.service, 'previewImport', { importId: started.importId });
    });
    const ms = performance.now() - t0;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    console.log(`100k-row CSV: read+validate+preview ${ms.toFixed(0)} ms, longest event-loop block ${maxGapMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB, ${seen.length} progress polls`);
    expect(p.encoding).toBe('gb18030');
    expect(p.totals).toEqual({ rows: 100_000, valid: 100_000, withErrors: 0, duplicates: 0, relationships: 99_999 });
    expect(p.rows).toHaveLength(50);
    // Said in the preview, before any commit: 100,000 people do not fit in one account.
    expect(p.tooManyPeople).toEqual({ existing: 0, incoming: 100_000, max: LIMITS.peoplePerAccountMax, free: LIMITS.peoplePerAccountMax, parts: 5 });
    // Progress was visible while it worked: several distinct states before ready.
    expect(new Set(seen).size).toBeGreaterThan(3);
    expect(seen.some((s) => s.startsWith('validating:'))).toBe(true);
    expect(maxGapMs).toBeLessThan(2000);

    const before = tableCounts(app);
    const err = await callError(app.service, 'commitImport', { importId: p.importId });
    expect(err).toMatchObject({ messageKey: 'error.import.tooManyPeople', params: { max: LIMITS.peoplePerAccountMax, existing: 0, incoming: 100_000 } });
    expect(tableCounts(app)).toEqual(before);
  }, 120_000);

  it(`commits ${LIMITS.peoplePerAccountMax.toLocaleString('en')} rows (the account limit) in one transaction`, async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Big' });
    const file = path.join(tempDir(), 'big.csv');
    writeBigCsv(file, LIMITS.peoplePerAccountMax);
    const started = await call(app.service, 'startImport', { accountId: account.id, source: fileSource(file) });
    const p = await call(app.service, 'previewImport', { importId: started.importId });
    const t0 = performance.now();
    const r = await call(app.service, 'commitImport', { importId: p.importId });
    console.log(`${LIMITS.peoplePerAccountMax}-row commit: ${(performance.now() - t0).toFixed(0)} ms`);
    expect(r).toMatchObject({ peopleCreated: LIMITS.peoplePerAccountMax, relationshipsCreated: LIMITS.peoplePerAccountMax - 1 });
    expect(tableCounts(app).history).toBe(1 + 2 * LIMITS.peoplePerAccountMax - 1);
  }, 180_000);

  it('reads a 100k-row XLSX with progress', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Big' });
    const file = path.join(tempDir(), 'big.xlsx');
    await writeBigXlsx(file, 100_000);
    const t0 = performance.now();
    const { result: p, maxGapMs } = await maxEventLoopGap(async () => {
      const started = await call(app.service, 'startImport', { accountId: account.id, source: fileSource(file) });
      return call(app.service, 'previewImport', { importId: started.importId });
    });
    console.log(`100k-row XLSX: read+validate+preview ${(performance.now() - t0).toFixed(0)} ms, longest event-loop block ${maxGapMs.toFixed(0)} ms, rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
    expect(p.totals).toMatchObject({ rows: 100_000, valid: 100_000 });
  }, 180_000);
});
