// The visit planner (shared/visits/plan.ts): each suggestion appears when the data supports it and
// not otherwise, names the right people, and the reminders follow the first visit and the stage.
import { describe, expect, it } from 'vitest';
import { nextPlannedVisit, planVisit } from '../../../shared/visits/plan';
import { account, input, line, person, TODAY, visit } from '../coaching/fixtures';

const plan = (p: Parameters<typeof planVisit>[1] = null, g: Parameters<typeof input>[0]) => planVisit(input(g), p);
const reasons = (pl: ReturnType<typeof planVisit>) => pl.see.map((s) => `${s.reason}:${s.name}`);

describe('planVisit: whom to see and why', () => {
  it('suggests the top decision-maker never met, with the best way in through an ally we met', () => {
    const boss = person({ name: '王丽', isTopDecisionMaker: true, met: false, lastContact: null, authority: 5, buyingRole: 'decision-maker' });
    const li = person({ name: '李强', stance: 'ally', met: true });
    const p = plan(null, { people: [boss, li], relationships: [line(li, boss, 'reports-to')] });
    expect(p.see[0]).toMatchObject({ reason: 'topDecisionMaker', personId: boss.id, name: '王丽', via: [{ personId: li.id, name: '李强' }] });
  });

  it('says "no known way in" (via null) when nobody with a line to them carries an introduction', () => {
    const boss = person({ name: 'Boss', isTopDecisionMaker: true, met: false, lastContact: null, authority: 5 });
    const foe = person({ name: 'Foe', stance: 'opponent', met: true });
    const p = plan(null, { people: [boss, foe], relationships: [line(foe, boss, 'reports-to')] });
    expect(p.see.find((s) => s.reason === 'topDecisionMaker')).toMatchObject({ name: 'Boss', via: null });
  });

  it('does not suggest a top decision-maker we have met for that reason', () => {
    const boss = person({ name: 'Boss', isTopDecisionMaker: true, met: true, stance: 'ally', authority: 5 });
    const p = plan(null, { people: [boss, person({ stance: 'ally' })] });
    expect(p.see.some((s) => s.reason === 'topDecisionMaker')).toBe(false);
  });

  it('lists high-influence skeptics and opponents, not low-influence ones', () => {
    const big = person({ name: 'Big Skeptic', stance: 'skeptic', authority: 5, expertise: 5, accessToTop: 5, buyingRole: 'decision-maker' });
    const small = person({ name: 'Small Opponent', stance: 'opponent', authority: 1, expertise: 1, accessToTop: 1, buyingRole: 'user' });
    const p = plan(null, { people: [big, small] });
    expect(reasons(p)).toContain('against:Big Skeptic');
    expect(reasons(p)).not.toContain('against:Small Opponent');
  });

  it('lists key people not contacted for more than 60 days, with the days, and not recent ones', () => {
    const old = person({ name: 'Old', lastContact: '2026-08-01' });
    const never = person({ name: 'Never', met: false, lastContact: null });
    const fresh = person({ name: 'Fresh', lastContact: '2026-11-20' });
    const p = plan(null, { people: [old, never, fresh] });
    expect(p.see.find((s) => s.name === 'Old')).toMatchObject({ reason: 'notContacted', days: 118, lastContact: '2026-08-01' });
    expect(p.see.find((s) => s.name === 'Never')).toMatchObject({ reason: 'notContacted', days: null });
    expect(p.see.some((s) => s.name === 'Fresh')).toBe(false);
  });

  it('suggests neutral or unknown minor players to widen the support base, not supporters', () => {
    const minor = { authority: 1, expertise: 1, accessToTop: 1, buyingRole: 'gatekeeper' as const };
    const pa = person({ name: 'Assistant', stance: 'unknown', ...minor });
    const fan = person({ name: 'Fan', stance: 'supporter', ...minor });
    const p = plan(null, { people: [person({ stance: 'ally', authority: 5 }), pa, fan] });
    expect(reasons(p)).toContain('widenSupport:Assistant');
    expect(p.see.some((s) => s.name === 'Fan')).toBe(false);
  });

  it('names each person once (the first reason wins) and marks who is already attending', () => {
    const boss = person({ name: 'Boss', isTopDecisionMaker: true, met: false, lastContact: null, stance: 'skeptic', authority: 5, expertise: 5, accessToTop: 5 });
    const planned = visit([boss], { status: 'planned', date: '2026-12-02', nextStep: null, objective: 'Meet the boss' });
    const p = plan(planned, { people: [boss], visits: [planned] });
    expect(p.see.filter((s) => s.name === 'Boss')).toEqual([expect.objectContaining({ reason: 'topDecisionMaker', attending: true })]);
    expect(p.visit).toMatchObject({ id: planned.id, date: '2026-12-02', objective: 'Meet the boss', attendees: [{ personId: boss.id, name: 'Boss' }] });
  });

  it('suggests nobody on a healthy, fresh map of supporters', () => {
    const boss = person({ name: 'Boss', isTopDecisionMaker: true, stance: 'ally', authority: 5 });
    expect(plan(null, { people: [boss, person({ stance: 'supporter' })] }).see).toEqual([]);
  });
});

