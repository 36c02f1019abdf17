// Writes a random history log straight into a real store, the way the app's edits do: people,
// relationships, visits and the account created, edited, deleted and brought back (an undo of a
// delete logs the same entity again as a create), several edits on one day, a clock set back, and
// the local day of a change in a time zone far from UTC. Ties on creation time are frequent, so the
// replay's tie-breaks are exercised; now and then a person's creation time changes between versions. For the property tests of the history reads.
import fc from 'fast-check';
import type { HistoryChange } from '../../../electron/db/history';
import type { Store } from '../../../electron/db/store';
import { STANCES, type Account, type Person, type Relationship } from '../../../shared/domain/model';
import type { Visit } from '../../../shared/visits/model';
import { account as makeAccount, link, person } from './log';

export interface Edit {
  kind: number;
  a: number;
  b: number;
  c: number;
  /** Minutes the clock moves before the edit: 0 (same instant), a few hours, or back up to a day. */
  wait: number;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.nat(15),
  a: fc.nat(40),
  b: fc.nat(40),
  c: fc.nat(40),
  wait: fc.oneof(fc.constant(0), fc.nat(600), fc.nat(3000), fc.integer({ min: -1440, max: -1 })),
});

/** Minutes east of UTC: the day a change is logged on is its local day there. */
export const zoneOffset = fc.constantFrom(-600, -300, 0, 330, 480, 840);

const TIE = '2026-01-01T09:00:00.000Z';
const DATES = ['2026-01-05', '2026-01-06', '2026-01-07'];

export interface Written {
  accountId: string;
  /** Every local day a row was logged on, sorted. */
  days: string[];
}

/**
 * Writes the account's creation and then `edits`, starting on 1 Jan 2026 at 09:00 UTC. `append`: the
 * first that many edits were written already (by an earlier call with the same start): write only the rest.
 */
