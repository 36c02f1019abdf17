// The visit form's pure helpers: prefilled values, the call's fields (stances only when changed,
// blank step = none given, plan without outcome), error paths → form fields in words with dates
// written out, the Ctrl+Shift+L shortcut, visits in words, and the chart's visit marks.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Visit } from '../../../shared/visits/model';
import { personVisitHistory } from '../../../shared/visits/history';
import { resources } from '../../../renderer/i18n/resources';
import { describeVisitError } from '../../../renderer/features/visits/describeVisitError';
import { buildVisitFields, newVisitValues, parseNumber, visitFieldOf, visitValues } from '../../../renderer/features/visits/visitForm';
import { joinNames, nextStepText, personHistoryText } from '../../../renderer/features/visits/visitText';
import { isLogVisitShortcut } from '../../../renderer/features/visits/shortcut';
import { visitMarks } from '../../../renderer/features/timeline/visitMarks';
import { timelineOption, tooltipHtml, type ChartWords } from '../../../renderer/features/timeline/chartOption';

let en: TFunction;
let zh: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: resources.en }, 'zh-CN': { translation: resources['zh-CN'] } }, lng: 'en', interpolation: { escapeValue: false } });
  en = i18n.getFixedT('en');
  zh = i18n.getFixedT('zh-CN');
});

function visit(over: Partial<Visit> = {}): Visit {
  return {
    id: 'v1',
    accountId: 'acc',
    date: '2026-11-03',
    kind: 'visit',
    status: 'logged',
    objective: '',
    learned: '',
    attendees: [
      { personId: 'a', needs: '', wants: '', stanceBefore: 'neutral', stanceAfter: null },
      { personId: 'b', needs: 'growth', wants: 'discount', stanceBefore: 'skeptic', stanceAfter: 'neutral' },
    ],
    ours: '',
    budgetFacts: '',
    budgetOwnerId: null,
    cost: { travel: null, samples: null, hours: null },
    nextStep: { what: 'trial order', due: '2026-11-10', owner: 'them', done: false, doneOn: null },
    noNextStepReason: null,
    createdAt: '2026-11-03T09:00:00.000Z',
    updatedAt: '2026-11-03T09:00:00.000Z',
    ...over,
  };
}

describe('visit form values', () => {
  it('a new visit: today, the chosen people once each, a next step due a week later, by us', () => {
    const v = newVisitValues('2026-11-27', ['a', 'b', 'a'], false);
    expect([v.date, v.kind, v.planned, v.nextDue, v.nextOwner, v.noNext]).toEqual(['2026-11-27', 'visit', false, '2026-12-04', 'us', false]);
    expect(v.attendees.map((a) => [a.personId, a.stanceAfter])).toEqual([['a', ''], ['b', '']]);
    expect([v.travelCurrency, v.samplesCurrency]).toEqual(['CNY', 'CNY']);
  });

  it('a plan is a week ahead and sends no outcome', () => {
    const v = newVisitValues('2026-11-27', ['a'], true);
    expect(v.date).toBe('2026-12-04');
    const built = buildVisitFields({ ...v, learned: 'x', attendees: [{ ...v.attendees[0]!, stanceAfter: 'ally' }] });
    expect(built.ok && built.fields).toMatchObject({ status: 'planned', nextStep: null, noNextStep: null, attendees: [{ personId: 'a' }] });
    expect(built.ok && 'stanceAfter' in built.fields.attendees[0]!).toBe(false);
    expect(built.ok && 'learned' in built.fields).toBe(false);
  });

  it('a next step, or none with its reason; a blank step is sent as none given so the service names the rule', () => {
    const v = { ...newVisitValues('2026-11-27', ['a'], false), nextWhat: 'Send samples' };
    expect(buildVisitFields(v)).toMatchObject({ ok: true, fields: { status: 'logged', nextStep: { what: 'Send samples', due: '2026-12-04', owner: 'us' }, noNextStep: null } });
    expect(buildVisitFields({ ...v, nextWhat: '  ' })).toMatchObject({ ok: true, fields: { nextStep: null, noNextStep: null } });
    expect(buildVisitFields({ ...v, noNext: true, noNextReason: 'reorganising' })).toMatchObject({ ok: true, fields: { nextStep: null, noNextStep: { reason: 'reorganising' } } });
  });

  it('our cost: amounts read with separators, blank is none, anything else is refused before any call', () => {
    expect([parseNumber(''), parseNumber('1,200.5'), parseNumber('3 000'), parseNumber('12abc')]).toEqual([null, 1200.5, 3000, Number.NaN]);
    const v = { ...newVisitValues('2026-11-27', ['a'], false), nextWhat: 'x', travel: '800', samplesCurrency: 'usd', samples: '50', hours: '' };
    expect(buildVisitFields(v)).toMatchObject({ ok: true, fields: { cost: { travel: { amount: 800, currency: 'CNY' }, samples: { amount: 50, currency: 'usd' }, hours: null } } });
    expect(buildVisitFields({ ...v, travel: 'lots', hours: '-1' })).toEqual({ ok: false, errors: { travel: 'error.visit.amountInvalid', hours: 'error.visit.hoursInvalid' } });
  });

  it('editing sends a stance only when the rep changed it (sending it again would set it on the map again)', () => {
    const stored = visit();
    const v = visitValues(stored, '2026-11-27');
    expect(v.attendees.map((a) => [a.stanceAfter, a.stanceBefore])).toEqual([['', 'neutral'], ['neutral', 'skeptic']]);
    const same = buildVisitFields(v, stored);
    expect(same.ok && same.fields.attendees.map((a) => 'stanceAfter' in a)).toEqual([false, false]);
    const changed = buildVisitFields({ ...v, attendees: [v.attendees[0]!, { ...v.attendees[1]!, stanceAfter: 'supporter' }] }, stored);
    expect(changed.ok && changed.fields.attendees[1]).toMatchObject({ personId: 'b', stanceAfter: 'supporter' });
  });

  it('logging a plan: held on its day, or today when the plan was for later', () => {
    const plan = visit({ status: 'planned', date: '2026-12-01', nextStep: null });
    expect(visitValues(plan, '2026-11-27', true)).toMatchObject({ planned: false, date: '2026-11-27', nextDue: '2026-12-04' });
    expect(visitValues(plan, '2026-12-05', true)).toMatchObject({ planned: false, date: '2026-12-01' });
    expect(visitValues(plan, '2026-11-27')).toMatchObject({ planned: true, date: '2026-12-01' });
  });
});