describe('planVisit: what to find out', () => {
  it('always the need behind the need, asked of the visit’s attendees', () => {
    const a = person({ name: 'Ann' });
    const planned = visit([a], { status: 'planned', date: '2026-12-02', nextStep: null });
    const p = plan(planned, { people: [a], visits: [planned] });
    expect(p.findOut[0]).toEqual({ id: 'needBehindNeed', ask: [{ personId: a.id, name: 'Ann' }] });
  });

  it('the budget and its process when the account and the visits do not know them', () => {
    const unknown = { ...account, budgetAmount: null, budgetCycle: '', budgetProcess: '' };
    const a = person({ stance: 'ally' });
    expect(plan(null, { people: [a], account: unknown }).findOut.map((f) => f.id)).toEqual(['needBehindNeed', 'budget', 'budgetProcess']);
    // The fixture account knows the amount and cycle, not the process.
    expect(plan(null, { people: [a] }).findOut.map((f) => f.id)).toEqual(['needBehindNeed', 'budgetProcess']);
    // A visit that learned budget facts and who owns the budget: nothing more to find out there.
    const learned = visit([a], { budgetFacts: '300k a year', budgetOwnerId: a.id });
    expect(plan(null, { people: [a], account: unknown, visits: [learned] }).findOut.map((f) => f.id)).toEqual(['needBehindNeed']);
  });
});

describe('planVisit: the method’s reminders', () => {
  it('on a first visit: at most five minutes of product, and no price before the needs', () => {
    const p = plan(null, { people: [person({})] });
    expect(p.firstVisit).toBe(true);
    expect(p.reminders).toEqual(['listen', 'fiveMinutesProduct', 'noPriceBeforeNeeds', 'noIdleChat', 'leaveWithNextStep', 'customerDifferences']);
  });

  it('after a visit that recorded needs, past establish: no five-minute rule, price may come', () => {
    const a = person({});
    const held = visit([a]);
    held.attendees[0]!.needs = 'Lower stock-outs';
    const p = plan(null, { people: [a], visits: [held], account: { ...account, stage: 'stabilize' } });
    expect(p.firstVisit).toBe(false);
    expect(p.reminders).toEqual(['listen', 'noIdleChat', 'leaveWithNextStep', 'customerDifferences']);
    expect(p.focus).toEqual(['preventSurprises', 'answerCrises', 'insideProcesses']);
    // In establish the needs are never taken as clear enough for price.
    expect(plan(null, { people: [a], visits: [held] }).reminders).toContain('noPriceBeforeNeeds');
  });

  it('a planned visit does not count as held', () => {
    const a = person({});
    const planned = visit([a], { status: 'planned', date: '2026-12-02', nextStep: null });
    expect(plan(planned, { people: [a], visits: [planned] }).firstVisit).toBe(true);
  });
});

describe('nextPlannedVisit', () => {
  it('the soonest plan from today on, else the latest one left unlogged, else null', () => {
    const a = person({});
    const old = visit([a], { status: 'planned', date: '2026-11-01', nextStep: null });
    const soon = visit([a], { status: 'planned', date: '2026-12-01', nextStep: null });
    const later = visit([a], { status: 'planned', date: '2026-12-20', nextStep: null });
    expect(nextPlannedVisit([later, old, soon, visit([a])], TODAY)).toBe(soon);
    expect(nextPlannedVisit([old], TODAY)).toBe(old);
    expect(nextPlannedVisit([visit([a])], TODAY)).toBeNull();
  });
});
