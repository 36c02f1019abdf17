// What the native menu shows depends on the app's state in the page: its language, whether an
// account is open, what Undo would undo, the layout, the filters, the legend. The page sends this
// object on every change (MENU_STATE_CHANNEL); the main process validates it and rebuilds the menu.
import { z } from 'zod';
import { LAYOUTS } from '../domain/model';

export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

const label = z.string().trim().min(1).max(120).nullable();

export const menuStateSchema = z
  .object({
    language: z.enum(['en', 'zh-CN']),
    /** An account is open on the map. */
    hasAccount: z.boolean(),
    /** What the map shows: today's account (editable), a past day (read-only, exportable) or a what-if scenario (neither). */
    mode: z.enum(['live', 'past', 'scenario']),
    /** What Undo / Redo would undo or redo, in the app's language, without the verb ("change Sun Meihua's stance"); null = nothing. */
    undoLabel: label,
    redoLabel: label,
    /** Focus is in a text field: Undo / Redo then act on the typing (a Mac routes the keys through the menu). */
    editingText: z.boolean(),
    /** The theme chosen; null while the page has no theme setting (the items are then disabled). */
    theme: z.enum(THEMES).nullable(),
    layout: z.enum(LAYOUTS),
    supportBaseOnly: z.boolean(),
    keyPeopleOnly: z.boolean(),
    legendOpen: z.boolean(),
  })
  .strict();

export type MenuState = z.infer<typeof menuStateSchema>;

/** Before the page has said anything (start-up, recovery screen): no account, nothing to undo. */
export function initialMenuState(language: MenuState['language']): MenuState {
  return {
    language,
    hasAccount: false,
    mode: 'live',
    undoLabel: null,
    redoLabel: null,
    editingText: false,
    theme: null,
    layout: 'saved',
    supportBaseOnly: false,
    keyPeopleOnly: false,
    legendOpen: false,
  };
}
