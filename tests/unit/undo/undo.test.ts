// Undo and redo through the contract, against a real SQLite file: what the rep gets back after
// Ctrl+Z (the map as it was), the labels, the typed errors, and the stack after reopening the file.
import { describe, expect, it } from 'vitest';
import { call, callError, openTestApp } from '../service/helpers';
import { loggedVisit } from '../visits/helpers';

async function setUp(dbPath?: string) {
  const app = openTestApp(dbPath ? { dbPath } : {});
  const account = await call(app.service, 'createAccount', { name: 'Acme' });
  const sun = (await call(app.service, 'createPerson', { accountId: account.id, name: 'Sun Meihua', stance: 'neutral' })).person;
  const wang = (await call(app.service, 'createPerson', { accountId: account.id, name: 'Wang Li' })).person;
  return { ...app, account, sun, wang };
}

describe('undo and redo', () => {
  it('undoes a stance change and redoes it, with its label', async () => {
    const { service, account, sun } = await setUp();
    await call(service, 'updatePerson', { id: sun.id, patch: { stance: 'ally' } });
    const state = await call(service, 'getUndoState', { accountId: account.id });
    expect(state.undo).toMatchObject({ messageKey: 'undo.label.personStance', params: { name: 'Sun Meihua' } });
    expect(state.redo).toBeNull();

    const undone = await call(service, 'undo', { accountId: account.id });
    expect(undone.step.messageKey).toBe('undo.label.personStance');
    expect(undone.state.redo).toMatchObject({ messageKey: 'undo.label.personStance' });
    const map = await call(service, 'getAccountMap', { accountId: account.id });
    expect(map.people.find((p) => p.id === sun.id)).toEqual(sun);

    await call(service, 'redo', { accountId: account.id });
    const again = await call(service, 'getAccountMap', { accountId: account.id });
    expect(again.people.find((p) => p.id === sun.id)?.stance).toBe('ally');
  });

  it('names an edit by what changed, also when the form sends every field', async () => {
    const { service, account, sun } = await setUp();
    const { id: _id, accountId: _a, createdAt: _c, updatedAt: _u, ...fields } = sun;
    await call(service, 'updatePerson', { id: sun.id, patch: { ...fields, stance: 'ally' } });
    expect((await call(service, 'getUndoState', { accountId: account.id })).undo).toMatchObject({ messageKey: 'undo.label.personStance', params: { name: 'Sun Meihua' } });
    await call(service, 'updatePerson', { id: sun.id, patch: { ...fields, stance: 'ally', title: 'CFO' } });
    expect((await call(service, 'getUndoState', { accountId: account.id })).undo).toMatchObject({ messageKey: 'undo.label.personEdit', params: { name: 'Sun Meihua' } });
  });

  it('brings a deleted person back with their relationships and positions', async () => {
    const { service, account, sun, wang } = await setUp();
    const rel = await call(service, 'createRelationship', { accountId: account.id, fromId: sun.id, toId: wang.id, type: 'reports-to' });
    await call(service, 'savePositions', { accountId: account.id, layout: 'saved', positions: [{ personId: sun.id, x: 10, y: 20 }], undoable: false });
    await call(service, 'savePositions', { accountId: account.id, layout: 'org-chart', positions: [{ personId: sun.id, x: 1, y: 2 }], undoable: false });
    const before = await call(service, 'getAccountMap', { accountId: account.id });
    await call(service, 'deletePerson', { id: sun.id });
    expect((await call(service, 'getUndoState', { accountId: account.id })).undo).toMatchObject({ messageKey: 'undo.label.personDelete', params: { name: 'Sun Meihua' } });
    await call(service, 'undo', { accountId: account.id });
    expect(await call(service, 'getAccountMap', { accountId: account.id })).toEqual(before);
    expect((await call(service, 'getAccountMap', { accountId: account.id, layout: 'org-chart' })).positions).toEqual([{ personId: sun.id, x: 1, y: 2 }]);
    expect(before.relationships).toEqual([rel]);
  });

  it('a drag is one step; a computed layout being kept is none', async () => {
    const { service, account, sun, wang } = await setUp();
    await call(service, 'savePositions', { accountId: account.id, layout: 'saved', positions: [{ personId: sun.id, x: 0, y: 0 }, { personId: wang.id, x: 5, y: 5 }], undoable: false });
    await call(service, 'savePositions', { accountId: account.id, layout: 'saved', positions: [{ personId: sun.id, x: 100, y: 50 }, { personId: wang.id, x: 5, y: 5 }] });
    expect((await call(service, 'getUndoState', { accountId: account.id })).undo).toMatchObject({ messageKey: 'undo.label.positions', params: { count: 1 } });
    await call(service, 'undo', { accountId: account.id });
    expect((await call(service, 'getAccountMap', { accountId: account.id })).positions).toEqual([{ personId: sun.id, x: 0, y: 0 }, { personId: wang.id, x: 5, y: 5 }]);
    // Next on the stack: adding Wang Li, not the kept layout.
    expect((await call(service, 'getUndoState', { accountId: account.id })).undo).toMatchObject({ messageKey: 'undo.label.personCreate', params: { name: 'Wang Li' } });
  });

  it('a new edit clears the redo stack', async () => {
    const { service, account, sun } = await setUp();
    await call(service, 'updatePerson', { id: sun.id, patch: { stance: 'ally' } });
    await call(service, 'undo', { accountId: account.id });
    await call(service, 'updatePerson', { id: sun.id, patch: { title: 'CFO' } });
    expect((await call(service, 'getUndoState', { accountId: account.id })).redo).toBeNull();
    expect(await callError(service, 'redo', { accountId: account.id })).toMatchObject({ code: 'conflict', messageKey: 'error.redo.nothing' });
  });

  it('answers typed errors: nothing to undo, unknown account; and changes nothing', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Empty' });
    expect(await callError(app.service, 'undo', { accountId: account.id })).toMatchObject({ code: 'conflict', messageKey: 'error.undo.nothing' });
    expect(await callError(app.service, 'undo', { accountId: 'no-such-account' })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.account' });
    expect(await callError(app.service, 'getUndoState', { accountId: 'no-such-account' })).toMatchObject({ code: 'not-found' });
    expect(await callError(app.service, 'redo', { accountId: 42 })).toMatchObject({ code: 'validation' });
  });

  it('keeps the stack across a restart: reopen the file, undo still works', async () => {
    const first = await setUp();
    await call(first.service, 'updatePerson', { id: first.sun.id, patch: { stance: 'opponent' } });
    first.close();
    const reopened = openTestApp({ dbPath: first.dbPath });
    expect((await call(reopened.service, 'getUndoState', { accountId: first.account.id })).undo).toMatchObject({ messageKey: 'undo.label.personStance' });
    await call(reopened.service, 'undo', { accountId: first.account.id });
    const map = await call(reopened.service, 'getAccountMap', { accountId: first.account.id });
    expect(map.people.find((p) => p.id === first.sun.id)?.stance).toBe('neutral');
  });

  it('undoes deleting an account: the account comes back whole', async () => {
    const { service, account, sun, wang } = await setUp();
    await call(service, 'createRelationship', { accountId: account.id, fromId: sun.id, toId: wang.id, type: 'influences', strength: 2 });
    await call(service, 'savePositions', { accountId: account.id, layout: 'saved', positions: [{ personId: sun.id, x: 3, y: 4 }] });
    await call(service, 'createVisit', loggedVisit(account.id, [wang.id, sun.id], '2026-03-09'));
    const before = await call(service, 'getAccountMap', { accountId: account.id });
    const visits = await call(service, 'listVisits', { accountId: account.id });
    await call(service, 'deleteAccount', { id: account.id });
    expect((await call(service, 'getUndoState', { accountId: account.id })).undo).toMatchObject({ messageKey: 'undo.label.accountDelete', params: { name: 'Acme' }, restoresAccount: true });
    const result = await call(service, 'undo', { accountId: account.id });
    expect(result.step.restoresAccount).toBe(true);
    expect(await call(service, 'getAccountMap', { accountId: account.id })).toEqual(before);
    expect(await call(service, 'listVisits', { accountId: account.id })).toEqual(visits);
    expect((await call(service, 'listAccounts', {})).map((a) => a.id)).toContain(account.id);
  });

  it('an import is one step', async () => {
    const { service, account } = await setUp();
    const csv = 'Name,Title\nZhao Lei,CTO\nQian Yu,Buyer\n';
    const source = { fileName: 'people.csv', base64: Buffer.from(csv, 'utf8').toString('base64') };
    const { importId } = await call(service, 'startImport', { accountId: account.id, source });
    await call(service, 'commitImport', { importId });
    expect((await call(service, 'getUndoState', { accountId: account.id })).undo).toMatchObject({ messageKey: 'undo.label.import', params: { people: 2, relationships: 0 } });
    await call(service, 'undo', { accountId: account.id });
    expect((await call(service, 'getAccountMap', { accountId: account.id })).people.map((p) => p.name)).toEqual(['Sun Meihua', 'Wang Li']);
  });

  it('undoes yearly purchases back to never set, a next step done, a visit edit and delete', async () => {
    const { service, account, wang } = await setUp();
    const untouched = await call(service, 'getYearlyPurchases', { accountId: account.id });
    await call(service, 'setYearlyPurchases', { accountId: account.id, yearly: [{ year: 2025, amount: 1000, currency: 'CNY' }], judgement: null });
    expect((await call(service, 'getUndoState', { accountId: account.id })).undo?.messageKey).toBe('undo.label.purchases');
    await call(service, 'undo', { accountId: account.id });
    expect(await call(service, 'getYearlyPurchases', { accountId: account.id })).toEqual(untouched);

    const { visit } = await call(service, 'createVisit', loggedVisit(account.id, [wang.id], '2026-03-09'));
    await call(service, 'completeNextStep', { visitId: visit.id, done: true });
    expect((await call(service, 'getUndoState', { accountId: account.id })).undo).toMatchObject({ messageKey: 'undo.label.nextStepDone', params: { what: 'Send the trial-order proposal' } });
    await call(service, 'undo', { accountId: account.id });
    expect(await call(service, 'listVisits', { accountId: account.id })).toEqual([visit]);
    await call(service, 'updateVisit', { id: visit.id, patch: { learned: 'Changed' } });
    await call(service, 'deleteVisit', { id: visit.id });
    await call(service, 'undo', { accountId: account.id });
    await call(service, 'undo', { accountId: account.id });
    expect(await call(service, 'listVisits', { accountId: account.id })).toEqual([visit]);
    // And the logged visit itself is one step: undoing it takes back the visit and the attendee marked met.
    await call(service, 'undo', { accountId: account.id });
    expect(await call(service, 'listVisits', { accountId: account.id })).toEqual([]);
    expect((await call(service, 'getAccountMap', { accountId: account.id })).people.find((p) => p.id === wang.id)).toEqual(wang);
  });
});
