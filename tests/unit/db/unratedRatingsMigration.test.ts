// The migration that lets ratings be "not rated" (NULL): on a file from the version before, every
// existing value is kept as it was (an old default 1 cannot be told from a chosen 1), nothing that
// points at people is lost, and from then on a rating can be NULL, which is also the column default.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { userVersion } from '../../../electron/db/migrations';
import { MIGRATIONS } from '../../../electron/db/migrations/list';
import { UNRATED_RATINGS } from '../../../electron/db/migrations/unrated-ratings';
import { openDatabase } from '../../../electron/db/open';
import { tempDbPath } from '../service/helpers';

const migration = MIGRATIONS.find((m) => m.name === UNRATED_RATINGS.name)!;
const before = MIGRATIONS.filter((m) => m.version < migration.version);

function fileBefore(): string {
  const file = tempDbPath();
  const db = openDatabase(file, { migrations: before });
  expect(userVersion(db)).toBe(migration.version - 1);
  db.exec(`
    INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Acme', 't', 't');
    -- p1: rated by the rep; p2: created with the old schema defaults (3, 3, 1); p3: the top decision-maker.
    INSERT INTO people (id, account_id, name, authority, expertise, access_to_top, pinned_score, met, created_at, updated_at)
      VALUES ('p1', 'a1', 'Wang Li', 5, 4, 2, NULL, 1, 't1', 't2');
    INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES ('p2', 'a1', 'Li Qiang', 't', 't');
    INSERT INTO people (id, account_id, name, is_top_decision_maker, authority, expertise, access_to_top, pinned_score, created_at, updated_at)
      VALUES ('p3', 'a1', 'Zhou Zhenhua', 1, 1, 1, 1, 77.5, 't', 't');
    INSERT INTO relationships (id, account_id, from_id, to_id, type, created_at) VALUES ('r1', 'a1', 'p2', 'p3', 'reports-to', 't');
    INSERT INTO positions (person_id, account_id, layout, x, y) VALUES ('p1', 'a1', 'saved', 10, 20);
  `);
  db.close();
  return file;
}

const rows = (db: Database.Database) => db.prepare('SELECT * FROM people ORDER BY id').all();

describe('migration: ratings may be not rated', () => {
  it('keeps every existing person exactly as it was, and what points at them', () => {
    const file = fileBefore();
    const old = new Database(file);
    const was = rows(old);
    old.close();
    expect(was).toHaveLength(3);

    const db = openDatabase(file);
    expect(userVersion(db)).toBeGreaterThanOrEqual(migration.version);
    expect(rows(db)).toEqual(was);
    expect(db.prepare("SELECT authority, expertise, access_to_top FROM people WHERE id = 'p2'").get()).toEqual({ authority: 3, expertise: 3, access_to_top: 1 });
    expect(db.prepare('SELECT count(*) FROM relationships').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM positions').pluck().get()).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Deleting a person still cascades to their relationships (the foreign keys point at the new table).
    db.prepare("DELETE FROM people WHERE id = 'p3'").run();
    expect(db.prepare('SELECT count(*) FROM relationships').pluck().get()).toBe(0);
    db.close();
  });

  it('then stores a rating as NULL (also the column default), still refuses 0 and 6, and keeps one top decision-maker per account', () => {
    const db = openDatabase(fileBefore());
    db.prepare("INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES ('p4', 'a1', 'New', 't', 't')").run();
    expect(db.prepare("SELECT authority, expertise, access_to_top FROM people WHERE id = 'p4'").get()).toEqual({ authority: null, expertise: null, access_to_top: null });
    db.prepare("UPDATE people SET authority = NULL WHERE id = 'p1'").run();
    expect(db.prepare("SELECT authority FROM people WHERE id = 'p1'").pluck().get()).toBeNull();
    for (const bad of [0, 6]) {
      expect(() => db.prepare(`UPDATE people SET expertise = ${bad} WHERE id = 'p1'`).run()).toThrow(/CHECK constraint failed/);
    }
    expect(() => db.prepare("UPDATE people SET is_top_decision_maker = 1 WHERE id = 'p1'").run()).toThrow(/UNIQUE constraint failed/);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'people' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['people_account', 'people_one_top_decision_maker']);
    db.close();
  });
});
