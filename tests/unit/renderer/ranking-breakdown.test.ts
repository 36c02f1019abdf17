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
});
