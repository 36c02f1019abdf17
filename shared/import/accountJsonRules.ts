// The rules across rows of an account file, the same the app keeps when it writes: ids unique and of
// this account, one top decision-maker, relationships between people of the file under the rules of
// shared/domain/relationshipRules.ts, every current item with its history, history days that can be
// real. Each rule reports row by row; rows that broke their schema were reported already and are null.
import { cycleProblem, duplicateProblem, LinkSet, loopClosingLines, selfLinkProblem, storedStrengthProblem, type RuleProblem } from '../domain/relationshipRules';
import { HISTORY_MIN_DAY } from '../history/bounds';
import { addDays } from '../history/days';
import type { Rule, RuleContext, SectionName } from './accountJsonCheck';

/** Problems listed in a refusal (all are counted); also the most reporting loops looked for. */
export const LISTED_PROBLEMS = 50;

const idOf = (row: unknown): unknown => (row && typeof row === 'object' ? (row as { id?: unknown }).id : undefined);

const accountIdOf = (ctx: RuleContext): unknown => ctx.rows.account?.id ?? idOf(ctx.raw.account[0]);

/** Ids of the people in the file, including rows that broke their schema (not to report them twice). */
const personIds = (ctx: RuleContext): Set<unknown> => new Set(ctx.raw.people.map(idOf));

/** Unique ids, all of the file's account. */
const idsAndAccount: Rule = (ctx) => {
  const accountId = accountIdOf(ctx);
  for (const section of ['people', 'relationships', 'snapshots'] as const) {
    const seen = new Set<string>();
    ctx.rows[section].forEach((row, i) => {
      if (!row) return;
      if (row.accountId !== accountId) ctx.report(section, i, 'accountId', 'error.accountJson.wrongAccount');
      if (seen.has(row.id)) ctx.report(section, i, 'id', 'error.accountJson.duplicateRow');
      seen.add(row.id);
    });
  }
};

const oneTopDecisionMaker: Rule = (ctx) => {
  let first: number | null = null;
  ctx.rows.people.forEach((p, i) => {
    if (!p?.isTopDecisionMaker) return;
    if (first === null) first = i;
    else ctx.report('people', i, 'isTopDecisionMaker', 'error.accountJson.twoTopDecisionMakers', { otherRow: first + 1 });
  });
};

function reportRule(ctx: RuleContext, section: SectionName, i: number, p: RuleProblem, prefix = ''): void {
  ctx.report(section, i, prefix + p.field, p.messageKey, p.params);
}

/** In file order, each relationship checked against the ones before it, as if created one by one. */
const relationships: Rule = (ctx) => {
  const people = personIds(ctx);
  const links = new LinkSet();
  const reportsTo: Array<[string, string]> = [];
  const reportsToRow: number[] = [];
  ctx.rows.relationships.forEach((r, i) => {
    if (!r) return;
    const unknown = !people.has(r.fromId) ? 'fromId' : !people.has(r.toId) ? 'toId' : null;
    if (unknown) return ctx.report('relationships', i, unknown, 'error.accountJson.unknownPerson');
    const problem = selfLinkProblem(r.fromId, r.toId) ?? storedStrengthProblem(r.type, r.strength) ?? duplicateProblem(r.fromId, r.toId, r.type, links);
    if (problem) return reportRule(ctx, 'relationships', i, problem);
    links.add(r.fromId, r.toId, r.type);
    if (r.type === 'reports-to') {
      reportsTo.push([r.fromId, r.toId]);
      reportsToRow.push(i);
    }
  });
  for (const line of loopClosingLines(reportsTo, LISTED_PROBLEMS)) reportRule(ctx, 'relationships', reportsToRow[line]!, cycleProblem());
};

const positions: Rule = (ctx) => {
  const people = personIds(ctx);
  const seen = new Set<string>();
  ctx.rows.positions.forEach((p, i) => {
    if (!p) return;
    if (!people.has(p.personId)) ctx.report('positions', i, 'personId', 'error.accountJson.unknownPerson');
    const key = `${p.personId}\u0000${p.layout}`;
    if (seen.has(key)) ctx.report('positions', i, 'layout', 'error.accountJson.duplicateRow');
    seen.add(key);
  });
};

