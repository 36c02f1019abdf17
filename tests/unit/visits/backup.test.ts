// Visits live in the database, so a backup holds them and a restore brings them back.
import { describe, expect, it } from 'vitest';
import { call } from '../service/helpers';
import { clockAt, freshDbPath, start } from '../backup/helpers';
import { loggedVisit } from './helpers';

describe('backups keep visits', () => {
  it('restores the visits, next steps and purchases of the backup', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T10:00:00.000Z');
    const app = await start(dbPath, clock, { dailyBackup: false });
    const account = await call(app.service, 'createAccount', { name: 'Acme' });
    const person = (await call(app.service, 'createPerson', { accountId: account.id, name: 'Wang Li' })).person;
    const { visit } = await call(app.service, 'createVisit', loggedVisit(account.id, [person.id]));
    await call(app.service, 'setYearlyPurchases', { accountId: account.id, yearly: [{ year: 2025, amount: 5, currency: 'USD' }], judgement: null });
    const backup = await call(app.service, 'createBackup', {});
    clock.advance(3_600_000);
    await call(app.service, 'deleteVisit', { id: visit.id });
    expect(await call(app.service, 'listVisits', { accountId: account.id })).toEqual([]);

    await call(app.service, 'restoreBackup', { name: backup.name });
    expect(await call(app.service, 'listVisits', { accountId: account.id })).toEqual([visit]);
    expect((await call(app.service, 'listNextSteps', {})).map((s) => s.visitId)).toEqual([visit.id]);
    expect((await call(app.service, 'getYearlyPurchases', { accountId: account.id })).yearly).toEqual([{ year: 2025, amount: 5, currency: 'USD' }]);
    app.close();
    const again = await start(dbPath, clock, { dailyBackup: false });
    expect(await call(again.service, 'listVisits', { accountId: account.id })).toEqual([visit]);
  });
});
