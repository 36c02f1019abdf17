import { describe, expect, it } from 'vitest';
import { DatabaseCorruptError, DatabaseTooNewError } from '../../../electron/db/errors';
import { classifyStartupFailure, describeStartupFailure } from '../../../electron/startupFailure';

const dbPath = '/home/rep/.config/Powermap/powermap.sqlite3';

describe('start-up failure messages', () => {
  it('classifies the database errors', () => {
    expect(classifyStartupFailure(new DatabaseTooNewError(dbPath, 9, 1))).toBe('too-new');
    expect(classifyStartupFailure(new DatabaseCorruptError(dbPath, ['bad page']))).toBe('corrupt');
    expect(classifyStartupFailure(new Error('EACCES'))).toBe('unexpected');
    expect(classifyStartupFailure('weird')).toBe('unexpected');
  });

  it('tells the rep to update when the file is newer, and that it was not changed', () => {
    const text = describeStartupFailure(new DatabaseTooNewError(dbPath, 9, 1), dbPath, 'en-US');
    expect(text.message).toMatch(/newer version of Powermap/);
    expect(text.detail).toMatch(/Update Powermap/);
    expect(text.detail).toMatch(/not been changed/);
    expect(text.detail).toContain(dbPath);
  });

  it('explains a damaged file and names it', () => {
    const text = describeStartupFailure(new DatabaseCorruptError(dbPath, ['database disk image is malformed']), dbPath, 'en');
    expect(text.message).toMatch(/damaged/);
    expect(text.detail).toContain(dbPath);
    expect(text.detail).toContain('malformed');
  });

  it('speaks Chinese on a Chinese system', () => {
    const text = describeStartupFailure(new DatabaseTooNewError(dbPath, 9, 1), dbPath, 'zh-CN');
    expect(text.message).toContain('更新版本');
    expect(text.detail).toContain(dbPath);
  });
});
