// Time comes from an injected clock so tests (and the sample seeder) can simulate months of changes.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Always the same instant. */
export function fixedClock(at: Date | string): Clock {
  const t = new Date(at).getTime();
  return { now: () => new Date(t) };
}

export interface ManualClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
  advanceDays(days: number): void;
}

/** A clock the caller moves by hand. */
export function manualClock(start: Date | string = new Date()): ManualClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (at) => {
      t = new Date(at).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
    advanceDays: (days) => {
      t += days * 86_400_000;
    },
  };
}

/** The local calendar day (YYYY-MM-DD) of an instant: history's `day` column. */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
