// A person's context menu on the map, as plain descriptors: a dotted command id, the label's i18n
// key, when it is enabled, and what it runs. The menu component only draws and navigates them; what
// the actions do is injected (`MenuEnv`, wired to the stores in menuEnv.ts), so the same ids can be
// served by a command layer (buttons, shortcuts, palette) and the rules below are unit-tested.
import { STANCES, type AccountMap, type Person, type Stance } from '../../../shared/domain/model';
import { pathToTop } from './pathToTop';

export type PersonMenuActionId = 'person.setStance' | 'person.toggleTop' | 'relationship.add' | 'paths.toTop' | 'person.delete';

export interface MenuContext {
  person: Person;
  map: AccountMap;
  /** The past (time travel) or a what-if scenario is on screen: nothing may be written. */
  readOnly: boolean;
}

export interface MenuEnv {
  setStance(person: Person, stance: Stance): Promise<void>;
  setTopDecisionMaker(person: Person, isTop: boolean): Promise<void>;
  /** Opens the in-place relationship form from this person (the other person chosen there). */
  addRelationship(person: Person): void;
  showPathToTop(person: Person, map: AccountMap): void;
  /** Asks first (today's delete confirmation), then deletes. */
  deletePerson(person: Person): void;
}

interface BaseAction {
  id: PersonMenuActionId;
  labelKey: string;
  enabled(ctx: MenuContext): boolean;
}

/** One item. */
export interface PlainAction extends BaseAction {
  kind: 'item';
  run(ctx: MenuContext, env: MenuEnv): void | Promise<void>;
}

/** An on/off item (menuitemcheckbox). */
export interface ToggleAction extends BaseAction {
  kind: 'toggle';
  checked(ctx: MenuContext): boolean;
  run(ctx: MenuContext, env: MenuEnv): void | Promise<void>;
}

/** A group of choices (menuitemradio), one per value, labelled `choiceKey(value)`. */
export interface ChoiceAction<V extends string> extends BaseAction {
  kind: 'choice';
  choices: readonly V[];
  choiceKey(value: V): string;
  checked(ctx: MenuContext, value: V): boolean;
  run(ctx: MenuContext, env: MenuEnv, value: V): void | Promise<void>;
}

export type PersonMenuAction = PlainAction | ToggleAction | ChoiceAction<Stance>;

const writable = (ctx: MenuContext) => !ctx.readOnly;

export const PERSON_MENU: readonly PersonMenuAction[] = [
  {
    id: 'person.setStance',
    kind: 'choice',
    labelKey: 'mapEdit.menu.stance',
    choices: STANCES,
    choiceKey: (s) => `stance.${s}`,
    enabled: writable,
    checked: (ctx, s) => ctx.person.stance === s,
    run: (ctx, env, s) => (ctx.person.stance === s ? undefined : env.setStance(ctx.person, s)),
  },
  {
    id: 'person.toggleTop',
    kind: 'toggle',
    labelKey: 'mapEdit.menu.toggleTop',
    enabled: writable,
    checked: (ctx) => ctx.person.isTopDecisionMaker,
    run: (ctx, env) => env.setTopDecisionMaker(ctx.person, !ctx.person.isTopDecisionMaker),
  },
  {
    id: 'relationship.add',
    kind: 'item',
    labelKey: 'mapEdit.menu.addRelationship',
    enabled: (ctx) => writable(ctx) && ctx.map.people.length > 1,
    run: (ctx, env) => env.addRelationship(ctx.person),
  },
  {
    id: 'paths.toTop',
    kind: 'item',
    labelKey: 'mapEdit.menu.pathToTop',
    enabled: (ctx) => pathToTop(ctx.map, ctx.person.id) !== null,
    run: (ctx, env) => env.showPathToTop(ctx.person, ctx.map),
  },
  {
    id: 'person.delete',
    kind: 'item',
    labelKey: 'mapEdit.menu.delete',
    enabled: writable,
    run: (ctx, env) => env.deletePerson(ctx.person),
  },
];

/** One focusable row of the menu: an item, the toggle, or one of a group's choices. */
export interface MenuRow {
  key: string;
  action: PersonMenuAction;
  value?: Stance;
  enabled: boolean;
  /** null: not a checkable row. */
  checked: boolean | null;
}

/** The menu flattened into the rows the keyboard walks through, in order. */
export function menuRows(ctx: MenuContext, actions: readonly PersonMenuAction[] = PERSON_MENU): MenuRow[] {
  const rows: MenuRow[] = [];
  for (const action of actions) {
    const enabled = action.enabled(ctx);
    if (action.kind === 'choice') {
      for (const value of action.choices) rows.push({ key: `${action.id}:${value}`, action, value, enabled, checked: action.checked(ctx, value) });
    } else {
      rows.push({ key: action.id, action, enabled, checked: action.kind === 'toggle' ? action.checked(ctx) : null });
    }
  }
  return rows;
}

/** Runs a row's action (nothing when disabled). */
export function runRow(row: MenuRow, ctx: MenuContext, env: MenuEnv): void | Promise<void> {
  if (!row.enabled) return;
  const a = row.action;
  if (a.kind === 'choice') return row.value ? a.run(ctx, env, row.value) : undefined;
  return a.run(ctx, env);
}
