// SQL for app settings: a small key/value table of strings.
import type BetterSqlite3 from 'better-sqlite3';

export function createSettingsRepo(db: BetterSqlite3.Database) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');

  return {
    get(key: string): string | null {
      return get.get(key)?.value ?? null;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
    delete(key: string): void {
      remove.run(key);
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
