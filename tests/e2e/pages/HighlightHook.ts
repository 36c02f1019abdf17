// Reads the highlighted map through the ?e2e hook (renderer/graph/highlightTestHook.ts).
import type { Page } from '@playwright/test';

interface Hook {
  shownIds(): string[];
  marks(id: string): { size: number; classes: string[]; width: number; badge: string | null } | null;
  zoom(): number;
  viewportCentre(): { x: number; y: number };
}

type W = { __powermapHighlight: Hook; __powermapGraph: { renderedPosition(id: string): { x: number; y: number } | null } };

export const shownIds = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as W).__powermapHighlight.shownIds().sort());
export const marks = (page: Page, id: string) => page.evaluate((i) => (window as unknown as W).__powermapHighlight.marks(i), id);

/** Distance in CSS px between the person's node and the middle of the map. */
export const offCentre = (page: Page, id: string): Promise<number> =>
  page.evaluate((i) => {
    const w = window as unknown as W;
    const at = w.__powermapGraph.renderedPosition(i);
    const c = w.__powermapHighlight.viewportCentre();
    return at ? Math.hypot(at.x - c.x, at.y - c.y) : Infinity;
  }, id);

/** The warning triangle drawn in the node badge (renderer/graph/badges.ts). */
export function badgeHasWarning(badge: string | null): boolean {
  return !!badge && decodeURIComponent(badge).includes('M14 2L27 26H1z');
}
export function badgeHasCrown(badge: string | null): boolean {
  return !!badge && decodeURIComponent(badge).includes('M36 14l6 7');
}
