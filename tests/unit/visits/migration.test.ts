// Migration 3 on a version-2 file: rows kept (history with its seqs), the new tables and their
// constraints, visit rows accepted by history, and the agenda query on its index.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/db/migrations';
import { MIGRATIONS } from '../../../electron/db/migrations/list';
import { tempDbPath } from '../service/helpers';

function version2(): Database.Database {
  const db = new Database(tempDbPath());
  db.pragma('foreign_keys = ON');
  migrate(db, { migrations: MIGRATIONS.slice(0, 2) });
  db.exec(`
    INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Kept', 't', 't');
    INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES ('p1', 'a1', 'Wang', 't', 't');
    INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES ('a1', 'account', 'a1', 'create', 't', '2026-01-01', '{"id":"a1"}');
    INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES ('a1', 'person', 'p1', 'create', 't', '2026-01-02', '{"id":"p1"}');
    INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES ('a1', 'person', 'p1', 'update', 't', '2026-01-03', '{"id":"p1"}');
    DELETE FROM history WHERE seq = 3;
    INSERT INTO snapshots (id, account_id, name, day, created_at) VALUES ('s1', 'a1', 'before', '2026-01-02', 't');
  `);
  return db;
}

const plan = (db: Database.Database, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');

describe('migration 3 (visits)', () => {
  it('keeps every row of a version-2 file, history seqs included, and never reuses a seq', () => {
    const db = version2();
    try {
      expect(userVersion(db)).toBe(2);
      expect(migrate(db, { migrations: MIGRATIONS.slice(0, 3) })).toEqual([3]);
      expect(userVersion(db)).toBe(3);
      expect(db.prepare('SELECT name FROM accounts').pluck().all()).toEqual(['Kept']);
      expect(db.prepare('SELECT name FROM people').pluck().all()).toEqual(['Wang']);
      expect(db.prepare('SELECT name FROM snapshots').pluck().all()).toEqual(['before']);
      expect(db.prepare('SELECT seq, entity, op, day FROM history ORDER BY seq').raw().all()).toEqual([
        [1, 'account', 'create', '2026-01-01'],
        [2, 'person', 'create', '2026-01-02'],
      ]);
      db.prepare("INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES ('a1', 'visit', 'v1', 'create', 't', '2026-01-04', '{}')").run();
      expect(db.prepare("SELECT seq FROM history WHERE entity = 'visit'").pluck().get()).toBe(4);
      expect(() => db.prepare("INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES ('a1', 'lunch', 'x', 'create', 't', 'd', '{}')").run()).toThrow(/CHECK/);
      expect(plan(db, "SELECT * FROM history WHERE account_id = 'a1' AND day <= '2026-01-01' ORDER BY seq")).toMatch(/USING INDEX history_account_day/);
      expect(plan(db, "SELECT * FROM history WHERE entity_id = 'p1' ORDER BY seq")).toMatch(/USING INDEX history_entity/);
    } finally {
      db.close();
    }
  });

  it('adds visits, attendees and purchases with their constraints', () => {
    const db = version2();
    try {
      migrate(db);
      const visit = (over: string) =>
        db.prepare(`INSERT INTO visits (id, account_id, date, kind, status, created_at, updated_at, next_step_what, next_step_due, next_step_owner, no_next_step_reason) VALUES (${over})`);
      visit("'v1', 'a1', '2026-01-05', 'visit', 'logged', 't', 't', 'Bring a sample', '2026-01-09', 'us', NULL").run();
      db.prepare("INSERT INTO visit_attendees (visit_id, person_id, ord, stance_before, stance_after) VALUES ('v1', 'p1', 0, 'skeptic', 'neutral')").run();
      // A logged visit without a next step or a reason; a plan with an outcome; half a next step.
      expect(() => visit("'v2', 'a1', '2026-01-05', 'visit', 'logged', 't', 't', NULL, NULL, NULL, NULL").run()).toThrow(/CHECK/);
      expect(() => visit("'v3', 'a1', '2026-01-05', 'visit', 'planned', 't', 't', NULL, NULL, NULL, 'no'").run()).toThrow(/CHECK/);
      expect(() => visit("'v4', 'a1', '2026-01-05', 'visit', 'logged', 't', 't', 'x', NULL, 'us', NULL").run()).toThrow(/CHECK/);
      expect(() => visit("'v5', 'a1', '2026-01-05', 'lunch', 'logged', 't', 't', NULL, NULL, NULL, 'no'").run()).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO visit_attendees (visit_id, person_id, ord) VALUES ('v1', 'nobody', 1)").run()).toThrow(/FOREIGN KEY/);
      db.prepare("INSERT INTO yearly_purchases (account_id, year, amount, currency) VALUES ('a1', 2025, 100, 'CNY')").run();
      expect(() => db.prepare("INSERT INTO yearly_purchases (account_id, year, amount, currency) VALUES ('a1', 2024, 100, 'yuan')").run()).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO purchase_judgements (account_id, sustained, reason, updated_at) VALUES ('a1', 1, NULL, 't')").run()).toThrow(/CHECK/);
      expect(plan(db, "SELECT * FROM visits WHERE next_step_what IS NOT NULL AND next_step_done = 0 AND next_step_due < '2026-02-01' ORDER BY next_step_due")).toMatch(/USING INDEX visits_next_steps \(next_step_done=\? AND next_step_due<\?\)/);
      // Deleting the person drops their attendance; deleting the account drops its visits.
      db.prepare("DELETE FROM people WHERE id = 'p1'").run();
      expect(db.prepare('SELECT count(*) FROM visit_attendees').pluck().get()).toBe(0);
      db.prepare("DELETE FROM accounts WHERE id = 'a1'").run();
      expect(db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM yearly_purchases').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
