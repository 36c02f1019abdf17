// Start-up need not wait for the whole-file check (quick_check reads every page: seconds on a big file)
// when the file was closed cleanly by this app version and nothing about opening it writes: then the
// check runs after the window shows, in a worker thread (checkWorker.ts), while only reads are let in.
// Anything else — a write-ahead log left beside the file (an unclean shutdown, or another writer), a
// file not yet in WAL mode (switching rewrites its header), a pending migration, a newer version, a
// bad header — is checked first, before the file is opened for writing, exactly as before (open.ts).
import fs from 'node:fs';
import { LATEST_VERSION } from './migrations';

const MAGIC = 'SQLite format 3\u0000';

/** True when opening `file` read-write may come before its quick_check (see above). */
export function canCheckLater(file: string, knownVersion = LATEST_VERSION): boolean {
  if (fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-journal`)) return false;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.size < 100) return false;
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return false;
  } finally {
    fs.closeSync(fd);
  }
  // Bytes 18–19: file format write/read version, 2 = WAL. Offset 60: user_version.
  return header.toString('latin1', 0, 16) === MAGIC && header[18] === 2 && header[19] === 2 && header.readUInt32BE(60) === knownVersion;
}
