// The service keeps each account's series builder between calls; it must always answer what a cold
// computation from the whole log would.
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/service/index';
import { call, openTestApp } from '../service/helpers';

describe('series cache', () => {
  it('picks up edits made after it was built, on the same and on later days', async () => {
    const app = openTestApp();
    const { service, clock } = app;
    clock.set(new Date(2026, 4, 1, 9, 0));
    const account = await call(service, 'createAccount', { name: 'BabyJoy' });
    const { person } = await call(service, 'createPerson', { accountId: account.id, name: 'Wang Li', stance: 'neutral' });
    expect((await call(service, 'getSupportSeries', { accountId: account.id })).points.at(-1)!.supportBase).toBe(0);
    await call(service, 'updatePerson', { id: person.id, patch: { stance: 'ally' } });
    const sameDay = await call(service, 'getSupportSeries', { accountId: account.id });
    expect(sameDay.points.at(-1)).toMatchObject({ supportBase: 1, allies: 1 });
    expect(sameDay.points.at(-1)!.events).toEqual([expect.objectContaining({ kind: 'person-added', stance: 'ally' })]);
    clock.set(new Date(2026, 4, 4, 9, 0));
    await call(service, 'createPerson', { accountId: account.id, name: 'Li Na', stance: 'supporter' });
    const later = await call(service, 'getSupportSeries', { accountId: account.id });
    expect(later.points.map((p) => p.supportBase)).toEqual([1, 1, 1, 2]);
    expect(later).toEqual(await call(createService(app.context), 'getSupportSeries', { accountId: account.id }));
  });

  it('starts over when a change is dated before a day it already built (clock set back)', async () => {
    const app = openTestApp();
    const { service, clock } = app;
    clock.set(new Date(2026, 4, 1, 9, 0));
    const account = await call(service, 'createAccount', { name: 'BabyJoy' });
    const { person } = await call(service, 'createPerson', { accountId: account.id, name: 'Wang Li', stance: 'neutral' });
    clock.set(new Date(2026, 4, 10, 9, 0));
    await call(service, 'updatePerson', { id: person.id, patch: { stance: 'opponent' } });
    await call(service, 'getSupportSeries', { accountId: account.id });
    clock.set(new Date(2026, 4, 5, 9, 0));
    await call(service, 'updatePerson', { id: person.id, patch: { stance: 'ally' } });
    const warm = await call(service, 'getSupportSeries', { accountId: account.id, to: '2026-05-05' });
    expect(warm.points.at(-1)!.stances.ally).toBe(1);
    expect(warm).toEqual(await call(createService(app.context), 'getSupportSeries', { accountId: account.id, to: '2026-05-05' }));
  });

  it('is not disturbed by other accounts’ edits, and serves trends from the same builders', async () => {
    const app = openTestApp();
    const { service, clock } = app;
    clock.set(new Date(2026, 4, 1, 9, 0));
    const a = await call(service, 'createAccount', { name: 'A' });
    const b = await call(service, 'createAccount', { name: 'B' });
    await call(service, 'createPerson', { accountId: a.id, name: 'Wang Li', stance: 'ally' });
    await call(service, 'getSupportTrends', {});
    clock.set(new Date(2026, 4, 2, 9, 0));
    await call(service, 'createPerson', { accountId: b.id, name: 'Zhao Min', stance: 'supporter' });
    await call(service, 'createPerson', { accountId: a.id, name: 'Li Na', stance: 'supporter' });
    const warm = await call(service, 'getSupportTrends', {});
    expect(warm.map((t) => [t.accountId, t.sparkline])).toEqual([[a.id, [1, 2]], [b.id, [0, 1]]]);
    expect(warm).toEqual(await call(createService(app.context), 'getSupportTrends', {}));
  });
});
