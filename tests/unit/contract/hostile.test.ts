// Hostile strings that are valid text are stored and read back verbatim, through a restart.
import { describe, expect, it } from 'vitest';
import { call, openTestApp } from '../service/helpers';

const HOSTILE = [
  '<script>alert(1)</script>',
  "'; DROP TABLE people; --",
  'Robert"); DELETE FROM accounts; --',
  'مرحبا \u202Eevil\u202C ok',
  'Baby 👶🏻 and family 👨‍👩‍👧',
  '王丽 (总经理) «quoted» ‘curly’',
  '%s %d {{name}} ${x} \\u0000',
  '\u200Bzero\u200Dwidth',
];

describe('hostile but valid text', () => {
  it.each(HOSTILE)('stores %j verbatim in every text field and keeps it after a restart', async (text) => {
    const first = openTestApp();
    const account = await call(first.service, 'createAccount', { name: text, segment: text, notes: `${text}\n${text}`, budgetCycle: text, budgetProcess: text });
    const { person } = await call(first.service, 'createPerson', {
      accountId: account.id,
      name: text,
      title: text,
      department: text,
      notes: `${text}\t${text}`,
    });
    expect(account).toMatchObject({ name: text, segment: text, notes: `${text}\n${text}`, budgetCycle: text, budgetProcess: text });
    expect(person).toMatchObject({ name: text, title: text, department: text, notes: `${text}\t${text}` });
    first.close();

    const second = openTestApp({ dbPath: first.dbPath });
    const map = await call(second.service, 'getAccountMap', { accountId: account.id });
    expect(map.account).toEqual(account);
    expect(map.people).toEqual([person]);
    const tables = second.store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['accounts', 'people', 'relationships', 'history']));
    const logged = second.store.history.listByEntity(person.id)[0]?.data;
    expect(logged).toEqual(person);
  });
});
