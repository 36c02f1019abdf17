// A real, populated Powermap database damaged past its header: one interior b-tree page of the
// people table is overwritten (the header and every other page are intact, so only reading the
// b-tree finds it). Made here from the current schema rather than kept as a binary fixture.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { openApp } from '../../../electron/service/app';
import { manualClock } from '../../../electron/service/clock';

export type Journal = 'wal' | 'rollback' | 'wal-with-log';

/** Writes the account through the service, closes it, then damages the file; returns the page overwritten. */
export async function writeDamagedDb(dbPath: string, journal: Journal): Promise<{ page: number }> {
  let n = 0;
  const app = openApp({ dbPath, systemLocale: 'en-US', version: 'test', seedSample: false, clock: manualClock('2026-03-10T10:00:00.000Z'), newId: () => `id-${++n}` });
  const account = await app.service.createAccount({ name: '贝乐母婴' });
  for (let i = 0; i < 400; i++) await app.service.createPerson({ accountId: account.id, name: `Person ${i}`, notes: 'x'.repeat(300) });
  app.close();

  const raw = new Database(dbPath);
  const pages = raw.prepare("SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'internal' ORDER BY pageno").pluck().all() as number[];
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  // A file last written by another tool, or by an app that never switched it to WAL.
  if (journal === 'rollback') raw.pragma('journal_mode = DELETE');
  raw.close();
  const page = pages[0];
  if (page === undefined || page < 2) throw new Error('the fixture needs an interior page of the people table');
  overwrite(dbPath, (page - 1) * pageSize + 8, 400);

  if (journal === 'wal-with-log') {
    // A crashed app: committed changes still in the write-ahead log, the main file not yet updated.
    // They touch the settings table only, so the damaged people page is read from the main file.
    const writer = new Database(dbPath);
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec("INSERT INTO settings (key, value) VALUES ('after-the-damage', 'in the log')");
    const copy = `${dbPath}.copy`;
    fs.copyFileSync(dbPath, copy);
    fs.copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
    writer.close();
    fs.rmSync(`${dbPath}-shm`, { force: true });
    fs.renameSync(copy, dbPath);
    fs.renameSync(`${copy}-wal`, `${dbPath}-wal`);
  }
  return { page };
}

/** Scribbles over len bytes at offset with a fixed pattern (never a valid cell layout). */
function overwrite(file: string, offset: number, len: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const junk = Buffer.alloc(len);
    for (let i = 0; i < len; i++) junk[i] = (i * 37 + 0xa5) & 0xff;
    fs.writeSync(fd, junk, 0, len, offset);
  } finally {
    fs.closeSync(fd);
  }
}

/** Every file beside the database that belongs to it, with its bytes. */
export function filesOf(dbPath: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const suffix of ['', '-wal', '-shm', '-journal']) if (fs.existsSync(dbPath + suffix)) out[suffix || 'main'] = fs.readFileSync(dbPath + suffix);
  return out;
}
