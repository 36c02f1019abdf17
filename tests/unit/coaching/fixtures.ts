// Builders for the coaching rule tests: an account, people, visits and the rules' input (ranked).
import type { CoachingInput, SupportShift } from '../../../shared/coaching/types';
import { computeInfluence } from '../../../shared/domain/influence';
import type { Account, Person, Relationship } from '../../../shared/domain/model';
import { rankPeople } from '../../../shared/domain/ranking';
import type { AccountPurchases, Visit } from '../../../shared/visits/model';

export const AT = '2026-01-01T00:00:00.000Z';
export const TODAY = '2026-11-27';

export const account: Account = {
  id: 'a', name: 'Acme', segment: '', notes: '', stage: 'establish', productFit: true, centralizedPurchasing: false,
  budgetAmount: 100_000, budgetCycle: 'yearly', budgetProcess: '', archived: false, createdAt: AT, updatedAt: AT,
};

let n = 0;
export const person = (p: Partial<Person>): Person => ({
  id: `p${++n}`, accountId: 'a', name: `P${n}`, title: '', department: '', buyingRole: 'influencer', stance: 'neutral', isTopDecisionMaker: false,
  authority: 3, expertise: 3, accessToTop: 3, pinnedScore: null, met: true, lastContact: '2026-11-20', notes: '', createdAt: AT, updatedAt: AT, ...p,
});

let r = 0;
export const line = (from: Person, to: Person, type: Relationship['type'] = 'close-to', strength: number | null = null): Relationship => ({
  id: `r${++r}`, accountId: 'a', fromId: from.id, toId: to.id, type, strength: type === 'influences' ? (strength ?? 2) : null, createdAt: AT,
});

let v = 0;
/** A logged visit with these attendees and, unless told otherwise, an open next step due in the future. */
export const visit = (attendees: readonly Person[], p: Partial<Visit> = {}): Visit => ({
  id: `v${++v}`, accountId: 'a', date: '2026-11-20', kind: 'visit', status: 'logged', objective: '', learned: '',
  attendees: attendees.map((a) => ({ personId: a.id, needs: '', wants: '', stanceBefore: a.stance, stanceAfter: null })),
  ours: '', budgetFacts: '', budgetOwnerId: null, cost: { travel: null, samples: null, hours: null },
  nextStep: { what: 'Bring a sample', due: '2026-12-05', owner: 'us', done: false, doneOn: null }, noNextStepReason: null,
  createdAt: `${p.date ?? '2026-11-20'}T10:00:00.000Z`, updatedAt: AT, ...p,
});

export interface Given {
  people: Person[];
  relationships?: Relationship[];
  account?: Account;
  changes?: SupportShift | null;
  visits?: Visit[];
  purchases?: Pick<AccountPurchases, 'yearly'> | null;
  today?: string;
}

export function input(g: Given): CoachingInput {
  const relationships = g.relationships ?? [];
  return {
    account: g.account ?? account,
    people: g.people,
    relationships,
    ranked: rankPeople(g.people, computeInfluence(g.people, relationships)),
    changes: g.changes ?? null,
    visits: g.visits ?? [],
    purchases: g.purchases ?? null,
    today: g.today ?? TODAY,
  };
}

/** A map that raises nothing: top decision-maker met and an ally, two allies, a supporter minor player, a recent visit with a next step. */
export function healthy(): { people: Person[]; visits: Visit[] } {
  const people = [
    person({ name: 'Boss', isTopDecisionMaker: true, stance: 'ally', buyingRole: 'decision-maker', authority: 5 }),
    person({ stance: 'ally', authority: 4 }),
    person({ stance: 'supporter', authority: 1, expertise: 1, accessToTop: 1, buyingRole: 'user' }),
    person({ stance: 'unknown', authority: 1, expertise: 1, accessToTop: 1, buyingRole: 'user' }),
  ];
  return { people, visits: [visit([people[0]!, people[1]!])] };
}
