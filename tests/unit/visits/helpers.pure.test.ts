// The pure helpers the UI, the brief and coaching use: last visit, next due step, a person's visit
// record, the agenda buckets, cost against purchases, and key-account qualification.
import { describe, expect, it } from 'vitest';
import { agendaBucket, groupAgenda, nextDueStep, overdueDays } from '../../../shared/visits/agenda';
import { costVsPurchases } from '../../../shared/visits/cost';
import { lastVisit, personVisitHistory, plannedVisits } from '../../../shared/visits/history';
import type { NextStepItem, Visit } from '../../../shared/visits/model';
import { qualification } from '../../../shared/visits/qualification';

function visit(id: string, date: string, over: Partial<Visit> = {}): Visit {
  return {
    id,
    accountId: 'a',
    date,
    kind: 'visit',
    status: 'logged',
    objective: '',
    learned: '',
    attendees: [{ personId: 'wang', needs: '', wants: '', stanceBefore: 'skeptic', stanceAfter: null }],
    ours: '',
    budgetFacts: '',
    budgetOwnerId: null,
    cost: { travel: null, samples: null, hours: null },
    nextStep: { what: `after ${id}`, due: '2026-12-01', owner: 'us', done: false, doneOn: null },
    noNextStepReason: null,
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
    ...over,
  };
}

describe('last visit and next due step', () => {
  const visits = [
    visit('v1', '2026-10-01', { nextStep: { what: 'Sample', due: '2026-10-08', owner: 'us', done: true, doneOn: '2026-10-07' } }),
    visit('v2', '2026-11-03', { nextStep: { what: 'Trial order', due: '2026-11-20', owner: 'them', done: false, doneOn: null } }),
    visit('v3', '2026-10-20', { nextStep: { what: 'Engineer', due: '2026-11-10', owner: 'us', done: false, doneOn: null } }),
    visit('plan', '2026-12-01', { status: 'planned', nextStep: null }),
  ];
  it('picks the newest logged visit, ignoring plans', () => {
    expect(lastVisit(visits)?.id).toBe('v2');
    expect(lastVisit([visits[3]!])).toBeNull();
    expect(plannedVisits(visits).map((v) => v.id)).toEqual(['plan']);
  });
  it('picks the open next step due first', () => {
    expect(nextDueStep(visits)).toMatchObject({ visit: { id: 'v3' }, nextStep: { what: 'Engineer' } });
    expect(nextDueStep([visits[0]!])).toBeNull();
  });
});

describe('a person’s visit record', () => {
  it('counts logged visits they attended, newest first, with what was agreed and the stance seen', () => {
    const visits = [
      visit('v1', '2026-09-01'),
      visit('v2', '2026-11-03', {
        attendees: [{ personId: 'wang', needs: 'Less stock-outs', wants: 'A discount', stanceBefore: 'skeptic', stanceAfter: 'neutral' }],
        nextStep: { what: 'Agreed to a trial order', due: '2026-11-20', owner: 'them', done: false, doneOn: null },
      }),
      visit('v3', '2026-10-01', { attendees: [{ personId: 'li', needs: '', wants: '', stanceBefore: null, stanceAfter: null }] }),
      visit('v4', '2026-10-10'),
      visit('v5', '2026-08-01'),
      visit('next', '2026-12-05', { status: 'planned', nextStep: null }),
    ];
    const h = personVisitHistory(visits, 'wang');
    expect(h.timesMet).toBe(4);
    expect(h.visits.map((v) => v.visitId)).toEqual(['v2', 'v4', 'v1', 'v5']);
    expect(h.last).toMatchObject({ date: '2026-11-03', stanceBefore: 'skeptic', stanceAfter: 'neutral', needs: 'Less stock-outs', wants: 'A discount', nextStep: { what: 'Agreed to a trial order' } });
    expect(h.nextPlanned).toEqual({ visitId: 'next', date: '2026-12-05', kind: 'visit' });
    expect(personVisitHistory(visits, 'nobody')).toEqual({ personId: 'nobody', timesMet: 0, last: null, visits: [], nextPlanned: null });
  });
});

describe('the agenda', () => {
  it('says how many days a step is overdue and which group it is in', () => {
    expect(overdueDays('2026-11-06', '2026-11-10')).toBe(4);
    expect(overdueDays('2026-11-12', '2026-11-10')).toBe(0);
    expect(agendaBucket({ due: '2026-11-09', done: false }, '2026-11-10')).toBe('overdue');
    expect(agendaBucket({ due: '2026-11-10', done: false }, '2026-11-10')).toBe('this-week');
    expect(agendaBucket({ due: '2026-11-16', done: false }, '2026-11-10')).toBe('this-week');
    expect(agendaBucket({ due: '2026-11-17', done: false }, '2026-11-10')).toBe('later');
    expect(agendaBucket({ due: '2026-11-01', done: true }, '2026-11-10')).toBe('done');
    const item = (due: string) => ({ due, done: false }) as NextStepItem;
    const g = groupAgenda([item('2026-11-01'), item('2026-11-11'), item('2026-12-01')], '2026-11-10');
    expect([g.overdue.length, g['this-week'].length, g.later.length, g.done.length]).toEqual([1, 1, 1, 0]);
  });
});

