// After a restore the same service answers from the restored file: the support series and trends
// (served from an in-memory cache) included, with no restart.
import { describe, expect, it } from 'vitest';
import { call } from '../service/helpers';
import { clockAt, freshDbPath, start } from './helpers';

describe('after restoreBackup', () => {
  it('getSupportSeries and getSupportTrends answer from the restored file', async () => {
    const clock = clockAt('2026-03-10T10:00:00.000Z');
    const app = await start(freshDbPath(), clock, { dailyBackup: false });
    const account = await call(app.service, 'createAccount', { name: 'Acme' });
    await call(app.service, 'createPerson', { accountId: account.id, name: 'Li', stance: 'ally' });
    // Warm the cache on the store that the restore will close.
    expect((await call(app.service, 'getSupportSeries', { accountId: account.id })).points.at(-1)).toMatchObject({ supportBase: 1 });
    expect(await call(app.service, 'getSupportTrends', {})).toHaveLength(1);
    const backup = await call(app.service, 'createBackup', {});
    clock.advanceDays(1);
    await call(app.service, 'createPerson', { accountId: account.id, name: 'Wang', stance: 'supporter' });
    expect((await call(app.service, 'getSupportSeries', { accountId: account.id })).points.at(-1)).toMatchObject({ supportBase: 2 });

    await call(app.service, 'restoreBackup', { name: backup.name });

    const series = await call(app.service, 'getSupportSeries', { accountId: account.id });
    expect(series.points.at(-1)).toMatchObject({ supportBase: 1 });
    const trends = await call(app.service, 'getSupportTrends', {});
    expect(trends.map((t) => t.accountId)).toEqual([account.id]);
  });
});
