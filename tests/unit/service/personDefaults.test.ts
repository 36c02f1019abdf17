// One definition of every person field's default (shared/domain/personDefaults.ts): a person created
// through the service, the import, the form and the database with nothing but a name, and the test
// builders, all get the same values — ratings not given are "not rated" (null), never a 1.
import { describe, expect, it } from 'vitest';
import { PERSON_DEFAULTS } from '../../../shared/domain/personDefaults';
import type { Person } from '../../../shared/domain/model';
import { emptyPerson, fieldsOf } from '../../../renderer/features/person/personForm';
import { person as influenceBuilder } from '../shared/influenceFixtures';
import { person as historyBuilder } from '../history/log';
import { preview } from '../import/helpers';
import { call, callError, openTestApp } from './helpers';

const FIELDS = Object.keys(PERSON_DEFAULTS) as Array<keyof typeof PERSON_DEFAULTS>;
/** The default fields a source sets (the form does not edit the pinned score: it pins from the score card). */
const defaultsOf = (p: Partial<Person>) => Object.fromEntries(FIELDS.filter((f) => f in p).map((f) => [f, p[f]]));

describe('person defaults', () => {
  it('rate nothing: authority, expertise and access are not rated', () => {
    expect(PERSON_DEFAULTS).toMatchObject({ authority: null, expertise: null, accessToTop: null, pinnedScore: null, buyingRole: 'unknown', stance: 'unknown' });
  });

  it('are the same from the service, the import, the form, the database and the test builders', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Defaults Co' });

    const viaService = (await call(app.service, 'createPerson', { accountId: account.id, name: 'Only A Name' })).person;

    const p = await preview(app.service, account.id, { fileName: 'names.csv', base64: Buffer.from('Name\nFrom Import\n').toString('base64') });
    await call(app.service, 'commitImport', { importId: p.importId });
    const viaImport = (await call(app.service, 'getAccountMap', { accountId: account.id })).people.find((x) => x.name === 'From Import')!;

    const viaForm = fieldsOf(emptyPerson());

    // A row written with nothing but the required columns gets the schema's own defaults.
    app.store.db
      .prepare("INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES ('raw', ?, 'Raw Row', 't', 't')")
      .run(account.id);
    const viaDb = app.store.people.get('raw')!;

    expect(Object.keys(defaultsOf(viaForm)).sort()).toEqual(FIELDS.filter((f) => f !== 'pinnedScore').sort());
    for (const [source, got] of Object.entries({ viaService, viaImport, viaForm, viaDb, influenceBuilder: influenceBuilder('x'), historyBuilder: historyBuilder('x') })) {
      const fields = defaultsOf(got);
      expect({ source, ...fields }).toEqual({ source, ...Object.fromEntries(Object.keys(fields).map((f) => [f, PERSON_DEFAULTS[f as keyof typeof PERSON_DEFAULTS]])) });
    }
  });

  it('a rating can be taken back to not rated; it stays so after reopening the file, and a 0 is still refused', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Back Co' });
    const { person } = await call(app.service, 'createPerson', { accountId: account.id, name: 'Rated', authority: 4, expertise: 2, accessToTop: 5 });
    await call(app.service, 'updatePerson', { id: person.id, patch: { authority: null, accessToTop: null } });
    app.close();
    const reopened = openTestApp({ dbPath: app.dbPath });
    const again = (await call(reopened.service, 'getAccountMap', { accountId: account.id })).people[0]!;
    expect([again.authority, again.expertise, again.accessToTop]).toEqual([null, 2, null]);
    const err = await callError(reopened.service, 'updatePerson', { id: person.id, patch: { expertise: 0 } });
    expect(err).toMatchObject({ code: 'validation', messageKey: 'error.rating.invalid' });
  });
});
