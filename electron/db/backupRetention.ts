// Which backups to keep: the newest backup of each of the last 7 days that have one, and of each of
// the last 4 weeks that have one (restic's keep-daily / keep-weekly rule). Safety copies — taken just
// before a restore or a migration, often the only copy of that state — are kept by their own rule
// instead: the newest 5 of each kind, whatever their age, and they never take a daily backup's place
// in a day or week. Pure, so it is tested with dates.

export interface Dated {
  name: string;
  createdAt: Date;
  /** Why it was taken (BackupReason); safety copies are counted apart. */
  reason?: string;
}

export interface RetentionPolicy {
  daily: number;
  weekly: number;
  /** How many of each kind of safety copy to keep (default SAFETY_COPIES_KEPT). */
  safety?: number;
}

/** Backups that save the state just before it is replaced (by a restore) or rewritten (by a migration). */
export const SAFETY_REASONS: readonly string[] = ['pre-restore', 'pre-migration'];
export const SAFETY_COPIES_KEPT = 5;

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, safety: SAFETY_COPIES_KEPT };

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Local date of the Monday starting d's week. */
function weekKey(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayKey(monday);
}

/** Names of the backups to keep (the newest one is always kept). */
export function backupsToKeep<T extends Dated>(backups: readonly T[], policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  const isSafety = (b: T) => b.reason !== undefined && SAFETY_REASONS.includes(b.reason);
  for (const reason of SAFETY_REASONS) {
    for (const b of newestFirst.filter((x) => x.reason === reason).slice(0, policy.safety ?? SAFETY_COPIES_KEPT)) keep.add(b.name);
  }
  const regular = newestFirst.filter((b) => !isSafety(b));
  const bucket = (count: number, key: (d: Date) => string) => {
    const seen = new Set<string>();
    for (const b of regular) {
      const k = key(b.createdAt);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(b.name);
    }
  };
  bucket(policy.daily, dayKey);
  bucket(policy.weekly, weekKey);
  return keep;
}

/** The backups retention would delete, oldest first. */
export function backupsToDelete<T extends Dated>(backups: readonly T[], policy: RetentionPolicy = DEFAULT_RETENTION): T[] {
  const keep = backupsToKeep(backups, policy);
  return backups.filter((b) => !keep.has(b.name)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export { dayKey as localDayKey };
