// Visits and yearly purchases travel in the account JSON file (version 2); version-1 files still import.
import { describe, expect, it } from 'vitest';
import { ACCOUNT_JSON_VERSION, type AccountJson } from '../../../shared/import/accountJson';
import { call, callError } from '../service/helpers';
import { loggedVisit, visitFixture } from './helpers';

async function accountWithVisits() {
  const f = await visitFixture();
  const { app, accountId, people } = f;
  const input = loggedVisit(accountId, [people[0]!.id, people[1]!.id], '2026-03-04');
  input.attendees[0]!.stanceAfter = 'neutral';
  input.budgetOwnerId = people[1]!.id;
  input.cost = { travel: { amount: 600, currency: 'CNY' }, hours: 4 };
  const logged = (await call(app.service, 'createVisit', input)).visit;
  await call(app.service, 'completeNextStep', { visitId: logged.id, done: true });
  const { nextStep: _n, ...plan } = loggedVisit(accountId, [people[2]!.id], '2026-03-20');
  const planned = (await call(app.service, 'createVisit', plan)).visit;
  await call(app.service, 'setYearlyPurchases', { accountId, yearly: [{ year: 2025, amount: 9e6, currency: 'CNY' }], judgement: { sustained: true, reason: 'Frame contract to 2028' } });
  return { ...f, logged, planned };
}

describe('account JSON with visits', () => {
  it('round-trips visits, attendees, next steps, purchases and their history as a new account', async () => {
    const { app, accountId, people, logged } = await accountWithVisits();
    const exported = await call(app.service, 'exportAccountJson', { accountId });
    const doc = JSON.parse(exported.json) as AccountJson;
    expect(doc.version).toBe(ACCOUNT_JSON_VERSION);
    expect(doc.visits!.visits).toHaveLength(2);
    expect(doc.visits!.history.map((h) => h.entity).sort()).toEqual(['purchases', 'visit', 'visit', 'visit']);
    expect(doc.history.every((h) => ['account', 'person', 'relationship'].includes(h.entity))).toBe(true);

    const imported = await call(app.service, 'importAccountJson', { json: exported.json });
    const newId = imported.account.id;
    expect(newId).not.toBe(accountId);
    const visits = await call(app.service, 'listVisits', { accountId: newId });
    const original = await call(app.service, 'listVisits', { accountId });
    const newPeople = (await call(app.service, 'getAccountMap', { accountId: newId })).people;
    const nameOf = (list: { id: string; name: string }[], id: string | null) => list.find((p) => p.id === id)?.name;
    // Same content with new ids, attendees pointing at the new account's people.
    const shape = (vs: typeof visits, list: { id: string; name: string }[]) =>
      vs.map((v) => ({ ...v, id: '', accountId: '', budgetOwnerId: nameOf(list, v.budgetOwnerId) ?? null, attendees: v.attendees.map((a) => ({ ...a, personId: nameOf(list, a.personId) })) }));
    expect(shape(visits, newPeople)).toEqual(shape(original, people));
    expect(visits.every((v) => v.accountId === newId && !original.some((o) => o.id === v.id))).toBe(true);
    expect(await call(app.service, 'getYearlyPurchases', { accountId: newId })).toMatchObject({
      accountId: newId,
      yearly: [{ year: 2025, amount: 9e6, currency: 'CNY' }],
      judgement: { sustained: true, reason: 'Frame contract to 2028' },
    });
    // Time travel in the copy sees the visit from its day, like the original.
    const past = await call(app.service, 'getAccountMapAsOf', { accountId: newId, day: '2026-03-04' });
    expect(past.visits.map((v) => v.date)).toEqual([logged.date]);
    expect((await call(app.service, 'getAccountMapAsOf', { accountId: newId, day: '2026-03-03' })).visits).toEqual([]);
    expect((await call(app.service, 'listNextSteps', { includeDone: true })).map((s) => s.accountId).sort()).toEqual([accountId, newId].sort());
  });

  it('imports a version-1 file (no visits section)', async () => {
    const { app, accountId } = await accountWithVisits();
    const doc = JSON.parse((await call(app.service, 'exportAccountJson', { accountId })).json) as AccountJson;
    const { visits: _v, ...v1 } = { ...doc, version: 1 };
    const imported = await call(app.service, 'importAccountJson', { json: JSON.stringify(v1) });
    expect(imported.people).toBe(doc.people.length);
    expect(await call(app.service, 'listVisits', { accountId: imported.account.id })).toEqual([]);
    expect((await call(app.service, 'getYearlyPurchases', { accountId: imported.account.id })).yearly).toEqual([]);
  });

  it('refuses a visits section pointing outside the file, writing nothing', async () => {
    const { app, accountId } = await accountWithVisits();
    const doc = JSON.parse((await call(app.service, 'exportAccountJson', { accountId })).json) as AccountJson;
    const accounts = (await call(app.service, 'listAccounts', {})).length;
    const dangling = structuredClone(doc);
    dangling.visits!.visits[0]!.attendees[0]!.personId = 'nobody';
    expect(await callError(app.service, 'importAccountJson', { json: JSON.stringify(dangling) })).toMatchObject({ messageKey: 'error.accountJson.brokenReference', params: { path: 'visits.visits.0.attendees' } });
    const badKind = structuredClone(doc);
    (badKind.visits!.visits[0] as { kind: string }).kind = 'lunch';
    expect(await callError(app.service, 'importAccountJson', { json: JSON.stringify(badKind) })).toMatchObject({ messageKey: 'error.accountJson.invalid' });
    const badHistory = structuredClone(doc);
    (badHistory.visits!.history[0]!.data as { accountId: string }).accountId = 'elsewhere';
    expect(await callError(app.service, 'importAccountJson', { json: JSON.stringify(badHistory) })).toMatchObject({ messageKey: 'error.accountJson.brokenReference' });
    expect((await call(app.service, 'listAccounts', {})).length).toBe(accounts);
  });

  it('holds visit rows to the visit form rules: real dates, no control characters in a one-line text', async () => {
    const { app, accountId } = await accountWithVisits();
    const doc = JSON.parse((await call(app.service, 'exportAccountJson', { accountId })).json) as AccountJson;
    const accounts = (await call(app.service, 'listAccounts', {})).length;
    const badDay = structuredClone(doc);
    badDay.visits!.visits[0]!.date = '2026-02-30';
    expect(await callError(app.service, 'importAccountJson', { json: JSON.stringify(badDay) })).toMatchObject({ messageKey: 'error.accountJson.invalid', params: { path: 'visits.visits.0.date' } });
    const badText = structuredClone(doc);
    badText.visits!.visits[0]!.nextStep!.what = 'send\nsamples';
    expect(await callError(app.service, 'importAccountJson', { json: JSON.stringify(badText) })).toMatchObject({ messageKey: 'error.accountJson.invalid', params: { path: 'visits.visits.0.nextStep.what' } });
    expect((await call(app.service, 'listAccounts', {})).length).toBe(accounts);
  });
});
