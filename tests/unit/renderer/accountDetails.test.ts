// Account details form: budget parsing, the patch sent to updateAccount, and
// that recording a budget through the form clears the brief's "budget unknown" warning.
import { describe, expect, it } from 'vitest';
import { computeWarnings } from '../../../shared/coaching/coaching';
import { computeInfluence } from '../../../shared/domain/influence';
import type { Account, AccountMap, Person } from '../../../shared/domain/model';
import { rankPeople } from '../../../shared/domain/ranking';
import { parseBudget, patchOf, valuesOf } from '../../../renderer/features/accounts/accountDetailsForm';

const AT = '2026-01-01T00:00:00.000Z';
const unknownBudget: Account = {
  id: 'a', name: 'Acme', segment: '', notes: '', stage: 'establish', productFit: false, centralizedPurchasing: false,
  budgetAmount: null, budgetCycle: '', budgetProcess: '', archived: false, createdAt: AT, updatedAt: AT,
};
const boss: Person = {
  id: 'p1', accountId: 'a', name: 'Boss', title: '', department: '', buyingRole: 'decision-maker', stance: 'ally', isTopDecisionMaker: true,
  authority: 5, expertise: 3, accessToTop: 3, pinnedScore: null, met: true, lastContact: '2026-11-20', notes: '', createdAt: AT, updatedAt: AT,
};
const warningIds = (account: Account) => {
  const map: AccountMap = { account, people: [boss], relationships: [], positions: [] };
  const ranked = rankPeople(map.people, computeInfluence(map.people, []));
  return computeWarnings({ ...map, ranked, changes: null, visits: [], purchases: null, today: '2026-11-27' }).map((w) => w.id);
};

describe('parseBudget', () => {
  it('blank means unknown', () => {
    expect(parseBudget('')).toBeNull();
    expect(parseBudget('   ')).toBeNull();
  });
  it('reads plain, grouped and decimal numbers', () => {
    expect(parseBudget('1200000')).toBe(1_200_000);
    expect(parseBudget('1,200,000')).toBe(1_200_000);
    expect(parseBudget('2 500.50')).toBe(2500.5);
    expect(parseBudget('-5')).toBe(-5); // the service, not the form, rejects negatives
  });
  it('anything that is not a number is undefined (never silently blank)', () => {
    for (const bad of ['abc', '12abc', '1.2.3', '--1', 'Infinity', 'NaN', '0x10']) expect(parseBudget(bad)).toBeUndefined();
  });
});

describe('patchOf', () => {
  it('sends only what changed; unchanged values send nothing', () => {
    expect(patchOf(unknownBudget, valuesOf(unknownBudget))).toEqual({});
    const v = { ...valuesOf(unknownBudget), segment: 'Retail chain', stage: 'stabilize' as const, productFit: true, budgetAmount: '3,000,000' };
    expect(patchOf(unknownBudget, v)).toEqual({ segment: 'Retail chain', stage: 'stabilize', productFit: true, budgetAmount: 3_000_000 });
  });
  it('clearing a known budget sends null', () => {
    const known = { ...unknownBudget, budgetAmount: 500 };
    expect(patchOf(known, { ...valuesOf(known), budgetAmount: '' })).toEqual({ budgetAmount: null });
  });
  it('a non-numeric budget is refused before anything is sent', () => {
    expect(patchOf(unknownBudget, { ...valuesOf(unknownBudget), budgetAmount: 'lots' })).toBe('budgetNotANumber');
  });
});

describe('budget recorded through the form clears "budget unknown"', () => {
  it('raised before, gone after applying the patch', () => {
    expect(warningIds(unknownBudget)).toContain('budgetUnknown');
    const patch = patchOf(unknownBudget, { ...valuesOf(unknownBudget), budgetAmount: '1,200,000' });
    if (patch === 'budgetNotANumber') throw new Error('unexpected');
    expect(warningIds({ ...unknownBudget, ...patch } as Account)).not.toContain('budgetUnknown');
  });
  it('a budget cycle alone also counts as budget knowledge', () => {
    const patch = patchOf(unknownBudget, { ...valuesOf(unknownBudget), budgetCycle: 'yearly, approved in March' });
    if (patch === 'budgetNotANumber') throw new Error('unexpected');
    expect(warningIds({ ...unknownBudget, ...patch } as Account)).not.toContain('budgetUnknown');
  });
});
