// The support series never starts before the account's real history, even for a database that already
// holds a bogus row (an account file imported before files were checked could carry a day of 0001-01-01,
// which made getSupportSeries return 739,951 points, 146 MB).
import { describe, expect, it } from 'vitest';
import { HISTORY_MIN_DAY } from '../../../shared/history/bounds';
import { daysBetween } from '../../../shared/history/days';
import { computeSupportSeries } from '../../../shared/history/series';
import { call, openTestApp, type TestApp } from '../service/helpers';
import { ACCOUNT_ID, Log } from './log';

/** Writes a history row straight into the file, as an old import did. */
function insertRow(app: TestApp, accountId: string, entity: string, entityId: string, day: string, data: unknown): void {
  app.store.db
    .prepare('INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(accountId, entity, entityId, 'create', `${day}T08:00:00.000Z`, day, JSON.stringify(data));
}

async function sampleAccount(): Promise<{ app: TestApp; accountId: string; firstDay: string; today: string }> {
  const app = openTestApp({ seedSample: true });
  const accountId = (await call(app.service, 'listAccounts', {}))[0]!.id;
  const series = await call(app.service, 'getSupportSeries', { accountId });
  return { app, accountId, firstDay: series.firstDay!, today: series.to };
}

describe('support series bounds', () => {
  it('starts at the account’s creation when a person row is dated 0001-01-01', async () => {
    const { app, accountId, firstDay, today } = await sampleAccount();
    const map = await call(app.service, 'getAccountMap', { accountId });
    insertRow(app, accountId, 'person', 'ghost', '0001-01-01', { ...map.people[0]!, id: 'ghost', name: 'Ghost', stance: 'ally' });
    const series = await call(app.service, 'getSupportSeries', { accountId });
    expect(series.firstDay).toBe(firstDay);
    expect(series.points[0]!.day).toBe(firstDay);
    expect(series.points).toHaveLength(daysBetween(firstDay, today) + 1);
    // Asking for an earlier start does not reach before the account either.
    const asked = await call(app.service, 'getSupportSeries', { accountId, from: '1990-01-01' });
    expect(asked.points[0]!.day).toBe(firstDay);
    expect(asked.points).toHaveLength(series.points.length);
    // The ghost row is folded into the first day, not lost.
    expect(series.points[0]!.people).toBeGreaterThan(0);
    const trend = (await call(app.service, 'getSupportTrends', {})).find((t) => t.accountId === accountId)!;
    expect(trend.sparkline.length).toBeLessThanOrEqual(90);
  });

  it('never starts before HISTORY_MIN_DAY, even when the account row itself is dated 0001-01-01', async () => {
    const { app, accountId, today } = await sampleAccount();
    const account = (await call(app.service, 'getAccountMap', { accountId })).account;
    insertRow(app, accountId, 'account', accountId, '0001-01-01', account);
    const series = await call(app.service, 'getSupportSeries', { accountId });
    expect(series.points[0]!.day).toBe(HISTORY_MIN_DAY);
    expect(series.points).toHaveLength(daysBetween(HISTORY_MIN_DAY, today) + 1);
    expect(series.points.length).toBeLessThan(10_000);
  });

  it('computeSupportSeries clamps the same way', () => {
    const log = new Log().on('2026-03-01').account('create').add('wang', { name: 'Wang Li', stance: 'ally' });
    log.on('0001-01-01').add('ghost', { name: 'Ghost', stance: 'supporter' });
    const s = computeSupportSeries(log.rows, { accountId: ACCOUNT_ID, today: '2026-03-05' });
    expect(s.firstDay).toBe('2026-03-01');
    expect(s.points.map((p) => p.day)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(s.points[0]).toMatchObject({ people: 2, supportBase: 2 });
  });
});