describe('service errors in the form', () => {
  it('maps each path to its field', () => {
    expect(['date', 'patch.nextStep.due', 'nextStep', 'nextStep.what', 'noNextStep.reason', 'noNextStep', 'attendees', 'attendees.1.personId', 'attendees.1.stanceAfter', 'cost.travel.amount', 'cost.samples.currency', 'cost.hours', 'budgetOwnerId', 'status', 'whatever'].map(visitFieldOf)).toEqual([
      'date', 'nextDue', 'nextWhat', 'nextWhat', 'noNextReason', 'noNextReason', 'attendees', 'attendees', 'attendee.1.stanceAfter', 'travel', 'samplesCurrency', 'hours', 'budgetOwnerId', 'date', '',
    ]);
  });

  it('says it in words in both languages, dates written out, never a {{placeholder}}', () => {
    const payload = { code: 'validation' as const, messageKey: 'error.visit.nextStepBeforeVisit', params: { date: '2026-11-03' }, issues: [{ path: 'nextStep.due', messageKey: 'error.visit.nextStepBeforeVisit' }] };
    expect(describeVisitError(en, payload, 'en')).toEqual({ message: 'The next step cannot be due before the visit (Nov 3, 2026).', fields: { nextDue: 'The next step cannot be due before the visit (Nov 3, 2026).' } });
    expect(describeVisitError(zh, payload, 'zh-CN').fields.nextDue).toBe('下一步的截止日期不能早于拜访日期（2026年11月3日）。');
    const empty = { code: 'validation' as const, messageKey: 'error.text.empty', issues: [{ path: 'noNextStep.reason', messageKey: 'error.text.empty' }] };
    expect(describeVisitError(en, empty, 'en').fields.noNextReason).toBe('Say why there is no next step, or enter one.');
    const long = { code: 'validation' as const, messageKey: 'error.text.tooLong', issues: [{ path: 'learned', messageKey: 'error.text.tooLong' }] };
    expect(describeVisitError(zh, long, 'zh-CN').message).not.toContain('{{');
    expect(describeVisitError(en, { code: 'internal', messageKey: 'error.nope' }, 'en').message).toBe('Some of the input is not valid.');
  });
});

