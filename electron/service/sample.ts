// The sample key account, seeded once on first open with a real past: every step goes through the
// same service code with the clock set back to its day, so its history (and support-base trend) is real.
import type { Account, Stance } from '../../shared/domain/model';
import type { SampleAccount } from '../../shared/sample/types';
import { accountMethods } from './accounts';
import { localDay, type Clock } from './clock';
import type { ServiceContext } from './context';
import { peopleMethods } from './people';
import { relationshipMethods } from './relationships';

export const SAMPLE_SEEDED_KEY = 'sampleSeeded';

/** Seeds the sample account unless it was seeded before (even if the rep has since deleted it). */
export function seedSampleOnce(ctx: ServiceContext, data: SampleAccount): Account | null {
  return ctx.store.transaction(() => {
    if (ctx.store.settings.get(SAMPLE_SEEDED_KEY) !== null) return null;
    const account = seedSample(ctx, data);
    ctx.store.settings.set(SAMPLE_SEEDED_KEY, ctx.clock.now().toISOString());
    return account;
  });
}

interface Step {
  daysAgo: number;
  /** Within a day: account, people, stance changes, contacts, relationships. */
  rank: number;
  run: () => void;
}

export function seedSample(ctx: ServiceContext, data: SampleAccount): Account {
  const today = ctx.clock.now();
  let at = today;
  const past: Clock = { now: () => new Date(at.getTime()) };
  const pastCtx: ServiceContext = { ...ctx, clock: past };
  const accounts = accountMethods(pastCtx);
  const people = peopleMethods(pastCtx);
  const links = relationshipMethods(pastCtx);
  const dayOf = (daysAgo: number) => localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo));

  const created = Math.max(0, data.createdDaysAgo);
  let accountId = '';
  const made: { account: Account | null } = { account: null };
  const ids = new Map<string, string>();
  const addedDay = new Map<string, number>();
  const steps: Step[] = [
    {
      daysAgo: created,
      rank: 0,
      run: () => {
        made.account = accounts.createAccount({ ...data.account });
        accountId = made.account.id;
      },
    },
  ];

  for (const p of data.people) {
    const added = Math.min(created, Math.max(0, p.addedDaysAgo));
    addedDay.set(p.key, added);
    const stances: Array<{ daysAgo: number; stance: Stance }> = [...p.stanceHistory];
    const last = stances[stances.length - 1];
    const contactLater = p.lastContactDaysAgo !== null && p.lastContactDaysAgo < added;
    // The final stance, when it is not the last dated entry, is what the rep learned at the last contact (else today).
    if (last && last.stance !== p.stance) stances.push({ daysAgo: contactLater ? Math.min(last.daysAgo, p.lastContactDaysAgo ?? 0) : 0, stance: p.stance });
    const first = stances[0]?.stance ?? p.stance;
    steps.push({
      daysAgo: added,
      rank: 1,
      run: () => {
        const { person } = people.createPerson({
          accountId,
          name: p.name,
          title: p.title,
          department: p.department,
          buyingRole: p.buyingRole,
          stance: first,
          isTopDecisionMaker: p.isTopDecisionMaker,
          authority: p.authority,
          expertise: p.expertise,
          accessToTop: p.accessToTop,
          met: contactLater ? false : p.met,
          lastContact: contactLater || p.lastContactDaysAgo === null ? null : dayOf(p.lastContactDaysAgo),
          notes: p.notes,
        });
        ids.set(p.key, person.id);
      },
    });
    for (const s of stances.slice(1)) {
      steps.push({
        daysAgo: Math.min(added, Math.max(0, s.daysAgo)),
        rank: 2,
        run: () => void people.updatePerson({ id: ids.get(p.key) as string, patch: { stance: s.stance } }),
      });
    }
    if (contactLater && p.lastContactDaysAgo !== null) {
      const daysAgo = Math.max(0, p.lastContactDaysAgo);
      steps.push({
        daysAgo,
        rank: 3,
        run: () => void people.updatePerson({ id: ids.get(p.key) as string, patch: { met: p.met, lastContact: dayOf(daysAgo) } }),
      });
    }
  }

  for (const r of data.relationships) {
    const bothThere = Math.min(addedDay.get(r.from) ?? 0, addedDay.get(r.to) ?? 0);
    steps.push({
      daysAgo: Math.min(bothThere, Math.max(0, r.addedDaysAgo)),
      rank: 4,
      run: () => {
        const fromId = ids.get(r.from);
        const toId = ids.get(r.to);
        if (!fromId || !toId) throw new Error(`sample relationship ${r.from} → ${r.to} names an unknown person`);
        links.createRelationship({ accountId, fromId, toId, type: r.type, strength: r.type === 'influences' ? r.strength : null });
      },
    });
  }

  // Stable sort: oldest day first, then by rank, then in data order.
  const ordered = steps.map((s, i) => ({ s, i })).sort((a, b) => b.s.daysAgo - a.s.daysAgo || a.s.rank - b.s.rank || a.i - b.i);
  const perDay = new Map<number, number>();
  for (const { s } of ordered) perDay.set(s.daysAgo, (perDay.get(s.daysAgo) ?? 0) + 1);
  const used = new Map<number, number>();
  for (const { s } of ordered) {
    const k = used.get(s.daysAgo) ?? 0;
    used.set(s.daysAgo, k + 1);
    at = instantFor(today, s.daysAgo, k, perDay.get(s.daysAgo) ?? 1);
    s.run();
  }
  if (!made.account) throw new Error('sample account was not created');
  return made.account;
}

/** The k-th of n steps on a past day: 09:00 local plus k × 10 s; today: spread between midnight and now. */
function instantFor(today: Date, daysAgo: number, k: number, n: number): Date {
  if (daysAgo === 0) {
    const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
    return new Date(midnight + Math.floor(((today.getTime() - midnight) * (k + 1)) / (n + 1)));
  }
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo, 9, 0, k * 10);
}
