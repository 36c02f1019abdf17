// The schema's own constraints, exercised with raw SQL: the last line of defence under the service.
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { tempDbPath } from '../service/helpers';

let db: Database.Database;

beforeEach(() => {
  db = openDatabase(tempDbPath());
  db.exec(`
    INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Acme', 't', 't'), ('a2', 'Beta', 't', 't');
    INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES
      ('p1', 'a1', 'Wang', 't', 't'), ('p2', 'a1', 'Li', 't', 't'), ('p3', 'a2', 'Zhao', 't', 't');
  `);
});
afterEach(() => db.close());

function codeOf(sql: string): string | undefined {
  try {
    db.exec(sql);
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

describe('schema constraints', () => {
  it.each([
    ['an empty account name', "UPDATE accounts SET name = '' WHERE id = 'a1'"],
    ['a whitespace-only account name', "UPDATE accounts SET name = '   ' WHERE id = 'a1'"],
    ['an over-long account name', "UPDATE accounts SET name = printf('%.121c', 'x') WHERE id = 'a1'"],
    ['an unknown stage', "UPDATE accounts SET stage = 'win' WHERE id = 'a1'"],
    ['a negative budget', "UPDATE accounts SET budget_amount = -1 WHERE id = 'a1'"],
    ['an unknown stance', "UPDATE people SET stance = 'friend' WHERE id = 'p1'"],
    ['an unknown buying role', "UPDATE people SET buying_role = 'boss' WHERE id = 'p1'"],
    ['authority 6', "UPDATE people SET authority = 6 WHERE id = 'p1'"],
    ['expertise 0', "UPDATE people SET expertise = 0 WHERE id = 'p1'"],
    ['a pinned score above 100', "UPDATE people SET pinned_score = 101 WHERE id = 'p1'"],
    ['a malformed last contact', "UPDATE people SET last_contact = 'yesterday' WHERE id = 'p1'"],
    ['a self-link', "INSERT INTO relationships (id, account_id, from_id, to_id, type, created_at) VALUES ('r', 'a1', 'p1', 'p1', 'close-to', 't')"],
    ['influences without strength', "INSERT INTO relationships (id, account_id, from_id, to_id, type, created_at) VALUES ('r', 'a1', 'p1', 'p2', 'influences', 't')"],
    ['influences strength 4', "INSERT INTO relationships (id, account_id, from_id, to_id, type, strength, created_at) VALUES ('r', 'a1', 'p1', 'p2', 'influences', 4, 't')"],
    ['reports-to with a strength', "INSERT INTO relationships (id, account_id, from_id, to_id, type, strength, created_at) VALUES ('r', 'a1', 'p1', 'p2', 'reports-to', 2, 't')"],
    ['an unknown relationship type', "INSERT INTO relationships (id, account_id, from_id, to_id, type, created_at) VALUES ('r', 'a1', 'p1', 'p2', 'likes', 't')"],
    ['invalid JSON in history', "INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES ('a1', 'person', 'p1', 'create', 't', 'd', '{nope')"],
    ['an unknown history op', "INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES ('a1', 'person', 'p1', 'merge', 't', 'd', '{}')"],
  ])('refuses %s (CHECK)', (_what, sql) => {
    expect(codeOf(sql)).toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('refuses a text where an integer belongs (STRICT tables)', () => {
    expect(codeOf("UPDATE people SET authority = 'high' WHERE id = 'p1'")).toBe('SQLITE_CONSTRAINT_DATATYPE');
  });

  it('allows at most one top decision-maker per account (unique index), but one in each account', () => {
    expect(codeOf("UPDATE people SET is_top_decision_maker = 1 WHERE id = 'p1'")).toBeUndefined();
    expect(codeOf("UPDATE people SET is_top_decision_maker = 1 WHERE id = 'p2'")).toBe('SQLITE_CONSTRAINT_UNIQUE');
    expect(codeOf("UPDATE people SET is_top_decision_maker = 1 WHERE id = 'p3'")).toBeUndefined();
  });

  it('refuses the same relationship twice (unique from, to, type)', () => {
    const sql = "INSERT INTO relationships (id, account_id, from_id, to_id, type, created_at) VALUES ('%', 'a1', 'p1', 'p2', 'close-to', 't')";
    expect(codeOf(sql.replace('%', 'r1'))).toBeUndefined();
    expect(codeOf(sql.replace('%', 'r2'))).toBe('SQLITE_CONSTRAINT_UNIQUE');
  });

  it('refuses a person in an account that does not exist (foreign keys are on)', () => {
    expect(codeOf("INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES ('p9', 'nope', 'X', 't', 't')")).toBe(
      'SQLITE_CONSTRAINT_FOREIGNKEY',
    );
  });

  it('deleting an account cascades to its people, relationships and positions, and nothing else', () => {
    db.exec(`
      INSERT INTO relationships (id, account_id, from_id, to_id, type, created_at) VALUES ('r1', 'a1', 'p1', 'p2', 'reports-to', 't');
      INSERT INTO positions (person_id, account_id, layout, x, y) VALUES ('p1', 'a1', 'saved', 1, 2), ('p3', 'a2', 'saved', 3, 4);
      DELETE FROM accounts WHERE id = 'a1';
    `);
    const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
    expect(count('people')).toBe(1);
    expect(count('relationships')).toBe(0);
    expect(count('positions')).toBe(1);
    expect(count('accounts')).toBe(1);
  });

  it('deleting a person cascades to their relationships and positions', () => {
    db.exec(`
      INSERT INTO relationships (id, account_id, from_id, to_id, type, created_at) VALUES ('r1', 'a1', 'p2', 'p1', 'reports-to', 't');
      INSERT INTO positions (person_id, account_id, layout, x, y) VALUES ('p1', 'a1', 'saved', 1, 2);
      DELETE FROM people WHERE id = 'p1';
    `);
    expect(db.prepare('SELECT count(*) FROM relationships').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM positions').pluck().get()).toBe(0);
  });
});