export function writeRandomHistory(store: Store, edits: readonly Edit[], offsetMinutes: number, options: { append?: number } = {}): Written {
  const skip = options.append ?? 0;
  let t = Date.parse('2026-01-01T09:00:00.000Z');
  let k = -1;
  const days = new Set<string>();
  const dayOf = (ms: number) => new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
  const log = (change: HistoryChange) => {
    const at = new Date(t).toISOString();
    days.add(dayOf(t));
    if (k >= skip || (k < 0 && skip === 0)) store.history.record(change, at, dayOf(t));
  };
  let acc: Account = makeAccount({ createdAt: TIE, updatedAt: TIE });
  if (skip === 0) store.accounts.insert(acc);
  log({ entity: 'account', op: 'create', data: acc });

  const people = new Map<string, Person>();
  const gonePeople = new Map<string, Person>();
  const links = new Map<string, Relationship>();
  const goneLinks = new Map<string, Relationship>();
  const visits = new Map<string, Visit>();
  const goneVisits = new Map<string, Visit>();
  let serial = 0;
  const nth = <T>(m: Map<string, T>, i: number): T | undefined => [...m.values()][i % Math.max(1, m.size)];
  const stamp = (): string => new Date(t).toISOString();
  const created = (i: number): string => (i % 3 === 0 ? TIE : stamp());

  for (const e of edits) {
    k++;
    t += e.wait * 60_000;
    const p = nth(people, e.a);
    const q = nth(people, e.b);
    switch (e.kind) {
      case 0:
      case 1: {
        const np = person(`p${++serial}`, { name: `P ${e.b}`, stance: STANCES[e.c % STANCES.length]!, authority: (e.b % 5) + 1, createdAt: created(e.c), updatedAt: stamp() });
        people.set(np.id, np);
        log({ entity: 'person', op: 'create', data: np });
        break;
      }
      case 2:
      case 3: {
        if (!p) break;
        const np: Person = { ...p, stance: STANCES[e.c % STANCES.length]!, authority: e.b % 2 ? (e.c % 5) + 1 : p.authority, pinnedScore: e.b % 7 === 0 ? e.c : p.pinnedScore, updatedAt: stamp() };
        // Now and then, a creation time that moves (a damaged or hand-edited log): the replay sorts by whatever it says.
        if (e.b % 4 === 0) np.createdAt = created(e.c + 1);
        people.set(np.id, np);
        log({ entity: 'person', op: 'update', data: np });
        break;
      }
      case 4: {
        if (!p) break;
        // Usually with the cascade the app logs; sometimes without it (an old log that missed it).
        if (e.c % 4 !== 0) {
          for (const r of [...links.values()].filter((r) => r.fromId === p.id || r.toId === p.id)) {
            links.delete(r.id);
            goneLinks.set(r.id, r);
            log({ entity: 'relationship', op: 'delete', data: r });
          }
        }
        people.delete(p.id);
        gonePeople.set(p.id, p);
        log({ entity: 'person', op: 'delete', data: p });
        break;
      }
      case 5: {
        const back = nth(gonePeople, e.a);
        if (!back) break;
        gonePeople.delete(back.id);
        people.set(back.id, back);
        log({ entity: 'person', op: 'create', data: back });
        break;
      }
      case 6: {
        if (!p || !q || p.id === q.id) break;
        const r = link(`r${++serial}`, p.id, q.id, { strength: (e.c % 3) + 1, type: e.c % 2 ? 'influences' : 'reports-to', createdAt: created(e.c) });
        links.set(r.id, r);
        log({ entity: 'relationship', op: 'create', data: r });
        break;
      }
      case 7: {
        const r = nth(links, e.a);
        if (!r) break;
        links.delete(r.id);
        goneLinks.set(r.id, r);
        log({ entity: 'relationship', op: 'delete', data: r });
        break;
      }
      case 8: {
        const back = nth(goneLinks, e.a);
        const r = nth(links, e.b);
        if (back && e.c % 2) {
          goneLinks.delete(back.id);
          links.set(back.id, back);
          log({ entity: 'relationship', op: 'create', data: back });
        } else if (r) {
          const nr = { ...r, strength: (e.c % 3) + 1 };
          links.set(nr.id, nr);
          log({ entity: 'relationship', op: 'update', data: nr });
        }
        break;
      }
      case 9: {
        acc = { ...acc, name: `BabyJoy ${e.c}`, updatedAt: stamp() };
        log({ entity: 'account', op: 'update', data: acc });
        break;
      }
      case 10:
      case 11: {
        const old = e.kind === 11 ? nth(visits, e.a) : undefined;
        const attendees = [p, q].filter((x, i, xs): x is Person => x !== undefined && xs.indexOf(x) === i);
        const v: Visit = {
          id: old?.id ?? `v${++serial}`,
          accountId: acc.id,
          date: DATES[e.c % DATES.length]!,
          kind: 'visit',
          status: e.b % 2 ? 'logged' : 'planned',
          objective: '',
          learned: `learned ${e.c}`,
          attendees: attendees.map((x) => ({ personId: x.id, needs: '', wants: '', stanceBefore: null, stanceAfter: null })),
          ours: '',
          budgetFacts: '',
          budgetOwnerId: q?.id ?? null,
          cost: { travel: null, samples: null, hours: null },
          nextStep: e.b % 3 ? { what: 'call back', due: DATES[e.b % DATES.length]!, owner: 'us', done: e.c % 2 === 0, doneOn: e.c % 2 === 0 ? DATES[0]! : null } : null,
          noNextStepReason: null,
          createdAt: old?.createdAt ?? (e.c % 2 ? TIE : stamp()),
          updatedAt: stamp(),
        };
        visits.set(v.id, v);
        log({ entity: 'visit', op: old ? 'update' : 'create', data: v });
        break;
      }
      case 12: {
        const v = nth(visits, e.a);
        if (!v) break;
        visits.delete(v.id);
        goneVisits.set(v.id, v);
        log({ entity: 'visit', op: 'delete', data: v });
        break;
      }
      case 13: {
        const back = nth(goneVisits, e.a);
        if (!back) break;
        goneVisits.delete(back.id);
        visits.set(back.id, back);
        log({ entity: 'visit', op: 'create', data: back });
        break;
      }
      case 14: {
        log({ entity: 'purchases', op: 'update', data: { accountId: acc.id, yearly: [], judgement: null, updatedAt: stamp() } });
        break;
      }
      default: {
        // The account deleted (undo can bring it back: the next case-9 edit logs it again).
        if (e.c % 5 === 0) log({ entity: 'account', op: 'delete', data: acc });
        else log({ entity: 'account', op: 'create', data: acc });
      }
    }
  }
  return { accountId: acc.id, days: [...days].sort() };
}
