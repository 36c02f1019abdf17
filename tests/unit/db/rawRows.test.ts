// Listing an account reads rows as arrays (faster); every field must land where the object read puts it.
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { createPeopleRepo } from '../../../electron/db/people';
import { createRelationshipsRepo } from '../../../electron/db/relationships';
import type { Person, Relationship } from '../../../shared/domain/model';
import { tempDbPath } from '../service/helpers';

let db: Database.Database;
beforeEach(() => {
  db = openDatabase(tempDbPath());
  db.exec("INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Acme', 't', 't')");
});
afterEach(() => db.close());

// Every field a different value, so a swapped column cannot go unnoticed.
const rated: Person = {
  id: 'p1', accountId: 'a1', name: 'Sun Meihua', title: 'CFO', department: 'Finance', buyingRole: 'approver',
  stance: 'skeptic', isTopDecisionMaker: true, authority: 5, expertise: 2, accessToTop: 4, pinnedScore: 77.5,
  met: true, lastContact: '2026-11-02', notes: 'Budget owner', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z',
};
const unrated: Person = { ...rated, id: 'p2', name: '王丽', isTopDecisionMaker: false, authority: null, expertise: null, accessToTop: null, pinnedScore: null, met: false, lastContact: null, createdAt: '2026-01-02T00:00:00.000Z' };
const link: Relationship = { id: 'r1', accountId: 'a1', fromId: 'p2', toId: 'p1', type: 'influences', strength: 3, createdAt: '2026-03-01T00:00:00.000Z' };
const unweighted: Relationship = { ...link, id: 'r2', fromId: 'p1', toId: 'p2', type: 'reports-to', strength: null, createdAt: '2026-03-02T00:00:00.000Z' };

describe('account listings read as arrays', () => {
  it('give every person field back exactly as written and as a single read gives it', () => {
    const people = createPeopleRepo(db);
    people.insert(rated);
    people.insert(unrated);
    expect(people.listByAccount('a1')).toEqual([rated, unrated]);
    expect(people.listByAccount('a1')).toEqual([people.get('p1'), people.get('p2')]);
  });

  it('give every relationship field back exactly as written and as a single read gives it', () => {
    createPeopleRepo(db).insert(rated);
    createPeopleRepo(db).insert(unrated);
    const links = createRelationshipsRepo(db);
    links.insert(link);
    links.insert(unweighted);
    expect(links.listByAccount('a1')).toEqual([link, unweighted]);
    expect(links.listByAccount('a1')).toEqual([links.get('r1'), links.get('r2')]);
  });
});