describe('visits in words', () => {
  it('joins names the way each language does', () => {
    expect(joinNames(['Wang Li', 'Sun Meihua', 'Li Qiang'], 'en')).toBe('Wang Li, Sun Meihua, and Li Qiang');
    expect(joinNames(['王丽', '孙美华'], 'zh-CN')).toBe('王丽和孙美华');
  });

  it('the next step with its day and owner', () => {
    const step = visit().nextStep!;
    expect(nextStepText(en, step, 'en')).toBe('trial order — due Nov 10, 2026, by them');
    expect(nextStepText(zh, step, 'zh-CN')).toBe('trial order（2026年11月10日前，客户方负责）');
    expect(nextStepText(en, { ...step, done: true, doneOn: '2026-11-08' }, 'en')).toBe('trial order — done Nov 8, 2026, by them');
  });

  it("a person's record: how often met, when last, what was agreed", () => {
    const visits = [visit(), visit({ id: 'v0', date: '2026-10-01', nextStep: null, noNextStepReason: 'busy' }), visit({ id: 'p', status: 'planned', date: '2026-12-01', nextStep: null })];
    const b = personVisitHistory(visits, 'b');
    expect(personHistoryText(en, b, 'en')).toBe('Met 2 times, last Nov 3, 2026: agreed “trial order”');
    expect(personHistoryText(zh, b, 'zh-CN')).toBe('见过 2 次，最近一次 2026年11月3日：约定“trial order”');
    expect(personHistoryText(en, personVisitHistory([visits[1]!], 'a'), 'en')).toBe('Met once, last Oct 1, 2026: no next step');
    expect(personHistoryText(en, personVisitHistory(visits, 'nobody'), 'en')).toBeNull();
  });

  it('the shortcut is Ctrl+Shift+L (⌘⇧L), not with Alt, not plain L', () => {
    const k = { key: 'L', code: 'KeyL', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(isLogVisitShortcut(k)).toBe(true);
    expect(isLogVisitShortcut({ ...k, ctrlKey: false, metaKey: true })).toBe(true);
    expect(isLogVisitShortcut({ ...k, altKey: true })).toBe(false);
    expect(isLogVisitShortcut({ ...k, shiftKey: false })).toBe(false);
    expect(isLogVisitShortcut({ ...k, ctrlKey: false })).toBe(false);
  });
});

describe('visits on the chart', () => {
  const names = new Map([['a', 'Wang Li'], ['b', '<b>Sun</b>']]);
  const words: ChartWords = { stance: (s) => s, people: 'P', netSupport: 'N', supportBase: 'SB', events: 'E', notAssessed: '-', day: (d) => d, event: () => '' };
  const point = (day: string) => ({ day, people: 2, stances: { ally: 0, supporter: 0, neutral: 2, skeptic: 0, opponent: 0, unknown: 0 }, supportBase: 0, allies: 0, netSupport: 0, topDecisionMaker: null, events: [] });

  it('marks each held visit on its day (who, what was agreed) and each next step on its due day; plans are not marked', () => {
    const marks = visitMarks(en, [visit(), visit({ id: 'p', status: 'planned', date: '2026-11-20', nextStep: null })], names, 'en');
    expect(marks).toEqual([
      { day: '2026-11-03', kind: 'visit', lines: ['Visit with Wang Li and <b>Sun</b>', 'Agreed: trial order — due Nov 10, 2026, by them'] },
      { day: '2026-11-10', kind: 'due', lines: ['Next step due: trial order (by them)'] },
    ]);
  });

  it('draws them on the time axis only inside the range, names them in the legend, and escapes them in the tooltip', () => {
    const marks = visitMarks(en, [visit()], names, 'en');
    const points = [point('2026-11-02'), point('2026-11-03'), point('2026-11-04')];
    const option = timelineOption(points, words, [], { words: { visits: 'Visits', due: 'Next steps due' }, marks }) as { series: Array<{ id?: string; data?: unknown }>; legend: { data: string[] } };
    expect(option.series.find((s) => s.id === 'visits')!.data).toEqual([[1, 0]]);
    expect(option.series.find((s) => s.id === 'next-steps-due')!.data).toEqual([]);
    expect(option.legend.data.slice(-2)).toEqual(['Visits', 'Next steps due']);
    const html = tooltipHtml(points[1]!, words, marks.filter((m) => m.day === '2026-11-03'));
    expect(html).toContain('Visit with Wang Li and &lt;b&gt;Sun&lt;/b&gt;');
    expect(html).not.toContain('<b>Sun');
    // No visits: the chart is as it was (no extra series or legend entries).
    const plain = timelineOption(points, words) as { series: unknown[]; legend: { data: string[] } };
    expect(plain.series).toHaveLength(option.series.length - 2);
  });
});
