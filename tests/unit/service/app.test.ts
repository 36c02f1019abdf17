import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseCorruptError, DatabaseTooNewError } from '../../../electron/db/errors';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { openApp } from '../../../electron/service/app';
import { call, openTestApp, tempDbPath } from './helpers';

describe('openApp', () => {
  const savedBinding = process.env.POWERMAP_SQLITE_BINDING;
  afterEach(() => {
    if (savedBinding === undefined) delete process.env.POWERMAP_SQLITE_BINDING;
    else process.env.POWERMAP_SQLITE_BINDING = savedBinding;
  });

  it('opens a migrated database and a working service; close releases the file', async () => {
    const app = openTestApp();
    expect(app.store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    await call(app.service, 'createAccount', { name: 'Acme' });
    app.close();
    expect(app.store.db.open).toBe(false);
  });

  it('calls beforeMigrate for each migration of a new file, before it runs', () => {
    const steps: Array<[number, number]> = [];
    openTestApp({ beforeMigrate: (_db, s) => steps.push([s.fromVersion, s.toVersion]) });
    expect(steps[0]).toEqual([0, 1]);
    expect(steps).toHaveLength(LATEST_VERSION);
  });

  it('passes the refusal of a newer database through, untouched', () => {
    const file = tempDbPath();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openApp({ dbPath: file, systemLocale: 'en', version: 'x' })).toThrow(DatabaseTooNewError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('passes a damaged file through as DatabaseCorruptError', () => {
    const file = tempDbPath();
    fs.writeFileSync(file, 'this is a text file, not a database'.repeat(10));
    expect(() => openApp({ dbPath: file, systemLocale: 'en', version: 'x' })).toThrow(DatabaseCorruptError);
  });

  it('loads better-sqlite3 from POWERMAP_SQLITE_BINDING when set (the Electron-ABI build)', () => {
    process.env.POWERMAP_SQLITE_BINDING = '/nonexistent/electron-abi/better_sqlite3.node';
    expect(() => openApp({ dbPath: tempDbPath(), systemLocale: 'en', version: 'x' })).toThrow(/nonexistent\/electron-abi/);
  });
});
