// Calendar-day arithmetic on YYYY-MM-DD strings. Days are labels, not instants: computed in UTC so
// that adding a day never trips over a daylight-saving change.

const MS_PER_DAY = 86_400_000;

function toUtcMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return fromUtcMs(toUtcMs(day) + n * MS_PER_DAY);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_DAY);
}

/** Every day from `from` to `to`, both included (empty when from > to). */
export function dayRange(from: string, to: string): string[] {
  const out: string[] = [];
  const start = toUtcMs(from);
  const end = toUtcMs(to);
  for (let ms = start; ms <= end; ms += MS_PER_DAY) out.push(fromUtcMs(ms));
  return out;
}

export function minDay(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDay(a: string, b: string): string {
  return a >= b ? a : b;
}
