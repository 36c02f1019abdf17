// SQL for visits and their attendees; rows map to the shared Visit type (attendees in their order).
import type BetterSqlite3 from 'better-sqlite3';
import type { Stance } from '../../shared/domain/model';
import type { Money, NextStepItem, NextStepOwner, Visit, VisitAttendee, VisitKind, VisitStatus } from '../../shared/visits/model';

interface VisitRow {
  id: string;
  account_id: string;
  date: string;
  kind: string;
  status: string;
  objective: string;
  learned: string;
  ours: string;
  budget_facts: string;
  budget_owner_id: string | null;
  travel_amount: number | null;
  travel_currency: string | null;
  samples_amount: number | null;
  samples_currency: string | null;
  hours: number | null;
  next_step_what: string | null;
  next_step_due: string | null;
  next_step_owner: string | null;
  next_step_done: number;
  next_step_done_on: string | null;
  no_next_step_reason: string | null;
  created_at: string;
  updated_at: string;
}

interface AttendeeRow {
  visit_id: string;
  person_id: string;
  ord: number;
  needs: string;
  wants: string;
  stance_before: string | null;
  stance_after: string | null;
}

const money = (amount: number | null, currency: string | null): Money | null =>
  amount === null || currency === null ? null : { amount, currency };

function rowToVisit(r: VisitRow, attendees: VisitAttendee[]): Visit {
  return {
    id: r.id,
    accountId: r.account_id,
    date: r.date,
    kind: r.kind as VisitKind,
    status: r.status as VisitStatus,
    objective: r.objective,
    learned: r.learned,
    attendees,
    ours: r.ours,
    budgetFacts: r.budget_facts,
    budgetOwnerId: r.budget_owner_id,
    cost: { travel: money(r.travel_amount, r.travel_currency), samples: money(r.samples_amount, r.samples_currency), hours: r.hours },
    nextStep:
      r.next_step_what === null
        ? null
        : { what: r.next_step_what, due: r.next_step_due!, owner: r.next_step_owner as NextStepOwner, done: r.next_step_done === 1, doneOn: r.next_step_done_on },
    noNextStepReason: r.no_next_step_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function visitToRow(v: Visit): VisitRow {
  return {
    id: v.id,
    account_id: v.accountId,
    date: v.date,
    kind: v.kind,
    status: v.status,
    objective: v.objective,
    learned: v.learned,
    ours: v.ours,
    budget_facts: v.budgetFacts,
    budget_owner_id: v.budgetOwnerId,
    travel_amount: v.cost.travel?.amount ?? null,
    travel_currency: v.cost.travel?.currency ?? null,
    samples_amount: v.cost.samples?.amount ?? null,
    samples_currency: v.cost.samples?.currency ?? null,
    hours: v.cost.hours,
    next_step_what: v.nextStep?.what ?? null,
    next_step_due: v.nextStep?.due ?? null,
    next_step_owner: v.nextStep?.owner ?? null,
    next_step_done: v.nextStep?.done ? 1 : 0,
    next_step_done_on: v.nextStep?.doneOn ?? null,
    no_next_step_reason: v.noNextStepReason,
    created_at: v.createdAt,
    updated_at: v.updatedAt,
  };
}

const rowToAttendee = (a: AttendeeRow): VisitAttendee => ({
  personId: a.person_id,
  needs: a.needs,
  wants: a.wants,
  stanceBefore: a.stance_before as Stance | null,
  stanceAfter: a.stance_after as Stance | null,
});

const COLUMNS =
  'id, account_id, date, kind, status, objective, learned, ours, budget_facts, budget_owner_id, travel_amount, travel_currency, samples_amount, samples_currency, hours, next_step_what, next_step_due, next_step_owner, next_step_done, next_step_done_on, no_next_step_reason, created_at, updated_at';
const VALUES = COLUMNS.split(', ').map((c) => `@${c}`).join(', ');

interface NextStepRow {
  visit_id: string;
  account_id: string;
  account_name: string;
  visit_date: string;
  visit_kind: string;
  what: string;
  due: string;
  owner: string;
  done: number;
  done_on: string | null;
  people: string;
}

export function createVisitsRepo(db: BetterSqlite3.Database) {
  const get = db.prepare<[string], VisitRow>('SELECT * FROM visits WHERE id = ?');
  const byAccount = db.prepare<[string], VisitRow>('SELECT * FROM visits WHERE account_id = ? ORDER BY date DESC, created_at DESC, rowid DESC');
  const attendeesOf = db.prepare<[string], AttendeeRow>('SELECT * FROM visit_attendees WHERE visit_id = ? ORDER BY ord');
  const attendeesOfAccount = db.prepare<[string], AttendeeRow>(
    'SELECT a.* FROM visit_attendees a JOIN visits v ON v.id = a.visit_id WHERE v.account_id = ? ORDER BY a.visit_id, a.ord',
  );
  const insert = db.prepare<[VisitRow]>(`INSERT INTO visits (${COLUMNS}) VALUES (${VALUES})`);
  const update = db.prepare<[VisitRow]>(
    `UPDATE visits SET ${COLUMNS.split(', ').filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM visits WHERE id = ?');
  const clearAttendees = db.prepare<[string]>('DELETE FROM visit_attendees WHERE visit_id = ?');
  const insertAttendee = db.prepare<[AttendeeRow]>(
    `INSERT INTO visit_attendees (visit_id, person_id, ord, needs, wants, stance_before, stance_after)
     VALUES (@visit_id, @person_id, @ord, @needs, @wants, @stance_before, @stance_after)`,
  );
  // The agenda: one row per next step with the account's name and the attendees' names as JSON.
  const nextStepsSql = (filter: string) => `
    SELECT v.id AS visit_id, v.account_id, a.name AS account_name, v.date AS visit_date, v.kind AS visit_kind,
      v.next_step_what AS what, v.next_step_due AS due, v.next_step_owner AS owner, v.next_step_done AS done,
      v.next_step_done_on AS done_on,
      (SELECT json_group_array(json_array(p.id, p.name)) FROM
         (SELECT p.id, p.name FROM visit_attendees va JOIN people p ON p.id = va.person_id WHERE va.visit_id = v.id ORDER BY va.ord) p) AS people
    FROM visits v JOIN accounts a ON a.id = v.account_id
    WHERE ${filter} AND a.archived = 0 AND v.next_step_due < ?
    ORDER BY v.next_step_due, a.name, v.date, v.id`;
  const openSteps = db.prepare<[string], NextStepRow>(nextStepsSql('v.next_step_what IS NOT NULL AND v.next_step_done = 0'));
  const allSteps = db.prepare<[string], NextStepRow>(nextStepsSql('v.next_step_what IS NOT NULL'));

  const withAttendees = (r: VisitRow): Visit => rowToVisit(r, attendeesOf.all(r.id).map(rowToAttendee));
  const writeAttendees = (v: Visit) => {
    clearAttendees.run(v.id);
    v.attendees.forEach((a, ord) =>
      insertAttendee.run({ visit_id: v.id, person_id: a.personId, ord, needs: a.needs, wants: a.wants, stance_before: a.stanceBefore, stance_after: a.stanceAfter }),
    );
  };

  return {
    get(id: string): Visit | null {
      const r = get.get(id);
      return r ? withAttendees(r) : null;
    },
    /** Newest first. */
    listByAccount(accountId: string): Visit[] {
      const byVisit = new Map<string, VisitAttendee[]>();
      for (const a of attendeesOfAccount.all(accountId)) {
        let list = byVisit.get(a.visit_id);
        if (!list) byVisit.set(a.visit_id, (list = []));
        list.push(rowToAttendee(a));
      }
      return byAccount.all(accountId).map((r) => rowToVisit(r, byVisit.get(r.id) ?? []));
    },
    insert(v: Visit): void {
      insert.run(visitToRow(v));
      writeAttendees(v);
    },
    update(v: Visit, attendeesChanged = true): void {
      update.run(visitToRow(v));
      if (attendeesChanged) writeAttendees(v);
    },
    delete(id: string): void {
      remove.run(id);
    },
    /** Next steps of non-archived accounts due before `dueBefore` (exclusive), by due date. */
    listNextSteps(dueBefore: string, includeDone: boolean): NextStepItem[] {
      return (includeDone ? allSteps : openSteps).all(dueBefore).map((r) => ({
        visitId: r.visit_id,
        accountId: r.account_id,
        accountName: r.account_name,
        visitDate: r.visit_date,
        visitKind: r.visit_kind as VisitKind,
        what: r.what,
        due: r.due,
        owner: r.owner as NextStepOwner,
        done: r.done === 1,
        doneOn: r.done_on,
        people: (JSON.parse(r.people) as Array<[string, string]>).map(([personId, name]) => ({ personId, name })),
      }));
    },
  };
}

export type VisitsRepo = ReturnType<typeof createVisitsRepo>;
