import { describe, expect, it } from 'vitest';
import { call, callError, openTestApp, tableCounts } from './helpers';

describe('account map and positions', () => {
  it('returns the saved positions of the requested layout (saved by default), updating on re-save', async () => {
    const { service } = openTestApp();
    const a = await call(service, 'createAccount', { name: 'Acme' });
    const p = (await call(service, 'createPerson', { accountId: a.id, name: 'P' })).person;
    const q = (await call(service, 'createPerson', { accountId: a.id, name: 'Q' })).person;
    await call(service, 'savePositions', { accountId: a.id, layout: 'saved', positions: [{ personId: p.id, x: 10, y: -20.5 }] });
    await call(service, 'savePositions', { accountId: a.id, layout: 'org-chart', positions: [{ personId: q.id, x: 1, y: 2 }] });
    await call(service, 'savePositions', {
      accountId: a.id,
      layout: 'saved',
      positions: [
        { personId: p.id, x: 11, y: 12 },
        { personId: q.id, x: 13, y: 14 },
      ],
    });
    const saved = await call(service, 'getAccountMap', { accountId: a.id });
    expect(saved.positions).toEqual([
      { personId: p.id, x: 11, y: 12 },
      { personId: q.id, x: 13, y: 14 },
    ]);
    expect((await call(service, 'getAccountMap', { accountId: a.id, layout: 'org-chart' })).positions).toEqual([{ personId: q.id, x: 1, y: 2 }]);
    expect((await call(service, 'getAccountMap', { accountId: a.id, layout: 'rings' })).positions).toEqual([]);
  });

  it('refuses positions of people from another account, writing none of the batch', async () => {
    const app = openTestApp();
    const { service } = app;
    const a = await call(service, 'createAccount', { name: 'Acme' });
    const b = await call(service, 'createAccount', { name: 'Beta' });
    const p = (await call(service, 'createPerson', { accountId: a.id, name: 'P' })).person;
    const x = (await call(service, 'createPerson', { accountId: b.id, name: 'X' })).person;
    const before = tableCounts(app);
    const err = await callError(service, 'savePositions', {
      accountId: a.id,
      layout: 'saved',
      positions: [
        { personId: p.id, x: 1, y: 1 },
        { personId: x.id, x: 2, y: 2 },
      ],
    });
    expect(err).toMatchObject({ code: 'validation', messageKey: 'error.position.unknownPerson', issues: [{ path: 'positions.1.personId' }] });
    expect(tableCounts(app)).toEqual(before);
    expect(await callError(service, 'savePositions', { accountId: 'nope', layout: 'saved', positions: [] })).toMatchObject({ code: 'not-found' });
  });
});

describe('settings', () => {
  it('reports app facts and the chosen language (null = follow the OS)', async () => {
    const { service, dbPath } = openTestApp({ systemLocale: 'zh-CN', version: '1.2.3' });
    expect(await call(service, 'getAppInfo', {})).toEqual({ version: '1.2.3', dbPath, systemLocale: 'zh-CN', language: null, theme: null });
    await call(service, 'setLanguage', { language: 'en' });
    expect((await call(service, 'getAppInfo', {})).language).toBe('en');
    await call(service, 'setLanguage', { language: null });
    expect((await call(service, 'getAppInfo', {})).language).toBeNull();
  });

  it('remembers the chosen colour theme across a restart (null = follow the OS)', async () => {
    const first = openTestApp();
    await call(first.service, 'setTheme', { theme: 'dark' });
    first.close();
    const second = openTestApp({ dbPath: first.dbPath });
    expect((await call(second.service, 'getAppInfo', {})).theme).toBe('dark');
    await call(second.service, 'setTheme', { theme: null });
    expect((await call(second.service, 'getAppInfo', {})).theme).toBeNull();
  });
});

describe('restart', () => {
  it('keeps accounts, people, relationships, positions, language and history when reopened on the same file', async () => {
    const first = openTestApp();
    const { service } = first;
    const a = await call(service, 'createAccount', { name: 'Acme', notes: 'line 1\nline 2' });
    const p = (await call(service, 'createPerson', { accountId: a.id, name: '王丽', stance: 'neutral', isTopDecisionMaker: true })).person;
    const q = (await call(service, 'createPerson', { accountId: a.id, name: 'Zhao', lastContact: '2026-03-01' })).person;
    await call(service, 'createRelationship', { accountId: a.id, fromId: q.id, toId: p.id, type: 'reports-to' });
    await call(service, 'updatePerson', { id: p.id, patch: { stance: 'ally' } });
    await call(service, 'savePositions', { accountId: a.id, layout: 'saved', positions: [{ personId: p.id, x: 3, y: 4 }] });
    await call(service, 'setLanguage', { language: 'zh-CN' });
    const mapBefore = await call(service, 'getAccountMap', { accountId: a.id });
    const historyBefore = first.store.history.listByAccount(a.id);
    first.close();

    const second = openTestApp({ dbPath: first.dbPath });
    expect(await call(second.service, 'getAccountMap', { accountId: a.id })).toEqual(mapBefore);
    expect(mapBefore.people.find((x) => x.id === p.id)?.stance).toBe('ally');
    expect(second.store.history.listByAccount(a.id)).toEqual(historyBefore);
    expect((await call(second.service, 'getAppInfo', {})).language).toBe('zh-CN');
    expect((await call(second.service, 'listAccounts', {}))[0]).toMatchObject({ name: 'Acme', peopleCount: 2, relationshipCount: 1, supportBaseCount: 1 });
  });
});
