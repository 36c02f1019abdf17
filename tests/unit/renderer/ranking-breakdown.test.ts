// The score breakdown in words, in both languages: parts add up, names the person it flows through, pinned shown as pinned.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { InfluenceScore } from '../../../shared/domain/influence';
import { resources } from '../../../renderer/i18n/resources';
import { breakdownText } from '../../../renderer/features/ranking/breakdown';

async function tFor(lng: 'en' | 'zh-CN') {
  const i = i18next.createInstance();
  await i.init({ lng, resources: { [lng]: { translation: resources[lng] } }, interpolation: { escapeValue: false } });
  return i.t;
}

const computed: InfluenceScore = {
  personId: 'p',
  score: 62,
  parts: [
    { kind: 'authority', points: 24 },
    { kind: 'role', points: 18 },
    { kind: 'expertise', points: 8 },
    { kind: 'access', points: 0 },
    { kind: 'network', points: 12, via: { personId: 'w', name: 'Wang Li', isTopDecisionMaker: true } },
  ],
  pinned: false,
  computed: { score: 62, parts: [] },
  exact: 62,
};

describe('breakdownText', () => {
  it('reads like the domain brief in English', async () => {
    const t = await tFor('en');
    expect(breakdownText(t, computed)).toBe('62 = authority 24 + role 18 + expertise 8 + via Wang Li (top decision-maker) 12');
  });
  it('is translated in Chinese', async () => {
    const t = await tFor('zh-CN');
    expect(breakdownText(t, computed)).toBe('62 = 职权 24 + 角色 18 + 专业 8 + 经由Wang Li（最高决策者） 12');
  });
  it('shows a pinned score as pinned, with what the ratings would give', async () => {
    const t = await tFor('en');
    const pinned: InfluenceScore = { ...computed, score: 80, parts: [{ kind: 'pinned', points: 80 }], pinned: true, computed: { score: 62, parts: computed.parts } };
    const text = breakdownText(t, pinned);
    expect(text).toMatch(/^80 = pinned by you 80\. /);
    expect(text).toContain('Ratings and network give 62 = authority 24');
  });

  const managed: InfluenceScore = {
    ...computed,
    score: 70,
    parts: [
      { kind: 'authority', points: 18, note: 'notRated' },
      { kind: 'role', points: 20, note: 'topDecisionMaker' },
      { kind: 'expertise', points: 9, note: 'notRated' },
      { kind: 'access', points: 15, note: 'topDecisionMaker' },
      { kind: 'reports', points: 8, through: ['Liu Ting', 'Sun Meihua', 'Chen Jianguo', 'Yang Fan'].map((name, i) => ({ personId: `r${i}`, name, isTopDecisionMaker: false })) },
    ],
  };
  it('says which ratings are not rated, what decision power set, and whom the reports part flows through (en)', async () => {
    const t = await tFor('en');
    expect(breakdownText(t, managed)).toBe(
      '70 = authority (not rated) 18 + role (top decision-maker) 20 + expertise (not rated) 9 + access to top (top decision-maker) 15 + via 4 reports (Liu Ting, Sun Meihua, Chen Jianguo, …) 8',
    );
    const one: InfluenceScore = { ...managed, parts: [{ kind: 'reports', points: 3, through: [{ personId: 'r', name: 'Liu Ting', isTopDecisionMaker: false }] }], score: 3 };
    expect(breakdownText(t, one)).toBe('3 = via 1 report (Liu Ting) 3');
  });
  it('… and in Chinese', async () => {
    const t = await tFor('zh-CN');
    expect(breakdownText(t, managed)).toBe('70 = 职权（未评分） 18 + 角色（最高决策者） 20 + 专业（未评分） 9 + 接近最高决策者（最高决策者） 15 + 经由4名下属（Liu Ting、Sun Meihua、Chen Jianguo、…） 8');
  });
});
