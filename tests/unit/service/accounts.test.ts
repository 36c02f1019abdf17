import { describe, expect, it } from 'vitest';
import { call, callError, openTestApp, tableCounts } from './helpers';

describe('accounts', () => {
  it('creates an account with defaults and the clock time', async () => {
    const { service } = openTestApp();
    const a = await call(service, 'createAccount', { name: '  Acme Baby  ' });
    expect(a).toMatchObject({
      name: 'Acme Baby',
      segment: '',
      stage: 'establish',
      productFit: false,
      centralizedPurchasing: false,
      budgetAmount: null,
      archived: false,
      createdAt: '2026-03-10T10:00:00.000Z',
      updatedAt: '2026-03-10T10:00:00.000Z',
    });
  });

  it('renames and edits fields, keeping the rest', async () => {
    const { service, clock } = openTestApp();
    const a = await call(service, 'createAccount', { name: 'Acme', segment: 'Retail', budgetAmount: 5 });
    clock.advanceDays(1);
    const b = await call(service, 'updateAccount', { id: a.id, patch: { name: 'Acme East', stage: 'stabilize' } });
    expect(b).toMatchObject({ name: 'Acme East', stage: 'stabilize', segment: 'Retail', budgetAmount: 5, createdAt: a.createdAt });
    expect(b.updatedAt).toBe('2026-03-11T10:00:00.000Z');
    const cleared = await call(service, 'updateAccount', { id: a.id, patch: { budgetAmount: null } });
    expect(cleared.budgetAmount).toBeNull();
  });

  it('lists accounts sorted by name in English, with people, relationship and support-base counts', async () => {
    const { service } = openTestApp();
    const z = await call(service, 'createAccount', { name: 'zeta stores' });
    await call(service, 'createAccount', { name: 'Alpha Kids' });
    await call(service, 'createAccount', { name: 'beta Baby' });
    const { person: p1 } = await call(service, 'createPerson', { accountId: z.id, name: 'A', stance: 'ally' });
    const { person: p2 } = await call(service, 'createPerson', { accountId: z.id, name: 'B', stance: 'supporter' });
    await call(service, 'createPerson', { accountId: z.id, name: 'C', stance: 'opponent' });
    await call(service, 'createRelationship', { accountId: z.id, fromId: p1.id, toId: p2.id, type: 'close-to' });
    const list = await call(service, 'listAccounts', {});
    expect(list.map((a) => a.name)).toEqual(['Alpha Kids', 'beta Baby', 'zeta stores']);
    expect(list[2]).toMatchObject({ peopleCount: 3, relationshipCount: 1, supportBaseCount: 2 });
    expect(list[0]).toMatchObject({ peopleCount: 0, relationshipCount: 0, supportBaseCount: 0 });
  });

  it('sorts Chinese names by pinyin when the language is Chinese', async () => {
    const { service } = openTestApp({ systemLocale: 'zh-CN' });
    for (const name of ['武汉母婴', '北京宝贝', '上海童装']) await call(service, 'createAccount', { name });
    expect((await call(service, 'listAccounts', {})).map((a) => a.name)).toEqual(['北京宝贝', '上海童装', '武汉母婴']);
  });

  it('follows the language the rep chose over the system locale for sorting', async () => {
    const { service } = openTestApp({ systemLocale: 'en-US' });
    for (const name of ['武汉母婴', 'Alpha', '北京宝贝']) await call(service, 'createAccount', { name });
    await call(service, 'setLanguage', { language: 'zh-CN' });
    const names = (await call(service, 'listAccounts', {})).map((a) => a.name);
    expect(names.indexOf('北京宝贝')).toBeLessThan(names.indexOf('武汉母婴'));
  });

  it('hides archived accounts unless asked, and unarchives', async () => {
    const { service } = openTestApp();
    const a = await call(service, 'createAccount', { name: 'Old' });
    await call(service, 'createAccount', { name: 'New' });
    const archived = await call(service, 'setAccountArchived', { id: a.id, archived: true });
    expect(archived.archived).toBe(true);
    expect((await call(service, 'listAccounts', {})).map((x) => x.name)).toEqual(['New']);
    expect((await call(service, 'listAccounts', { includeArchived: true })).map((x) => x.name)).toEqual(['New', 'Old']);
    await call(service, 'setAccountArchived', { id: a.id, archived: false });
    expect((await call(service, 'listAccounts', {})).map((x) => x.name)).toEqual(['New', 'Old']);
  });

  it('says what a deletion takes along, then deletes exactly that', async () => {
    const app = openTestApp();
    const { service } = app;
    const a = await call(service, 'createAccount', { name: 'Doomed' });
    const keep = await call(service, 'createAccount', { name: 'Kept' });
    const { person: p1 } = await call(service, 'createPerson', { accountId: a.id, name: 'P1' });
    const { person: p2 } = await call(service, 'createPerson', { accountId: a.id, name: 'P2' });
    await call(service, 'createPerson', { accountId: keep.id, name: 'K1' });
    await call(service, 'createRelationship', { accountId: a.id, fromId: p1.id, toId: p2.id, type: 'reports-to' });
    await call(service, 'createRelationship', { accountId: a.id, fromId: p1.id, toId: p2.id, type: 'influences', strength: 3 });
    await call(service, 'savePositions', { accountId: a.id, layout: 'saved', positions: [{ personId: p1.id, x: 1, y: 2 }] });
    expect(await call(service, 'getDeletionImpact', { id: a.id })).toEqual({ people: 2, relationships: 2 });
    expect(await call(service, 'deleteAccount', { id: a.id })).toEqual({ people: 2, relationships: 2 });
    expect((await call(service, 'listAccounts', {})).map((x) => x.name)).toEqual(['Kept']);
    const counts = tableCounts(app);
    expect(counts).toMatchObject({ accounts: 1, people: 1, relationships: 0, positions: 0 });
    expect((await callError(service, 'getAccountMap', { accountId: a.id })).code).toBe('not-found');
  });

  it('answers unknown ids with not-found and writes nothing', async () => {
    const app = openTestApp();
    await call(app.service, 'createAccount', { name: 'Acme' });
    const before = tableCounts(app);
    for (const [method, input] of [
      ['updateAccount', { id: 'nope', patch: { name: 'X' } }],
      ['setAccountArchived', { id: 'nope', archived: true }],
      ['getDeletionImpact', { id: 'nope' }],
      ['deleteAccount', { id: 'nope' }],
      ['getAccountMap', { accountId: 'nope' }],
    ] as const) {
      const error = await callError(app.service, method, input);
      expect(error, method).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.account', params: { id: 'nope' } });
    }
    expect(tableCounts(app)).toEqual(before);
  });

  it('writes nothing for an update that changes nothing', async () => {
    const app = openTestApp();
    const a = await call(app.service, 'createAccount', { name: 'Acme' });
    const before = tableCounts(app);
    app.clock.advanceDays(1);
    const same = await call(app.service, 'updateAccount', { id: a.id, patch: { name: 'Acme' } });
    expect(same.updatedAt).toBe(a.updatedAt);
    expect(tableCounts(app)).toEqual(before);
  });
});
