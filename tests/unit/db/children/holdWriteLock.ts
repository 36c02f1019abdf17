// Child process for openRace.test.ts: another process in the middle of a write to a rollback-journal
// file (as while it creates the file). It takes the write lock, writes <rows> rows (0: one small row;
// many rows overflow its page cache, so changed pages reach the file before the commit), says
// {"locked": true}, holds the lock for <ms>, commits, and says {"committed": true}.
// Arguments: <dbPath> <ms> <rows>.
import Database from 'better-sqlite3';

const [dbPath, ms, rows] = process.argv.slice(2) as [string, string, string];
const db = new Database(dbPath);
db.pragma('cache_size = 8');
db.exec('BEGIN IMMEDIATE');
if (Number(rows) === 0) db.exec("INSERT INTO other_tool (note) VALUES ('written while the app opened the file')");
const insert = db.prepare('INSERT INTO other_tool (note) VALUES (?)');
if (Number(rows) > 0) db.exec('DELETE FROM other_tool');
for (let i = 0; i < Number(rows); i++) insert.run(`uncommitted ${i} ${'u'.repeat(900)}`);
process.stdout.write(`${JSON.stringify({ locked: true })}\n`);
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(ms));
db.exec('COMMIT');
db.close();
process.stdout.write(`${JSON.stringify({ committed: true })}\n`);
