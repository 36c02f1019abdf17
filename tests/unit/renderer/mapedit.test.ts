// Editing on the map, the pure parts: what the hover card says (both languages), when each context
// menu action is enabled and what it runs, and the path from a person to the top decision-maker.
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Account, AccountMap, Person } from '../../../shared/domain/model';
import { cardContent, cardLines } from '../../../renderer/features/mapedit/cardContent';
import { pathToTop } from '../../../renderer/features/mapedit/pathToTop';
import { menuKey } from '../../../renderer/features/mapedit/menuKeys';
import { menuRows, PERSON_MENU, runRow, type MenuContext, type MenuEnv } from '../../../renderer/features/mapedit/personMenu';
import { resources } from '../../../renderer/i18n/resources';
import { link, person } from '../shared/influenceFixtures';

async function tFor(lng: 'en' | 'zh-CN'): Promise<TFunction> {
  const i = i18next.createInstance();
  await i.init({ lng, resources: { [lng]: { translation: resources[lng] } }, interpolation: { escapeValue: false } });
  return i.t;
}

const account = { id: 'acc', name: 'Acme' } as Account;
const zhou = person('zhou', { name: 'Zhou Zhenhua', title: 'Chairman', isTopDecisionMaker: true, buyingRole: 'decision-maker', authority: 5 });
const chen = person('chen', { name: 'Chen Jianguo', title: 'EVP', stance: 'supporter', met: true, lastContact: '2026-11-19', authority: 4 });
const liu = person('liu', { name: 'Liu Ting', title: 'Assistant', stance: 'ally', met: true });
const sun = person('sun', { name: 'Sun Meihua', title: 'Finance Director', stance: 'opponent' });
const mapOf = (people: Person[], relationships = [link('chen', 'zhou', 'reports-to'), link('liu', 'chen', 'close-to'), link('sun', 'zhou', 'conflicts-with')]): AccountMap => ({
  account,
  people,
  relationships,
  positions: [],
});
const map = mapOf([zhou, chen, liu, sun]);

