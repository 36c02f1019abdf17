// A path to power in words, in both languages with the real i18n resources: the relationship phrase
// per type and direction, the introducer's stance and whether we met them.
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { linkPhrase, pathChain, pathSentence, pathSteps } from '../../../renderer/features/paths/pathWords';
import { resources } from '../../../renderer/i18n/resources';
import type { PathLink, PersonPath } from '../../../shared/domain/paths';

async function tFor(lng: 'en' | 'zh-CN'): Promise<TFunction> {
  const i = i18next.createInstance();
  await i.init({ lng, resources: { [lng]: { translation: resources[lng] } }, interpolation: { escapeValue: false } });
  return i.t;
}

const liu = { personId: 'liu', name: 'Liu Ting', stance: 'supporter' as const, met: true };
const zhou = { personId: 'zhou', name: 'Zhou Zhenhua', stance: 'unknown' as const, met: false };
const wang = { personId: 'wang', name: 'Wang Li', stance: 'neutral' as const, met: false };
const link = (type: PathLink['type'], forward: boolean): PathLink => ({ relationshipId: `${type}:${forward}`, type, strength: null, forward });
const path = (people: PersonPath['people'], links: PathLink[]): PersonPath => ({ people, links, weakest: 0 });

describe('path words', () => {
  it('says who reports to, manages, influences, is influenced by, is close to whom (en)', async () => {
    const t = await tFor('en');
    const phrase = (type: PathLink['type'], forward: boolean) => linkPhrase(t, { type, forward }, 'A', 'B');
    expect(phrase('reports-to', true)).toBe('A reports to B');
    expect(phrase('reports-to', false)).toBe('A manages B');
    expect(phrase('influences', true)).toBe('A influences B');
    expect(phrase('influences', false)).toBe('A is influenced by B');
    expect(phrase('close-to', true)).toBe('A is close to B');
    expect(phrase('close-to', false)).toBe('A is close to B');
  });

  it('reads a one-step path as the issue does: "Liu Ting → Zhou Zhenhua — Liu Ting reports to Zhou Zhenhua — supporter, met"', async () => {
    const t = await tFor('en');
    const p = path([liu, zhou], [link('reports-to', true)]);
    expect(pathChain(p)).toBe('Liu Ting → Zhou Zhenhua');
    expect(pathSteps(t, p)).toEqual(['Liu Ting reports to Zhou Zhenhua — supporter, met']);
    expect(pathSentence(t, p)).toBe('Liu Ting → Zhou Zhenhua — Liu Ting reports to Zhou Zhenhua — supporter, met');
  });

  it('names each step of a longer path with the stance of the one carrying the word', async () => {
    const t = await tFor('en');
    const p = path([liu, wang, zhou], [link('influences', false), link('close-to', true)]);
    expect(pathSteps(t, p)).toEqual(['Liu Ting is influenced by Wang Li — supporter, met', 'Wang Li is close to Zhou Zhenhua — neutral, not met']);
  });

  it('says the same in Chinese', async () => {
    const t = await tFor('zh-CN');
    const p = path(
      [{ ...liu, name: '刘婷' }, { ...wang, name: '王丽' }, { ...zhou, name: '周振华' }],
      [link('reports-to', false), link('influences', true)],
    );
    expect(pathChain(p)).toBe('刘婷 → 王丽 → 周振华');
    expect(pathSteps(t, p)).toEqual(['刘婷 管理 王丽——支持，已见过', '王丽 影响 周振华——中立，未见过']);
    const phrase = (type: PathLink['type'], forward: boolean) => linkPhrase(t, { type, forward }, '甲', '乙');
    expect([phrase('reports-to', true), phrase('influences', false), phrase('close-to', true)]).toEqual(['甲 向 乙 汇报', '甲 受 乙 影响', '甲 与 乙 关系密切']);
    expect(t('paths.heading', { name: '周振华' })).toBe('接近 周振华 的途径');
  });
});
