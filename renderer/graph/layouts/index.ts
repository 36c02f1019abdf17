// The layout engine the map adapter calls: compute a layout, or reuse the rep's saved positions.
import type { LayoutName, Position } from '../../../shared/domain/model';
import { influenceNetworkLayout } from './influenceNetwork';
import { orgChartLayout } from './orgChart';
import { ringsLayout } from './rings';
import { fromPositionList, type ComputedLayout, type LayoutInput, type Positions } from './types';

export { orgChartLayout } from './orgChart';
export { ringsLayout, rankOrder } from './rings';
export { influenceNetworkLayout, nodeSizeForScore, prewarmInfluenceNetwork } from './influenceNetwork';
export { toPositionList, fromPositionList } from './types';
export type { LayoutInput, LayoutPerson, LayoutRelationship, Positions, Point, ComputedLayout } from './types';

/** What the free 'saved' view shows before the rep has arranged anything. */
export const SAVED_VIEW_FALLBACK: ComputedLayout = 'org-chart';

/** Runs one layout: org chart and rings synchronously (fast), the influence network in a Worker. */
export function computeLayout(layout: ComputedLayout, input: LayoutInput): Promise<Positions> {
  switch (layout) {
    case 'org-chart':
      return Promise.resolve(orgChartLayout(input));
    case 'rings':
      return Promise.resolve(ringsLayout(input.people, input.scores ?? new Map(), input.sizes ? { sizes: input.sizes } : {}));
    case 'influence-network':
      return influenceNetworkLayout(input);
  }
}

/** People without a saved position (added since the save) go in a grid below the saved ones, leaving those untouched. */
export function placeNewcomers(saved: Positions, ids: readonly string[], columnWidth = 180, rowHeight = 140): Positions {
  const out: Positions = {};
  const missing: string[] = [];
  let minX = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const id of ids) {
    const p = saved[id];
    if (p === undefined) {
      missing.push(id);
      continue;
    }
    out[id] = p;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  if (missing.length === 0) return out;
  if (minX === Infinity) [minX, maxX, maxY] = [0, 0, -rowHeight];
  const columns = Math.max(6, Math.floor((maxX - minX) / columnWidth) + 1);
  missing.forEach((id, i) => {
    out[id] = { x: minX + (i % columns) * columnWidth, y: maxY + rowHeight * (1.5 + Math.floor(i / columns)) };
  });
  return out;
}

export interface OpenedLayout {
  positions: Positions;
  /** True when the layout was computed (so the adapter should save it); false when saved positions were reused. */
  computed: boolean;
}

/**
 * Positions to show `layout`: the saved ones when any exist (no layout run — the fast path for big
 * accounts, and the rep's manual arrangement is never lost), else a fresh run of that layout.
 */
export async function openLayout(layout: LayoutName, saved: readonly Position[], input: LayoutInput): Promise<OpenedLayout> {
  const ids = input.people.map((p) => p.id);
  if (saved.length > 0) return { positions: placeNewcomers(fromPositionList(saved), ids), computed: false };
  // The saved view draws whole titles (style.ts `compact-label` is the org chart's and the rings' only): room for them.
  const positions = layout === 'saved' ? orgChartLayout(input, { compactLabels: false }) : await computeLayout(layout, input);
  return { positions, computed: true };
}
