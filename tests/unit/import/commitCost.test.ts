// Committing an import: the people limit is checked once per import, not with a count per row
// (that made 20,000-row imports quadratic), while history rows stay exactly what the form writes.
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../shared/domain/limits';
import { insertNewPerson } from '../../../electron/service/people';
import { call, callError, openTestApp, tableCounts } from '../service/helpers';
import { csvOf, fileSource, preview } from './helpers';

describe('committing an import', () => {
  it('counts the account’s people once, not once per row, and logs each person as the form does', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Bulk' });
    const p = await preview(app.service, account.id, fileSource(csvOf(300)));
    const counts = vi.spyOn(app.store.people, 'countByAccount');
    const result = await call(app.service, 'commitImport', { importId: p.importId });
    expect(result).toMatchObject({ peopleCreated: 300, relationshipsCreated: 299 });
    expect(counts.mock.calls.length).toBeLessThanOrEqual(1);

    // One history 'create' row per person, holding exactly the person as stored.
    const map = await call(app.service, 'getAccountMap', { accountId: account.id });
    const logged = (app.store.db.prepare("SELECT data FROM history WHERE entity = 'person' AND op = 'create'").all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as { id: string });
    expect(logged).toHaveLength(300);
    const byId = new Map(map.people.map((x) => [x.id, x]));
    for (const row of logged) expect(row).toEqual(byId.get(row.id));
  });

  it('still refuses an import that would take the account past the people limit, writing nothing', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Nearly full' });
    const p = await preview(app.service, account.id, fileSource(csvOf(2)));
    app.store.transaction(() => {
      for (let i = 0; i < LIMITS.peoplePerAccountMax - 1; i++) insertNewPerson(app.context, { accountId: account.id, name: `Existing ${i}` } as never);
    });
    const before = tableCounts(app);
    const err = await callError(app.service, 'commitImport', { importId: p.importId });
    expect(err).toMatchObject({ messageKey: 'error.import.tooManyPeople', params: { max: LIMITS.peoplePerAccountMax, existing: LIMITS.peoplePerAccountMax - 1, incoming: 2 } });
    expect(tableCounts(app)).toEqual(before);
  }, 60_000);
});
