// Where the brief's sections go: everything on one A4 landscape sheet when it fits, else the first
// sheet keeps the map and the people who matter most and the rest flows on in two columns, so every
// page but the last is full. BriefPages tries these in order and keeps the first that fits.

export interface Placement {
  /** How many of the top people the first sheet lists. */
  top: number;
  /** Warnings and next steps on the first sheet (else in the flow after it). */
  warningsFirst: boolean;
  /** The support-base trend under the map on the first sheet (else in the flow). */
  trendFirst: boolean;
}

const onOneSheet = (top: number): Placement => ({ top, warningsFirst: true, trendFirst: true });
const flowing = (top: number, trendFirst: boolean): Placement => ({ top, warningsFirst: false, trendFirst });

/** One sheet with fewer people before two pages; on two, as many people as the first sheet holds. */
export const PLACEMENTS: readonly Placement[] = [
  ...[10, 8, 6, 5].map(onOneSheet),
  { top: 5, warningsFirst: true, trendFirst: false },
  flowing(10, true),
  ...[10, 9, 8, 7, 6, 5, 4, 3].map((n) => flowing(n, false)),
];

/** The map picture keeps at least this height (mm) on the first sheet; less counts as not fitting. */
export const MAP_MIN_MM = 60;

/** True when no part of the first sheet spills out of its box (1 px of rounding allowed). */
export function sheetFits(sheet: HTMLElement): boolean {
  const boxes = [sheet, ...Array.from(sheet.querySelectorAll<HTMLElement>('[data-fit]'))];
  if (boxes.some((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) return false;
  const map = sheet.querySelector<HTMLElement>('.map-image');
  const mmPx = 96 / 25.4;
  return !map || map.getBoundingClientRect().height >= MAP_MIN_MM * mmPx;
}
