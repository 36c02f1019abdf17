// Ways a database file gets damaged, applied to a real (closed) Powermap database file.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Damage = 'garbage' | 'truncated' | 'zeroed-header';

const GARBAGE = fileURLToPath(new URL('../../fixtures/corrupt/garbage.sqlite3', import.meta.url));

export function damage(dbPath: string, kind: Damage): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
  if (kind === 'garbage') {
    fs.copyFileSync(GARBAGE, dbPath);
  } else if (kind === 'truncated') {
    // Cut mid-file (like a copy interrupted by a full disk): the header promises pages that are gone.
    const size = fs.statSync(dbPath).size;
    fs.truncateSync(dbPath, Math.floor(size / 2 / 4096) * 4096 + 1000);
  } else {
    const fd = fs.openSync(dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096), 0, 4096, 0);
    fs.closeSync(fd);
  }
}
