// The words the rep reads: the "since your visit" sentence and the warnings' params, in both languages
// (zh-CN: 11月3日 and 、), with the real i18n resources.
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sinceSentence } from '../../../renderer/features/brief/sinceSentence';
import { warningKeys, warningParams } from '../../../renderer/features/coaching/warningWords';
import { resources } from '../../../renderer/i18n/resources';
import type { SinceVisitSummary } from '../../../shared/coaching/sinceVisit';
import type { Warning } from '../../../shared/coaching/types';
import type { AccountMap } from '../../../shared/domain/model';
import { account, person } from '../coaching/fixtures';

async function tFor(lng: 'en' | 'zh-CN'): Promise<TFunction> {
  const i = i18next.createInstance();
  await i.init({ lng, resources: { [lng]: { translation: resources[lng] } }, interpolation: { escapeValue: false } });
  return i.t;
}

const summary: SinceVisitSummary = {
  visitDate: '2026-11-03',
  supportBase: { from: 9, to: 11 },
  moves: [{ personId: 'x', name: '许晶', from: 'ally', to: 'opponent' }],
  moreMoves: 0,
  newPeople: 2,
  removedPeople: 0,
  overdue: { days: 4, what: 'Trial order' },
};

describe('sinceSentence', () => {
  it('English', async () => {
    expect(sinceSentence(summary, await tFor('en'), 'en', '2026-11-27')).toBe('Since your visit on Nov 3: support base 9 → 11, 许晶 ally → opponent, 2 new people, next step overdue by 4 days');
  });
  it('Chinese: the Chinese date and 、', async () => {
    expect(sinceSentence(summary, await tFor('zh-CN'), 'zh-CN', '2026-11-27')).toBe('自 11月3日 拜访以来：支持面 9 → 11、许晶 盟友 → 反对、新增 2 人、下一步已逾期 4 天');
  });
  it('the year when the visit was in another year; one new person, one day late', async () => {
    const s = { ...summary, visitDate: '2025-12-30', moves: [], newPeople: 1, overdue: { days: 1, what: 'x' } };
    expect(sinceSentence(s, await tFor('en'), 'en', '2026-01-02')).toBe('Since your visit on Dec 30, 2025: support base 9 → 11, 1 new person, next step overdue by 1 day');
  });
});

describe('warningParams', () => {
  const wang = person({ name: '王丽' });
  const li = person({ name: '李娜' });
  const map: AccountMap = { account, people: [wang, li], relationships: [], positions: [] };
  it('formats days and joins names the language’s way; someone gone keeps the plain names', async () => {
    const w: Warning = { id: 'nextStepOverdue', params: { names: '王丽, 李娜', what: '送样品', due: '2026-11-10', days: 17, count: 1 }, people: { names: [wang.id, li.id] }, days: ['due'] };
    const zh = await tFor('zh-CN');
    expect(zh(warningKeys(w).text, warningParams(w, map, zh, 'zh-CN', '2026-11-27'))).toBe('下一步已逾期 17 天：“送样品”（11月10日 到期）。');
    expect(zh(warningKeys(w).next, warningParams(w, map, zh, 'zh-CN', '2026-11-27'))).toBe('立即完成，或与 王丽、李娜 重新约定日期，然后标记为完成。');
    const gone = { ...w, people: { names: [wang.id, 'gone'] } };
    expect(warningParams(gone, map, zh, 'zh-CN', '2026-11-27').names).toBe('王丽, 李娜');
  });
  it('picks the warning’s variant words', async () => {
    const en = await tFor('en');
    const w: Warning = { id: 'topDecisionMakerNotMet', params: { name: 'Zhou', via: '—', visits: 0 }, people: { name: [], via: [] }, next: 'nextNoWay' };
    expect(en(warningKeys(w).next, w.params)).toBe('Arrange a meeting with Zhou; no known way in yet — find out who they listen to.');
    const g: Warning = { id: 'strengthenNoGrowth', params: { names: 'A', year: 2025, amount: 9000000, prevYear: 2024, prevAmount: 10000000, currency: 'CNY' } };
    expect(en(warningKeys(g).text, g.params)).toBe('Strengthen stage, but no growth: 2025 purchases 9,000,000 CNY, not above 2024 (10,000,000).');
  });
});
