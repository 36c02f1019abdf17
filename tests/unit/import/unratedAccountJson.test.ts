// An account file keeps "not rated": a person with ratings not given exports as null and imports
// back as null (not refused, not turned into a number).
import { describe, expect, it } from 'vitest';
import { call, openTestApp } from '../service/helpers';

describe('account JSON and not-rated ratings', () => {
  it('round-trips null ratings', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Round Trip' });
    await call(app.service, 'createPerson', { accountId: account.id, name: 'Half Rated', authority: 4 });
    const { json } = await call(app.service, 'exportAccountJson', { accountId: account.id });
    expect((JSON.parse(json) as { people: Array<Record<string, unknown>> }).people[0]).toMatchObject({ authority: 4, expertise: null, accessToTop: null });
    const imported = await call(app.service, 'importAccountJson', { json });
    const person = (await call(app.service, 'getAccountMap', { accountId: imported.account.id })).people[0]!;
    expect([person.authority, person.expertise, person.accessToTop]).toEqual([4, null, null]);
  });
});
