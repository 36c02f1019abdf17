// The budget rule and the stage rules: what "stabilize" and "strengthen" ask for.
import { describe, expect, it } from 'vitest';
import { budget } from '../../../shared/coaching/rules/budget';
import { stabilizeNoSolvedProblem, strengthenNoGrowth } from '../../../shared/coaching/rules/stage';
import { account, input, person, visit } from './fixtures';

const unknown = { ...account, budgetAmount: null, budgetCycle: '', budgetProcess: '' };
const cast = () => {
  const top = person({ name: 'Top', isTopDecisionMaker: true, stance: 'ally', authority: 5, buyingRole: 'decision-maker' });
  const fan = person({ name: 'Fan', stance: 'supporter', authority: 3 });
  const cold = person({ name: 'Cold', stance: 'neutral', authority: 4 });
  return { top, fan, cold, all: [top, fan, cold] };
};

describe('budget', () => {
  it('budget unknown before 2 visits; still unknown after 2, naming whom to ask (our side, met)', () => {
    const { top, fan, cold, all } = cast();
    expect(budget(input({ people: all, account: unknown, visits: [visit([cold])] }))).toEqual([{ id: 'budgetUnknown', params: {} }]);
    const [w] = budget(input({ people: all, account: unknown, visits: [visit([cold]), visit([cold])] }));
    expect(w).toEqual({ id: 'budgetStillUnknown', params: { names: 'Top, Fan', visits: 2 }, people: { names: [top.id, fan.id] } });
  });
  it('does not fire when the account has budget facts, or a visit learned some', () => {
    const { cold, all } = cast();
    expect(budget(input({ people: all, visits: [visit([cold]), visit([cold])] }))).toEqual([]);
    expect(budget(input({ people: all, account: unknown, visits: [visit([cold]), visit([cold], { budgetFacts: 'Approved in March by the CFO' })] }))).toEqual([]);
  });
});

describe('stabilizeNoSolvedProblem', () => {
  const stabilize = { ...account, stage: 'stabilize' as const };
  it('fires in stabilize with no 立功 visit and no follow-up done in 90 days, naming friends to ask', () => {
    const { top, fan, cold, all } = cast();
    const [w] = stabilizeNoSolvedProblem(input({ people: all, account: stabilize, visits: [visit([cold], { date: '2026-08-01', kind: 'solved-problem' })] }));
    expect(w).toEqual({ id: 'stabilizeNoSolvedProblem', params: { names: 'Top, Fan', days: 90 }, people: { names: [top.id, fan.id] } });
  });
  it('does not fire after a solved-problem visit or a next step done within 90 days, nor in another stage', () => {
    const { cold, all } = cast();
    expect(stabilizeNoSolvedProblem(input({ people: all, account: stabilize, visits: [visit([cold], { date: '2026-10-01', kind: 'solved-problem' })] }))).toEqual([]);
    const done = visit([cold], { date: '2026-07-01', nextStep: { what: 'Fix the display', due: '2026-09-10', owner: 'us', done: true, doneOn: '2026-09-12' } });
    expect(stabilizeNoSolvedProblem(input({ people: all, account: stabilize, visits: [done] }))).toEqual([]);
    expect(stabilizeNoSolvedProblem(input({ people: all, visits: [] }))).toEqual([]);
  });
});

describe('strengthenNoGrowth', () => {
  const strengthen = { ...account, stage: 'strengthen' as const };
  const years = (a: number, b: number, c?: number) => ({
    yearly: [{ year: 2024, amount: a, currency: 'CNY' }, { year: 2025, amount: b, currency: 'CNY' }, ...(c === undefined ? [] : [{ year: 2026, amount: c, currency: 'CNY' }])],
  });
  it('fires when last year (complete) is not above the year before, naming the top decision-maker and allies', () => {
    const { top, fan, all } = cast();
    const [w] = strengthenNoGrowth(input({ people: all, account: strengthen, purchases: years(10_000_000, 9_000_000, 2_000_000) }));
    expect(w).toEqual({
      id: 'strengthenNoGrowth',
      params: { names: 'Top, Fan', year: 2025, amount: 9_000_000, prevYear: 2024, prevAmount: 10_000_000, currency: 'CNY' },
      people: { names: [top.id, fan.id] },
    });
    // Flat is not growth.
    expect(strengthenNoGrowth(input({ people: all, account: strengthen, purchases: years(10, 10) }))).toHaveLength(1);
  });
  it('does not fire on growth, when this year is already above last year, without two years, or outside strengthen', () => {
    const { all } = cast();
    expect(strengthenNoGrowth(input({ people: all, account: strengthen, purchases: years(9, 10) }))).toEqual([]);
    expect(strengthenNoGrowth(input({ people: all, account: strengthen, purchases: years(10, 10, 11) }))).toEqual([]);
    expect(strengthenNoGrowth(input({ people: all, account: strengthen, purchases: { yearly: [{ year: 2025, amount: 5, currency: 'CNY' }] } }))).toEqual([]);
    expect(strengthenNoGrowth(input({ people: all, purchases: years(10, 9) }))).toEqual([]);
  });
});
