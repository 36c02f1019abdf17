// The command registry, the palette's matching (pinyin too) and key names (renderer/commands).
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../renderer/commands/registry';
import { keyLabel } from '../../../renderer/commands/keyLabel';
import { paletteEntry, paletteScore } from '../../../renderer/commands/paletteMatch';
import { resources } from '../../../renderer/i18n/resources';

const lookup = (tree: unknown, key: string): unknown => key.split('.').reduce<unknown>((t, k) => (t && typeof t === 'object' ? (t as Record<string, unknown>)[k] : undefined), tree);

describe('command registry', () => {
  it('has unique dotted ids and a label in both languages for every command', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMMANDS) {
      expect(c.id).toMatch(/^[a-z]+(\.[a-zA-Z-]+)+$/);
      expect(typeof lookup(resources.en, c.labelKey), `${c.labelKey} (en)`).toBe('string');
      expect(typeof lookup(resources['zh-CN'], c.labelKey), `${c.labelKey} (zh-CN)`).toBe('string');
    }
  });

  it('names the ids menus and the context menu send', () => {
    const ids = new Set(COMMANDS.map((c) => c.id));
    for (const id of ['person.add', 'person.open', 'person.delete', 'view.zoomIn', 'view.zoomOut', 'view.fit', 'view.layout.org-chart', 'search.focus', 'palette.open', 'help.shortcuts', 'export.png', 'edit.undo', 'edit.redo']) expect(ids.has(id), id).toBe(true);
  });

  it('undoes with Ctrl/Cmd+Z and redoes with Shift+Ctrl/Cmd+Z or Ctrl+Y, only when there is a step', () => {
    const undo = COMMANDS.find((c) => c.id === 'edit.undo')!;
    const redo = COMMANDS.find((c) => c.id === 'edit.redo')!;
    expect(undo.keys).toEqual(['$mod+z']);
    expect(redo.keys).toEqual(['$mod+Shift+z', 'Control+y']);
    expect(undo.inFields).toBeFalsy();
    const state = { hasAccount: true, readOnly: false, personId: null, hasPeople: true, canUndo: true, canRedo: false };
    expect(undo.enabled(state)).toBe(true);
    expect(redo.enabled(state)).toBe(false);
    expect(undo.enabled({ ...state, canUndo: false })).toBe(false);
  });

  it('binds no key twice', () => {
    const keys = COMMANDS.flatMap((c) => c.keys.map((k) => `${c.scope ?? 'global'}:${k}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('needs an open, editable account for edits', () => {
    const add = COMMANDS.find((c) => c.id === 'person.add')!;
    const del = COMMANDS.find((c) => c.id === 'person.delete')!;
    const base = { hasAccount: true, readOnly: false, personId: 'p1', hasPeople: true, canUndo: false, canRedo: false };
    expect(add.enabled(base)).toBe(true);
    expect(add.enabled({ ...base, readOnly: true })).toBe(false);
    expect(add.enabled({ ...base, hasAccount: false })).toBe(false);
    expect(del.enabled({ ...base, personId: null })).toBe(false);
  });
});

describe('palette matching', () => {
  const add = paletteEntry('person.add', '添加人物');
  it('finds a Chinese label by its text, pinyin initials or full pinyin', () => {
    expect(paletteScore(add, '添加')).toBe(1);
    expect(paletteScore(add, '人物')).toBe(0.8);
    expect(paletteScore(add, 'tjrw')).toBe(0.6);
    expect(paletteScore(add, 'tianjia')).toBe(0.6);
    expect(paletteScore(add, 'renwu')).toBe(0.6);
    expect(paletteScore(add, 'zoom')).toBe(0);
  });
  it('finds an English label by words and a command by its id', () => {
    const fit = paletteEntry('view.fit', 'Fit map to window');
    expect(paletteScore(fit, 'fit')).toBe(1);
    expect(paletteScore(fit, 'window')).toBe(0.8);
    expect(paletteScore(fit, 'view.f')).toBe(0.4);
    expect(paletteScore(fit, '')).toBe(1);
  });
});

describe('key names', () => {
  it('says what to press on each platform', () => {
    expect(keyLabel('$mod+k', false)).toBe('Ctrl+K');
    expect(keyLabel('$mod+k', true)).toBe('⌘K');
    expect(keyLabel('[Shift]+Equal', false)).toBe('+');
    expect(keyLabel('[Shift]+?', false)).toBe('?');
    expect(keyLabel('$mod+Shift+KeyL', false)).toBe('Ctrl+Shift+L');
    expect(keyLabel('Digit0', false)).toBe('0');
    expect(keyLabel('n', false)).toBe('N');
  });
});
