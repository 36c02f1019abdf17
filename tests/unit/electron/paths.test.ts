import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME, resolveDbPath } from '../../../electron/paths';

const userDataDir = path.resolve('/home/rep/.config/Powermap');

describe('resolveDbPath', () => {
  it('defaults to powermap.sqlite3 in the user-data folder', () => {
    expect(resolveDbPath({ argv: ['electron', '.'], env: {}, userDataDir })).toBe(path.join(userDataDir, DB_FILE_NAME));
    expect(DB_FILE_NAME).toBe('powermap.sqlite3');
  });

  it('uses POWERMAP_DB when set', () => {
    expect(resolveDbPath({ argv: [], env: { POWERMAP_DB: '/tmp/a.sqlite3' }, userDataDir })).toBe(path.resolve('/tmp/a.sqlite3'));
  });

  it('prefers the --db= flag over the env var, the last flag winning', () => {
    const argv = ['electron', '.', '--db=/tmp/first.sqlite3', '--db=/tmp/flag.sqlite3'];
    expect(resolveDbPath({ argv, env: { POWERMAP_DB: '/tmp/env.sqlite3' }, userDataDir })).toBe(path.resolve('/tmp/flag.sqlite3'));
  });

  it('resolves a relative path against the working directory', () => {
    expect(resolveDbPath({ argv: ['--db=data/dev.sqlite3'], env: {}, userDataDir })).toBe(path.resolve('data/dev.sqlite3'));
  });

  it('ignores empty or blank values', () => {
    expect(resolveDbPath({ argv: ['--db='], env: { POWERMAP_DB: '  ' }, userDataDir })).toBe(path.join(userDataDir, DB_FILE_NAME));
  });
});
