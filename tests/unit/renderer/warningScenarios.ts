// Accounts that between them raise every coaching warning (shared/coaching), so a test can render
// each warning's words with the params its rule really gives.
import type { Given } from '../coaching/fixtures';
import { account, person, visit } from '../coaching/fixtures';

export function warningScenarios(): Given[] {
  const strong = { authority: 5, expertise: 5, accessToTop: 5, buyingRole: 'decision-maker' as const };
  const weak = { authority: 1, expertise: 1, accessToTop: 1, buyingRole: 'user' as const, lastContact: null };
  const top = person({ ...strong, name: '周振华', isTopDecisionMaker: true, stance: 'opponent', met: false, lastContact: null });
  const skeptic = person({ ...strong, name: '许晶', stance: 'skeptic', lastContact: '2026-01-05' });
  const wang = person({ name: '王丽', stance: 'supporter', authority: 4, expertise: null });
  const minor = [person({ ...weak, stance: 'unknown' }), person({ ...weak, stance: 'neutral' })];
  const people = [top, skeptic, wang, ...minor];
  const noBudget = { ...account, budgetAmount: null, budgetCycle: '', budgetProcess: '' };
  const shrank = { supportBase: { from: 5, to: 3, delta: -2 }, left: [{ personId: wang.id, name: wang.name, from: 'supporter', to: 'neutral' }] } as unknown as Given['changes'];
  const overdue = { what: '送样品', due: '2026-11-10', owner: 'us' as const, done: false, doneOn: null };
  const theirs = { what: 'Send specs', due: '2026-11-26', owner: 'them' as const, done: false, doneOn: null };
  return [
    // No visits yet: the map's own warnings.
    { people, account: noBudget, changes: shrank },
    { people: people.map((p) => ({ ...p, isTopDecisionMaker: false })), account: noBudget },
    // Visits: the last without a next step, an older one overdue, the same person every time, budget still unknown.
    {
      people,
      account: { ...noBudget, stage: 'stabilize' },
      visits: [
        visit([wang], { date: '2026-06-01', nextStep: overdue }),
        visit([wang], { date: '2026-08-01', nextStep: theirs }),
        visit([wang], { date: '2026-11-20', nextStep: null, noNextStepReason: 'They are reorganizing' }),
      ],
    },
    // A long time since the last visit; a one-day-late step of theirs.
    { people, visits: [visit([wang, skeptic], { date: '2026-09-01', nextStep: { ...theirs, due: '2026-11-26' } })] },
    // Strengthen with flat purchases.
    {
      people,
      account: { ...account, stage: 'strengthen' },
      visits: [visit([wang, top])],
      purchases: { yearly: [{ year: 2024, amount: 100, currency: 'CNY' }, { year: 2025, amount: 100, currency: 'CNY' }] },
    },
  ];
}
