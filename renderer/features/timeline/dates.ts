// Calendar days (YYYY-MM-DD) in the rep's language: "3 Nov 2026" / "2026年11月3日".
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, short: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${short}`;
  let f = cache.get(key);
  if (!f) {
    // Days are labels, not instants: formatted in UTC so no time zone shifts them.
    const parts: Intl.DateTimeFormatOptions = short ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' };
    f = new Intl.DateTimeFormat(lang, { ...parts, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

export function formatDay(day: string, lang: string, short = false): string {
  const ms = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  if (Number.isNaN(ms)) return day;
  return formatter(lang, short).format(new Date(ms));
}