/** The day the file's account was created: its first `create` row with a possible day. */
function accountFirstDay(ctx: RuleContext, max: string): string | null {
  for (const h of ctx.rows.history) if (h && h.entity === 'account' && h.op === 'create' && h.day >= HISTORY_MIN_DAY && h.day <= max) return h.day;
  return null;
}

/** A history or snapshot day: a day the app could have stamped (not before the account, not after tomorrow). */
function checkDay(ctx: RuleContext, section: SectionName, i: number, day: string, firstDay: string | null, max: string): void {
  if (day < HISTORY_MIN_DAY || day > max) ctx.report(section, i, 'day', 'error.accountJson.dayOutOfRange', { min: HISTORY_MIN_DAY, max });
  else if (firstDay !== null && day < firstDay) ctx.report(section, i, 'day', 'error.accountJson.beforeAccount', { firstDay });
}

const history: Rule = (ctx) => {
  const accountId = accountIdOf(ctx);
  const max = addDays(ctx.today, 1);
  const firstDay = accountFirstDay(ctx, max);
  const people = personIds(ctx);
  for (const h of ctx.raw.history) {
    if (h && typeof h === 'object' && (h as { entity?: unknown }).entity === 'person') people.add((h as { entityId?: unknown }).entityId);
  }
  ctx.rows.history.forEach((h, i) => {
    if (!h) return;
    checkDay(ctx, 'history', i, h.day, firstDay, max);
    if (h.data.id !== h.entityId) ctx.report('history', i, 'entityId', 'error.accountJson.wrongEntity');
    else if (h.entity === 'account' ? h.data.id !== accountId : h.data.accountId !== accountId) {
      ctx.report('history', i, h.entity === 'account' ? 'data.id' : 'data.accountId', 'error.accountJson.wrongAccount');
    }
    if (h.entity !== 'relationship') return;
    const r = h.data;
    const unknown = !people.has(r.fromId) ? 'data.fromId' : !people.has(r.toId) ? 'data.toId' : null;
    if (unknown) return ctx.report('history', i, unknown, 'error.accountJson.unknownPerson');
    const problem = selfLinkProblem(r.fromId, r.toId) ?? storedStrengthProblem(r.type, r.strength);
    if (problem) reportRule(ctx, 'history', i, problem, 'data.');
  });
};

const snapshots: Rule = (ctx) => {
  const max = addDays(ctx.today, 1);
  const firstDay = accountFirstDay(ctx, max);
  const names = new Set<string>();
  ctx.rows.snapshots.forEach((s, i) => {
    if (!s) return;
    checkDay(ctx, 'snapshots', i, s.day, firstDay, max);
    if (names.has(s.name)) ctx.report('snapshots', i, 'name', 'error.snapshot.nameTaken', { name: s.name });
    names.add(s.name);
  });
};

/** The account, and every person and relationship in it now, has history whose last row is not a delete. */
const currentHaveHistory: Rule = (ctx) => {
  const lastOp = new Map<unknown, unknown>();
  for (const h of ctx.raw.history) if (h && typeof h === 'object') lastOp.set((h as { entityId?: unknown }).entityId, (h as { op?: unknown }).op);
  const live = (id: unknown) => lastOp.has(id) && lastOp.get(id) !== 'delete';
  if (ctx.rows.account && !live(ctx.rows.account.id)) ctx.report('account', null, null, 'error.accountJson.noHistory');
  for (const section of ['people', 'relationships'] as const) {
    ctx.rows[section].forEach((row, i) => {
      if (row && !live(row.id)) ctx.report(section, i, null, 'error.accountJson.noHistory');
    });
  }
};

export const RULES: readonly Rule[] = [idsAndAccount, oneTopDecisionMaker, relationships, positions, history, snapshots, currentHaveHistory];
