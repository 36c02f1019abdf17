// The accounts list's visit line, in ONE query: per account, the last visit held and the open next
// step due first (ties: the earlier visit, as shared/visits/agenda.ts nextDueStep), and how many
// open steps are overdue. Accounts without any visit are left out.
import type BetterSqlite3 from 'better-sqlite3';
import type { AccountVisitSummary, NextStepOwner } from '../../shared/visits/model';

interface SummaryRow {
  account_id: string;
  last_visit: string | null;
  visit_id: string | null;
  what: string | null;
  due: string | null;
  owner: string | null;
  overdue: number;
}

const SQL = `
  WITH open AS (
    SELECT account_id, id, next_step_what, next_step_due, next_step_owner,
      row_number() OVER (PARTITION BY account_id ORDER BY next_step_due, date, id) AS rn,
      sum(next_step_due < @today) OVER (PARTITION BY account_id) AS overdue
    FROM visits
    WHERE next_step_what IS NOT NULL AND next_step_done = 0 AND status = 'logged'
  ),
  held AS (SELECT account_id, max(date) AS last_visit FROM visits WHERE status = 'logged' GROUP BY account_id)
  SELECT a.id AS account_id, held.last_visit, open.id AS visit_id, open.next_step_what AS what,
    open.next_step_due AS due, open.next_step_owner AS owner, coalesce(open.overdue, 0) AS overdue
  FROM accounts a
    LEFT JOIN held ON held.account_id = a.id
    LEFT JOIN open ON open.account_id = a.id AND open.rn = 1
  WHERE held.last_visit IS NOT NULL OR open.id IS NOT NULL
  ORDER BY a.id`;

export function createVisitSummariesRepo(db: BetterSqlite3.Database) {
  const summaries = db.prepare<[{ today: string }], SummaryRow>(SQL);
  return {
    /** `today` (YYYY-MM-DD) decides which open steps are overdue (due before it). */
    list(today: string): AccountVisitSummary[] {
      return summaries.all({ today }).map((r) => ({
        accountId: r.account_id,
        lastVisitDate: r.last_visit,
        nextStep: r.visit_id === null ? null : { visitId: r.visit_id, what: r.what!, due: r.due!, owner: r.owner as NextStepOwner },
        overdueSteps: r.overdue,
      }));
    },
  };
}

export type VisitSummariesRepo = ReturnType<typeof createVisitSummariesRepo>;
