import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, userVersion, type Migration } from '../../../electron/db/migrations';
import { MIGRATIONS } from '../../../electron/db/migrations/list';
import { openDatabase } from '../../../electron/db/open';
import { tempDbPath } from '../service/helpers';

const v1 = MIGRATIONS[0] as Migration;

function objects(db: Database.Database): string[] {
  return db
    .prepare("SELECT type || ':' || name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .pluck()
    .all() as string[];
}

describe('migrations', () => {
  it('are numbered 1..N without gaps, and LATEST_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('migration 1 creates the tables, indexes and the one-top-decision-maker index, and sets user_version 1', () => {
    const db = new Database(tempDbPath());
    migrate(db, { migrations: [v1] });
    expect(userVersion(db)).toBe(1);
    expect(objects(db)).toEqual(
      expect.arrayContaining([
        'table:accounts',
        'table:people',
        'table:relationships',
        'table:positions',
        'table:settings',
        'table:history',
        'index:people_one_top_decision_maker',
        'index:history_account_day',
      ]),
    );
    db.close();
  });

  it('migration 1 indexes the hot queries (map of an account, history up to a day)', () => {
    const db = openDatabase(tempDbPath(), { migrations: [v1] });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan("SELECT * FROM people WHERE account_id = 'a'")).toMatch(/USING INDEX (people_account|people_one_top)/);
    expect(plan("SELECT * FROM relationships WHERE account_id = 'a'")).toMatch(/USING INDEX relationships_account/);
    expect(plan("SELECT * FROM history WHERE account_id = 'a' AND day <= '2026-01-01' ORDER BY seq")).toMatch(/USING INDEX history_account_day/);
    expect(plan("SELECT * FROM history WHERE entity_id = 'p' ORDER BY seq")).toMatch(/USING INDEX history_entity/);
    expect(plan("SELECT * FROM positions WHERE account_id = 'a' AND layout = 'saved'")).toMatch(/USING INDEX positions_account/);
    db.close();
  });

  it('runs every pending migration, each in order, calling beforeMigrate before each one', () => {
    const file = tempDbPath();
    openDatabase(file, { migrations: [v1] }).close();
    const v2: Migration = { version: 2, name: 'add a column', up: "ALTER TABLE accounts ADD COLUMN region TEXT NOT NULL DEFAULT ''" };
    const v3: Migration = {
      version: 3,
      name: 'data migration',
      up: (db) => {
        db.prepare("UPDATE accounts SET region = 'east'").run();
      },
    };
    const calls: string[] = [];
    const db = openDatabase(file, {
      migrations: [v1, v2, v3],
      beforeMigrate: (conn, step) => calls.push(`${step.fromVersion}->${step.toVersion} at ${userVersion(conn)}`),
    });
    expect(calls).toEqual(['1->2 at 1', '2->3 at 2']);
    expect(userVersion(db)).toBe(3);
    const columns = db.prepare("SELECT name FROM pragma_table_info('accounts')").pluck().all();
    expect(columns).toContain('region');
    db.close();
  });

  it('keeps existing rows through a later migration', () => {
    const file = tempDbPath();
    const db1 = openDatabase(file, { migrations: [v1] });
    db1.prepare("INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Acme', 't', 't')").run();
    db1.close();
    const v2: Migration = { version: 2, name: 'index', up: 'CREATE INDEX accounts_name ON accounts(name)' };
    const db2 = openDatabase(file, { migrations: [v1, v2] });
    expect(db2.prepare('SELECT name FROM accounts').pluck().all()).toEqual(['Acme']);
    db2.close();
  });

  it('rolls a failing migration back completely: user_version and schema unchanged', () => {
    const file = tempDbPath();
    openDatabase(file, { migrations: [v1] }).close();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: 'CREATE TABLE half_done (a TEXT); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => openDatabase(file, { migrations: [v1, broken] })).toThrow(/no_such_table/);
    const db = new Database(file);
    expect(userVersion(db)).toBe(1);
    expect(objects(db)).not.toContain('table:half_done');
    db.close();
  });

  it('rolls back a failing function migration too', () => {
    const file = tempDbPath();
    openDatabase(file, { migrations: [v1] }).close();
    const broken: Migration = {
      version: 2,
      name: 'broken function',
      up: (db) => {
        db.exec('CREATE TABLE half_done (a TEXT)');
        throw new Error('data migration failed');
      },
    };
    expect(() => openDatabase(file, { migrations: [v1, broken] })).toThrow('data migration failed');
    const db = new Database(file);
    expect(userVersion(db)).toBe(1);
    expect(objects(db)).not.toContain('table:half_done');
    db.close();
  });

  describe('a migration that rebuilds a table', () => {
    const rebuildPeople = `
      CREATE TABLE people_new (id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name TEXT NOT NULL, nickname TEXT NOT NULL DEFAULT '') STRICT;
      INSERT INTO people_new (id, account_id, name) SELECT id, account_id, name FROM people;
      DROP TABLE people;
      ALTER TABLE people_new RENAME TO people;`;

    function seeded(): string {
      const file = tempDbPath();
      const db = openDatabase(file, { migrations: [v1] });
      db.exec(`
        INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Acme', 't', 't');
        INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES ('p1', 'a1', 'Wang', 't', 't'), ('p2', 'a1', 'Li', 't', 't');
        INSERT INTO relationships (id, account_id, from_id, to_id, type, created_at) VALUES ('r1', 'a1', 'p1', 'p2', 'reports-to', 't');
      `);
      db.close();
      return file;
    }

    it('keeps the rows that point at the rebuilt table when marked rebuildsTables, and foreign keys stay on', () => {
      const file = seeded();
      const db = openDatabase(file, { migrations: [v1, { version: 2, name: 'rebuild people', up: rebuildPeople, rebuildsTables: true }] });
      expect(db.prepare('SELECT count(*) FROM relationships').pluck().get()).toBe(1);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      db.close();
    });

    it('shows why the flag exists: without it, dropping the old table cascades away the relationships', () => {
      const file = seeded();
      const db = openDatabase(file, { migrations: [v1, { version: 2, name: 'rebuild people', up: rebuildPeople }] });
      expect(db.prepare('SELECT count(*) FROM relationships').pluck().get()).toBe(0);
      db.close();
    });

    it('rolls back a rebuild that leaves dangling references', () => {
      const file = seeded();
      const dangling = `${rebuildPeople} DELETE FROM people WHERE id = 'p2';`;
      expect(() => openDatabase(file, { migrations: [v1, { version: 2, name: 'bad rebuild', up: dangling, rebuildsTables: true }] })).toThrow(
        /left rows pointing at missing rows/,
      );
      const db = new Database(file);
      expect(userVersion(db)).toBe(1);
      expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(2);
      db.close();
    });
  });

  it('refuses a migration list with gaps', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, { migrations: [v1, { version: 3, name: 'gap', up: '' }] })).toThrow(/Migration list is broken/);
    expect(userVersion(db)).toBe(0);
    db.close();
  });
});
