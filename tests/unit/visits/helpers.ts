// Set-up for the visit tests: an account with a few people on a real SQLite file, and row counts of
// every table a visit call can write.
import type { Person } from '../../../shared/domain/model';
import type { Input } from '../../../shared/ipc/contract';
import { call, openTestApp, tableCounts, type TestApp } from '../service/helpers';

export interface VisitFixture {
  app: TestApp;
  accountId: string;
  /** Wang (skeptic, never met), Li (neutral, last contact 2026-02-01), Zhao (supporter), Sun (opponent). */
  people: Person[];
}

/** Today is 2026-03-10 (the test clock); the fixture's account and people were added on 2026-03-01. */
export const TODAY = '2026-03-10';
export const CREATED = '2026-03-01';

export async function visitFixture(app: TestApp = openTestApp()): Promise<VisitFixture> {
  const now = app.clock.now();
  app.clock.set(`${CREATED}T10:00:00.000Z`);
  const account = await call(app.service, 'createAccount', { name: 'BabyJoy' });
  const make = async (name: string, extra: Partial<Input<'createPerson'>> = {}) =>
    (await call(app.service, 'createPerson', { accountId: account.id, name, ...extra })).person;
  const people = [
    await make('Wang Li', { stance: 'skeptic' }),
    await make('Li Na', { stance: 'neutral', met: true, lastContact: '2026-02-01' }),
    await make('Zhao Min', { stance: 'supporter', met: true, lastContact: '2026-03-09' }),
    await make('Sun Meihua', { stance: 'opponent' }),
  ];
  app.clock.set(now);
  return { app, accountId: account.id, people };
}

/** A valid logged visit on `date` with the given attendees and a next step due a week later. */
export function loggedVisit(accountId: string, personIds: string[], date = TODAY): Input<'createVisit'> {
  return {
    accountId,
    date,
    kind: 'visit',
    objective: 'Understand the budget process',
    learned: 'Budget is set in November',
    attendees: personIds.map((personId) => ({ personId })),
    nextStep: { what: 'Send the trial-order proposal', due: '2026-03-17', owner: 'us' },
  };
}

/** Row counts of every table, visits included. */
export function allCounts(app: TestApp): Record<string, number> {
  const db = app.store.db;
  const out = tableCounts(app);
  for (const t of ['visits', 'visit_attendees', 'yearly_purchases', 'purchase_judgements']) {
    out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  return out;
}
