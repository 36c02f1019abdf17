// Pane widths the rep dragged (null = the layout's own width for the window size). They reach the
// layout as CSS variables on the app's grid (app.css, ranking.css), capped so the map keeps room.
import type { CSSProperties } from 'react';
import { create } from 'zustand';
import { PANE_LIMITS } from '../../../shared/viewState/contractCalls';

export type PaneKey = 'accountsWidth' | 'rightWidth' | 'wideWidth';

interface PanesState {
  accountsWidth: number | null;
  rightWidth: number | null;
  wideWidth: number | null;
  setWidth(key: PaneKey, width: number | null): void;
}

export const usePanes = create<PanesState>()((set) => ({
  accountsWidth: null,
  rightWidth: null,
  wideWidth: null,
  setWidth(key, width) {
    set({ [key]: width === null ? null : clampWidth(key, width) } as Partial<PanesState>);
  },
}));

export function clampWidth(key: PaneKey, width: number): number {
  const limits = key === 'accountsWidth' ? PANE_LIMITS.accounts : PANE_LIMITS.right;
  return Math.round(Math.min(limits.max, Math.max(limits.min, width)));
}

/** The grid's CSS variables for the widths the rep set; a width never takes more than its share of the window. */
export function paneStyle(s: Pick<PanesState, PaneKey>): CSSProperties {
  const style: Record<string, string> = {};
  if (s.accountsWidth !== null) style['--accounts-w'] = `min(${s.accountsWidth}px, 30vw)`;
  if (s.rightWidth !== null) style['--right-w'] = `min(${s.rightWidth}px, 45vw)`;
  if (s.wideWidth !== null) style['--wide-w'] = `min(${s.wideWidth}px, 50vw)`;
  return style as CSSProperties;
}
