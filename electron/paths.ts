// Where the database file lives: a --db= flag wins, then POWERMAP_DB, then the user-data folder.
// Pure (no electron import) so the precedence is unit-tested; main.ts passes app.getPath('userData').
import path from 'node:path';

export const DB_FILE_NAME = 'powermap.sqlite3';
export const DB_FLAG = '--db=';
export const DB_ENV = 'POWERMAP_DB';

export interface DbPathSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
}

export function resolveDbPath({ argv, env, userDataDir }: DbPathSources): string {
  // The last --db= wins, like most CLIs; an empty value is ignored rather than opening ''.
  const flag = [...argv].reverse().find((a) => a.startsWith(DB_FLAG));
  const fromFlag = flag?.slice(DB_FLAG.length).trim();
  if (fromFlag) return path.resolve(fromFlag);
  const fromEnv = env[DB_ENV]?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(userDataDir, DB_FILE_NAME);
}
