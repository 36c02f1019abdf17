// Rules about the visit cycle: a next step after every visit and on time, a visit every 45 days, and not
// always the same one or two people.
import { describe, expect, it } from 'vitest';
import { nextStepOverdue, noNextStep } from '../../../shared/coaching/rules/nextSteps';
import { singleThreadedVisits, visitRecency } from '../../../shared/coaching/rules/visits';
import { input, person, TODAY, visit } from './fixtures';

const people = () => {
  const top = person({ name: 'Top', isTopDecisionMaker: true, authority: 5, buyingRole: 'decision-maker' });
  const wang = person({ name: 'Wang', authority: 4 });
  const li = person({ name: 'Li', authority: 2 });
  const sun = person({ name: 'Sun', authority: 1 });
  return { top, wang, li, sun, all: [top, wang, li, sun] };
};

describe('noNextStep', () => {
  it('fires when the last logged visit has no next step, with its reason, date and attendees', () => {
    const { wang, li, all } = people();
    const last = visit([wang, li], { date: '2026-11-20', nextStep: null, noNextStepReason: 'They are reorganizing' });
    const [w] = noNextStep(input({ people: all, visits: [visit([wang], { date: '2026-11-01' }), last] }));
    expect(w).toEqual({ id: 'noNextStep', params: { names: 'Wang, Li', date: '2026-11-20', reason: 'They are reorganizing' }, people: { names: [wang.id, li.id] }, days: ['date'] });
  });
  it('does not fire when the last visit has one (an older visit without one does not count), nor without visits', () => {
    const { wang, all } = people();
    expect(noNextStep(input({ people: all, visits: [visit([wang], { date: '2026-10-01', nextStep: null, noNextStepReason: 'x' }), visit([wang])] }))).toEqual([]);
    expect(noNextStep(input({ people: all }))).toEqual([]);
  });
});

describe('nextStepOverdue', () => {
  it('fires for the step that has waited longest, by N days, naming the visit’s people', () => {
    const { wang, li, all } = people();
    const visits = [
      visit([li], { date: '2026-11-01', nextStep: { what: 'Send the price list', due: '2026-11-23', owner: 'us', done: false, doneOn: null } }),
      visit([wang], { date: '2026-10-20', nextStep: { what: 'Bring an engineer', due: '2026-11-10', owner: 'us', done: false, doneOn: null } }),
    ];
    const [w] = nextStepOverdue(input({ people: all, visits }));
    expect(w).toMatchObject({ id: 'nextStepOverdue', params: { what: 'Bring an engineer', due: '2026-11-10', days: 17, count: 2, names: 'Wang' }, people: { names: [wang.id] }, days: ['due'] });
    expect(w!.next).toBeUndefined();
  });
  it('uses the customer’s words when it was theirs, and the one-day words', () => {
    const { wang, all } = people();
    const [w] = nextStepOverdue(input({ people: all, visits: [visit([wang], { nextStep: { what: 'Send specs', due: '2026-11-26', owner: 'them', done: false, doneOn: null } })] }));
    expect(w).toMatchObject({ next: 'nextThem', text: 'textOneDay', params: { days: 1 } });
  });
  it('does not fire for steps done, due today or later', () => {
    const { wang, all } = people();
    const visits = [
      visit([wang], { nextStep: { what: 'a', due: '2026-11-01', owner: 'us', done: true, doneOn: '2026-11-02' } }),
      visit([wang], { nextStep: { what: 'b', due: TODAY, owner: 'us', done: false, doneOn: null } }),
    ];
    expect(nextStepOverdue(input({ people: all, visits }))).toEqual([]);
  });
});

describe('visitRecency', () => {
  it('never visited: names the key people to see', () => {
    const { top, wang, li, all } = people();
    expect(visitRecency(input({ people: all }))).toEqual([{ id: 'neverVisited', params: { names: 'Top, Wang, Li' }, people: { names: [top.id, wang.id, li.id] } }]);
  });
  it('no visit in 45 days: fires at 46, not at 45; planned visits do not count', () => {
    const { wang, all } = people();
    const at = (date: string) => visitRecency(input({ people: all, visits: [visit([wang], { date }), visit([wang], { date: '2026-11-30', status: 'planned' })] }));
    expect(at('2026-10-13')).toEqual([]); // 45 days
    expect(at('2026-10-12')[0]).toMatchObject({ id: 'noRecentVisit', params: { days: 46, last: '2026-10-12', limit: 45 }, days: ['last'] });
  });
});

describe('singleThreadedVisits', () => {
  it('fires when the last 3 visits met the same one or two people, naming them and whom to meet too', () => {
    const { top, wang, li, sun, all } = people();
    const visits = [visit([wang], { date: '2026-09-01' }), visit([wang, li], { date: '2026-10-01' }), visit([li], { date: '2026-11-01' })];
    const [w] = singleThreadedVisits(input({ people: all, visits }));
    expect(w).toEqual({
      id: 'singleThreadedVisits',
      params: { names: 'Wang, Li', others: 'Top, Sun', visits: 3 },
      people: { names: [wang.id, li.id], others: [top.id, sun.id] },
    });
  });
  it('does not fire with three different people, with fewer than 3 visits, or when there is nobody else', () => {
    const { top, wang, li, all } = people();
    expect(singleThreadedVisits(input({ people: all, visits: [visit([wang]), visit([li]), visit([top])] }))).toEqual([]);
    expect(singleThreadedVisits(input({ people: all, visits: [visit([wang]), visit([wang])] }))).toEqual([]);
    expect(singleThreadedVisits(input({ people: [wang, li], visits: [visit([wang]), visit([li]), visit([wang])] }))).toEqual([]);
  });
  it('only the last 3 count', () => {
    const { top, wang, li, all } = people();
    const visits = [visit([top, li], { date: '2026-01-01' }), visit([wang], { date: '2026-09-01' }), visit([wang], { date: '2026-10-01' }), visit([wang], { date: '2026-11-01' })];
    expect(singleThreadedVisits(input({ people: all, visits }))[0]!.people!.names).toEqual([wang.id]);
  });
});