describe('hover card', () => {
  it('has name, title, stance, score and rank of everyone, met and last contact', () => {
    const c = cardContent(map, 'chen')!;
    expect(c).toMatchObject({ name: 'Chen Jianguo', title: 'EVP', stance: 'supporter', met: true, lastContact: '2026-11-19', count: 4, isTopDecisionMaker: false });
    expect(c.rank).toBeGreaterThan(1); // below the top decision-maker
    expect(c.score).toBeGreaterThan(0);
    expect(cardContent(map, 'nobody')).toBeNull();
  });

  it('reads in English', async () => {
    const t = await tFor('en');
    const c = cardContent(map, 'chen')!;
    expect(cardLines(t, c, 'en')).toEqual({
      name: 'Chen Jianguo',
      title: 'EVP',
      stance: 'Supporter',
      score: `Score ${c.score} · #${c.rank} of 4`,
      contact: 'Met · last contact Nov 19, 2026',
      top: null,
    });
    const top = cardLines(t, cardContent(map, 'zhou')!, 'en');
    expect([top.contact, top.top, top.score.startsWith('Score ')]).toEqual(['Not met yet · no contact logged', 'Top decision-maker', true]);
    expect(top.score).toMatch(/#1 of 4$/);
  });

  it('reads in Chinese', async () => {
    const t = await tFor('zh-CN');
    const c = cardContent(map, 'chen')!;
    const lines = cardLines(t, c, 'zh-CN');
    expect([lines.stance, lines.score, lines.contact]).toEqual(['支持', `影响力 ${c.score} · 第 ${c.rank} / 4 名`, '已见面 · 最近联系 2026年11月19日']);
    expect(cardLines(t, cardContent(map, 'zhou')!, 'zh-CN')).toMatchObject({ contact: '尚未见面 · 没有联系记录', top: '最高决策者' });
  });
});

describe('path to the top decision-maker', () => {
  it('takes the fewest lines, either direction, never a conflict', () => {
    expect(pathToTop(map, 'liu')).toEqual({ personIds: ['liu', 'chen', 'zhou'], relationshipIds: ['close-to:liu>chen', 'reports-to:chen>zhou'], names: ['Liu Ting', 'Chen Jianguo', 'Zhou Zhenhua'] });
    // Sun's only line to the top is a conflict.
    expect(pathToTop(map, 'sun')).toBeNull();
  });
  it('is null for the top decision-maker, without one, or for someone not on the map', () => {
    expect(pathToTop(map, 'zhou')).toBeNull();
    expect(pathToTop(mapOf([{ ...zhou, isTopDecisionMaker: false }, chen]), 'chen')).toBeNull();
    expect(pathToTop(map, 'ghost')).toBeNull();
  });
});

describe('person menu descriptors', () => {
  const ctx = (p: Person, over: Partial<MenuContext> = {}): MenuContext => ({ person: p, map, readOnly: false, ...over });
  const enabledIds = (c: MenuContext) => [...new Set(menuRows(c).filter((r) => r.enabled).map((r) => r.action.id))];

  it('lists the five actions by their command ids, in menu order, each with a label in both languages', () => {
    expect(PERSON_MENU.map((a) => a.id)).toEqual(['person.setStance', 'person.toggleTop', 'relationship.add', 'paths.toTop', 'person.delete']);
    for (const lang of ['en', 'zh-CN'] as const) {
      const tree = resources[lang] as Record<string, Record<string, Record<string, string>>>;
      for (const a of PERSON_MENU) expect(tree.mapEdit!.menu![a.labelKey.split('.').pop()!], `${lang} ${a.labelKey}`).toBeTruthy();
    }
  });

  it('enables everything for someone with a way to the top; the path action only when there is one', () => {
    expect(enabledIds(ctx(liu))).toEqual(['person.setStance', 'person.toggleTop', 'relationship.add', 'paths.toTop', 'person.delete']);
    expect(enabledIds(ctx(sun))).not.toContain('paths.toTop');
    expect(enabledIds(ctx(zhou))).not.toContain('paths.toTop');
  });

  it('in the past or a scenario only the path can be shown; alone on a map, no relationship can be added', () => {
    expect(enabledIds(ctx(liu, { readOnly: true }))).toEqual(['paths.toTop']);
    const alone = mapOf([chen], []);
    expect(enabledIds({ person: chen, map: alone, readOnly: false })).toEqual(['person.setStance', 'person.toggleTop', 'person.delete']);
  });

  it('one row per stance (the current one checked) and a checked toggle for the top decision-maker', () => {
    const rows = menuRows(ctx(chen));
    expect(rows.filter((r) => r.action.id === 'person.setStance').map((r) => [r.value, r.checked])).toEqual([
      ['ally', false],
      ['supporter', true],
      ['neutral', false],
      ['skeptic', false],
      ['opponent', false],
      ['unknown', false],
    ]);
    expect(rows.find((r) => r.action.id === 'person.toggleTop')!.checked).toBe(false);
    expect(menuRows(ctx(zhou)).find((r) => r.action.id === 'person.toggleTop')!.checked).toBe(true);
    expect(rows.find((r) => r.action.id === 'person.delete')!.checked).toBeNull();
  });

  it('runs through the injected actions; a disabled row or the stance already held runs nothing', async () => {
    const env: MenuEnv = {
      setStance: vi.fn(async () => {}),
      setTopDecisionMaker: vi.fn(async () => {}),
      addRelationship: vi.fn(),
      showPathToTop: vi.fn(),
      deletePerson: vi.fn(),
    };
    const c = ctx(chen);
    const row = (key: string, cc = c) => menuRows(cc).find((r) => r.key === key)!;
    await runRow(row('person.setStance:opponent'), c, env);
    await runRow(row('person.setStance:supporter'), c, env);
    await runRow(row('person.toggleTop'), c, env);
    await runRow(row('relationship.add'), c, env);
    await runRow(row('paths.toTop'), c, env);
    await runRow(row('person.delete'), c, env);
    const ro = ctx(chen, { readOnly: true });
    await runRow(row('person.delete', ro), ro, env);
    expect(env.setStance).toHaveBeenCalledTimes(1);
    expect(env.setStance).toHaveBeenCalledWith(chen, 'opponent');
    expect(env.setTopDecisionMaker).toHaveBeenCalledWith(chen, true);
    expect(env.addRelationship).toHaveBeenCalledWith(chen);
    expect(env.showPathToTop).toHaveBeenCalledWith(chen, map);
    expect(env.deletePerson).toHaveBeenCalledTimes(1);
  });
});

describe('person menu keys', () => {
  // Rows 0–5 stances, 6 toggle, 7 add (disabled here), 8 path, 9 delete.
  const enabled = [0, 1, 2, 3, 4, 5, 6, 8, 9];
  it('moves with the arrows, wrapping, skipping disabled rows; Home and End jump', () => {
    expect(menuKey('ArrowDown', enabled, 6)).toEqual({ move: 8 });
    expect(menuKey('ArrowDown', enabled, 9)).toEqual({ move: 0 });
    expect(menuKey('ArrowUp', enabled, 0)).toEqual({ move: 9 });
    expect(menuKey('Home', enabled, 5)).toEqual({ move: 0 });
    expect(menuKey('End', enabled, 5)).toEqual({ move: 9 });
  });
  it('Enter and Space run, Escape and Tab close, other keys do nothing', () => {
    expect(menuKey('Enter', enabled, 3)).toEqual({ run: true });
    expect(menuKey(' ', enabled, 3)).toEqual({ run: true });
    expect(menuKey('Escape', enabled, 3)).toEqual({ close: true });
    expect(menuKey('Tab', enabled, 3)).toEqual({ close: true });
    expect(menuKey('a', enabled, 3)).toBeNull();
    expect(menuKey('ArrowDown', [], 0)).toBeNull();
  });
});