describe('our cost against their purchases (投入产出比)', () => {
  it('adds travel and samples per currency and hours for the year’s logged visits', () => {
    const visits = [
      visit('v1', '2026-03-01', { cost: { travel: { amount: 800, currency: 'CNY' }, samples: { amount: 1200, currency: 'CNY' }, hours: 6 } }),
      visit('v2', '2026-05-01', { cost: { travel: { amount: 500, currency: 'CNY' }, samples: null, hours: 2.5 } }),
      visit('v3', '2025-12-30', { cost: { travel: { amount: 999, currency: 'CNY' }, samples: null, hours: 9 } }),
      visit('plan', '2026-06-01', { status: 'planned', nextStep: null, cost: { travel: { amount: 999, currency: 'CNY' }, samples: null, hours: 9 } }),
    ];
    const r = costVsPurchases(visits, { yearly: [{ year: 2026, amount: 250_000, currency: 'CNY' }] }, 2026);
    expect(r).toEqual({ year: 2026, cost: [{ amount: 2500, currency: 'CNY' }], hours: 8.5, visits: 2, purchases: { amount: 250_000, currency: 'CNY' }, ratio: 0.01 });
    // No ratio across currencies or without purchases.
    const mixed = [...visits, visit('v4', '2026-07-01', { cost: { travel: { amount: 100, currency: 'USD' }, samples: null, hours: null } })];
    expect(costVsPurchases(mixed, { yearly: [{ year: 2026, amount: 1, currency: 'CNY' }] }, 2026).ratio).toBeNull();
    expect(costVsPurchases(visits, { yearly: [] }, 2026)).toMatchObject({ purchases: null, ratio: null });
    expect(costVsPurchases([], { yearly: [{ year: 2026, amount: 10, currency: 'EUR' }] }, 2026)).toMatchObject({ cost: [], ratio: 0 });
  });
});

describe('key-account qualification', () => {
  const fit = { productFit: true, centralizedPurchasing: true };
  const years = (...ys: number[]) => ys.map((year) => ({ year, amount: 10e6, currency: 'CNY' }));
  it('qualifies with product fit, centralized purchasing and 3 consecutive years of purchases up to this or last year', () => {
    expect(qualification(fit, { yearly: years(2024, 2025, 2026), judgement: null }, '2026-11-10')).toMatchObject({ qualifies: true, missing: [], sustainedPurchasing: { met: true, basis: 'purchases', years: [2024, 2025, 2026] } });
    // This year's orders may not be in yet: 2023–2025 counts in 2026.
    expect(qualification(fit, { yearly: years(2023, 2024, 2025), judgement: null }, '2026-02-01').qualifies).toBe(true);
  });
  it('says what is missing: a gap, an old run, one big order, nothing recorded', () => {
    expect(qualification(fit, { yearly: years(2023, 2025, 2026), judgement: null }, '2026-11-10').sustainedPurchasing).toMatchObject({ met: false, basis: 'purchases', years: [2025, 2026] });
    expect(qualification(fit, { yearly: [...years(2024, 2026), { year: 2025, amount: 0, currency: 'CNY' }], judgement: null }, '2026-11-10').missing).toEqual(['sustainedPurchasing']);
    expect(qualification(fit, { yearly: years(2018, 2019, 2020), judgement: null }, '2026-11-10').missing).toEqual(['sustainedPurchasing']);
    expect(qualification({ productFit: false, centralizedPurchasing: false }, { yearly: [], judgement: null }, '2026-11-10')).toMatchObject({
      qualifies: false,
      missing: ['productFit', 'centralizedPurchasing', 'sustainedPurchasing'],
      sustainedPurchasing: { basis: 'unknown' },
    });
  });
  it('the rep’s judgement with a reason wins over the numbers, both ways', () => {
    expect(qualification(fit, { yearly: years(2026), judgement: { sustained: true, reason: 'Three-year frame contract signed' } }, '2026-11-10')).toMatchObject({
      qualifies: true,
      sustainedPurchasing: { met: true, basis: 'judgement', reason: 'Three-year frame contract signed' },
    });
    expect(qualification(fit, { yearly: years(2024, 2025, 2026), judgement: { sustained: false, reason: 'Switching to tenders' } }, '2026-11-10').missing).toEqual(['sustainedPurchasing']);
  });
});
