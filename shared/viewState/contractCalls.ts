// How the rep left the window's inside — pane widths, the accounts pane folded, the legend open, the
// open account and the right panel's tab — kept in the database's settings so a restart (or a
// reload) opens the same view. Spread into shared/ipc/contract.ts.
import { z } from 'zod';
import { id } from '../domain/schemas';

const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>() => ({ input, result: undefined as unknown as R }),
});

export const PANEL_TABS = ['people', 'visits', 'ranking', 'timeline', 'changes'] as const;

/** Pane widths the rep can drag to, in CSS px (the window may still be too narrow to show them whole). */
export const PANE_LIMITS = {
  accounts: { min: 220, max: 480 },
  right: { min: 260, max: 760 },
} as const;

const width = (limits: { min: number; max: number }) => z.number().int().min(limits.min).max(limits.max).nullable();

export const viewStateFields = z.object({
  /** The accounts pane folded to its icon rail by the rep. */
  accountsCollapsed: z.boolean(),
  /** Widths dragged by the rep; null = the layout's own width for the window size. */
  accountsWidth: width(PANE_LIMITS.accounts),
  /** The right panel with the person and visits tabs. */
  rightWidth: width(PANE_LIMITS.right),
  /** The right panel with the wide tabs (ranking, timeline, changes). */
  wideWidth: width(PANE_LIMITS.right),
  legendOpen: z.boolean(),
  /** The account open last; null = none (the first one opens). */
  accountId: id.nullable(),
  tab: z.enum(PANEL_TABS),
});

export type ViewState = z.infer<typeof viewStateFields>;

export const DEFAULT_VIEW_STATE: ViewState = {
  accountsCollapsed: false,
  accountsWidth: null,
  rightWidth: null,
  wideWidth: null,
  legendOpen: false,
  accountId: null,
  tab: 'people',
};

export const viewStateCalls = {
  getViewState: call(z.object({}).strict()).returns<ViewState>(),
  /** Changes the fields given; answers the whole state as stored. */
  setViewState: call(viewStateFields.partial().strict()).returns<ViewState>(),
};
