// A command: one thing the rep can do, with one id, one label and at most a few keys. Toolbar buttons,
// shortcuts, the palette (and the native menus and the map's context menu, which send these ids)
// all run the same command, so an action behaves the same wherever it is started.
import type { TFunction } from 'i18next';

/** What the commands need to know to say whether they can run now (read from the stores on demand). */
export interface CommandState {
  /** An account is open (its map is on screen). */
  hasAccount: boolean;
  /** Time travel or a what-if scenario: the map is shown but cannot be edited. */
  readOnly: boolean;
  /** The person a person-command acts on: the one with the keyboard focus ring on the map, else the one selected. */
  personId: string | null;
  /** The map has at least one person. */
  hasPeople: boolean;
  /** Ctrl/Cmd+Z has something to undo (the open account's last edit, or an account deleted this session). */
  canUndo: boolean;
  canRedo: boolean;
}

export type CommandGroup = 'person' | 'view' | 'app';

export interface Command {
  /** Dotted and stable ('person.add'): menus and context menus send it; tests and docs name it. */
  id: string;
  group: CommandGroup;
  /** i18n key of the label, in both languages (command.* in i18n/<lang>/commands.ts). */
  labelKey: string;
  /**
   * tinykeys bindings ('$mod+k' = Ctrl+K, or ⌘K on macOS), first one shown. Empty: palette and menus only.
   * Scope 'map' keys act only while the map has the keyboard focus (features/map/mapKeyboard.ts).
   */
  keys: readonly string[];
  scope?: 'global' | 'map';
  /** Fires even while typing in a field (only Ctrl/Cmd combinations that a field has no use for). */
  inFields?: boolean;
  enabled(state: CommandState): boolean;
  run(state: CommandState): void | Promise<void>;
}

export type Translate = TFunction;
