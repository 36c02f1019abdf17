// Days as the app's language writes them, and back: the text a DateField shows and accepts.
// Pure (Intl only), so the rules are unit-tested without a browser.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || y > 9999 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The Intl locale the app writes days in: day before month in English ("1 Dec 2026"). */
export const dayLocale = (language: string): string => (language === 'zh-CN' ? 'zh-CN' : 'en-GB');

/** "2026-12-01" → "2026年12月1日" (zh-CN) or "1 Dec 2026" (en); other text is returned as it is. */
export function formatDayText(iso: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(dayLocale(language), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * What the rep typed → "YYYY-MM-DD", or null when it is not a real day. Accepts either language's
 * written form and the usual numeric ones: 2026-12-01, 2026/12/1, 2026年12月1日, 1 Dec 2026, Dec 1, 2026.
 */
export function parseDayText(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  const ymd = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (ymd) return isoDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const month = MONTHS.findIndex((name) => new RegExp(`\\b${name}[a-z]*\\.?`).test(t));
  const numbers = (t.match(/\d+/g) ?? []).map(Number);
  if (month >= 0 && numbers.length === 2) {
    const [a, b] = numbers as [number, number];
    const [day, year] = a > 31 ? [b, a] : [a, b];
    return isoDay(year, month + 1, day);
  }
  return null;
}

/** True for a "YYYY-MM-DD" day (what a DateField gives once the text is a real day). */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** The day `n` days after `iso` (negative: before). */
export function addDaysIso(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
