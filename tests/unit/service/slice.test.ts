import { describe, expect, it } from 'vitest';
import { call, openTestApp } from './helpers';

describe('vertical slice', () => {
  it('creates an account, people and a relationship, and reads them back as a map', async () => {
    const { service } = openTestApp();
    const account = await call(service, 'createAccount', { name: 'Acme Baby' });
    const { person: a } = await call(service, 'createPerson', { accountId: account.id, name: 'Wang Li', stance: 'ally' });
    const { person: b } = await call(service, 'createPerson', { accountId: account.id, name: 'Zhao Min' });
    await call(service, 'createRelationship', { accountId: account.id, fromId: a.id, toId: b.id, type: 'reports-to' });
    const map = await call(service, 'getAccountMap', { accountId: account.id });
    expect(map.people.map((p) => p.name)).toEqual(['Wang Li', 'Zhao Min']);
    expect(map.relationships).toHaveLength(1);
    const list = await call(service, 'listAccounts', {});
    expect(list[0]).toMatchObject({ name: 'Acme Baby', peopleCount: 2, relationshipCount: 1, supportBaseCount: 1 });
  });
});
