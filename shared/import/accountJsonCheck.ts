// Checking an account file row by row, with the app's rules: first every row of every section against
// its schema (accountJsonSchemas.ts), then the rules across rows (accountJsonRules.ts) on the rows that
// passed. Every problem is kept with its section, row and field; the file is refused if there is one.
//
// To add a section (say, visits in a version 2 file): add it to SectionName and SECTIONS, its rules to
// RULES, and words for `error.accountJson.where.<section>` in both languages.
import type { z } from 'zod';
import type { Account } from '../domain/model';
import type { ApiErrorPayload } from '../ipc/errors';
import type { AccountJson } from './accountJson';
import { accountSchema, historyDataSchemas, historyRecordSchema, personSchema, positionRecordSchema, relationshipSchema, snapshotSchema, type HistoryEntityName } from './accountJsonSchemas';
import { LISTED_PROBLEMS, RULES } from './accountJsonRules';

export type SectionName = 'account' | 'people' | 'relationships' | 'positions' | 'history' | 'snapshots';

export interface RowProblem {
  section: SectionName;
  /** 0-based row of the section; null for the account (a single object). */
  index: number | null;
  /** Dotted field inside the row ("name", "data.name"), or null for the row as a whole. */
  field: string | null;
  messageKey: string;
  params?: Record<string, string | number>;
}

/** The document after the shape checks: each row as parsed, or null where it broke its schema. */
export type CheckedRows = {
  [K in Exclude<SectionName, 'account'>]: Array<NonNullable<AccountJson[K]>[number] | null>;
} & { account: Account | null };

export interface RuleContext {
  rows: CheckedRows;
  /** The rows as they are in the file (to know the ids of rows that broke their schema). */
  raw: Record<SectionName, unknown[]>;
  /** The local day today. */
  today: string;
  report(section: SectionName, index: number | null, field: string | null, messageKey: string, params?: Record<string, string | number>): void;
}

export type Rule = (ctx: RuleContext) => void;

type Report = RuleContext['report'];

/** zod issues of one value, one problem per field (the first), prefixed with `prefix`. */
function reportIssues(issues: readonly z.core.$ZodIssue[], report: (field: string | null, key: string, params?: Record<string, string | number>) => void, prefix = ''): void {
  const seen = new Set<string>();
  for (const issue of issues) {
    let field = [prefix, ...issue.path.map(String)].filter((s) => s !== '').join('.');
    let key = issue.message.startsWith('error.') ? issue.message : 'error.invalidInput';
    if (issue.code === 'unrecognized_keys') {
      field = [field, issue.keys[0] ?? ''].filter((s) => s !== '').join('.');
      key = 'error.accountJson.unknownField';
    }
    if (seen.has(field)) continue;
    seen.add(field);
    const max = issue.code === 'too_big' ? Number(issue.maximum) : NaN;
    report(field === '' ? null : field, key, Number.isFinite(max) ? { max } : undefined);
  }
}

interface SectionSpec {
  name: SectionName;
  /** The row as the app would hold it, or null after reporting what is wrong with it. */
  parse(raw: unknown, report: (field: string | null, key: string, params?: Record<string, string | number>) => void): unknown;
}

const bySchema =
  (schema: z.ZodType): SectionSpec['parse'] =>
  (raw, report) => {
    const r = schema.safeParse(raw);
    if (r.success) return r.data;
    reportIssues(r.error.issues, report);
    return null;
  };

/** A history row, and its `data` checked as the entity it describes. */
const parseHistoryRow: SectionSpec['parse'] = (raw, report) => {
  const row = historyRecordSchema.safeParse(raw);
  const entity = (raw as { entity?: unknown } | null)?.entity;
  const dataSchema = typeof entity === 'string' && Object.hasOwn(historyDataSchemas, entity) ? historyDataSchemas[entity as HistoryEntityName] : null;
  const data = dataSchema && typeof (raw as { data?: unknown }).data === 'object' ? dataSchema.safeParse((raw as { data: unknown }).data) : null;
  if (!row.success) reportIssues(row.error.issues, report);
  if (data && !data.success) reportIssues(data.error.issues, report, 'data');
  return row.success && data?.success ? { ...row.data, data: data.data } : null;
};

export const SECTIONS: readonly SectionSpec[] = [
  { name: 'account', parse: bySchema(accountSchema) },
  { name: 'people', parse: bySchema(personSchema) },
  { name: 'relationships', parse: bySchema(relationshipSchema) },
  { name: 'positions', parse: bySchema(positionRecordSchema) },
  { name: 'history', parse: parseHistoryRow },
  { name: 'snapshots', parse: bySchema(snapshotSchema) },
];

const ORDER = new Map(SECTIONS.map((s, i) => [s.name, i]));

/**
 * Checks every row of `file` (the sections as arrays; `account` as a one-row array). Returns the
 * parsed document, or every problem in file order (section, then row).
 */
export function checkRows(raw: Record<SectionName, unknown[]>, today: string): { ok: true; rows: CheckedRows } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const report: Report = (section, index, field, messageKey, params) => problems.push({ section, index, field, messageKey, ...(params ? { params } : {}) });
  const parsed = {} as Record<SectionName, unknown[]>;
  for (const spec of SECTIONS) {
    parsed[spec.name] = raw[spec.name].map((row, i) => {
      const index = spec.name === 'account' ? null : i;
      return spec.parse(row, (field, key, params) => report(spec.name, index, field, key, params));
    });
  }
  const rows = { ...parsed, account: (parsed.account[0] as Account | null) ?? null } as unknown as CheckedRows;
  const ctx: RuleContext = { rows, raw, today, report };
  for (const rule of RULES) rule(ctx);
  if (problems.length === 0) return { ok: true, rows };
  problems.sort((a, b) => ORDER.get(a.section)! - ORDER.get(b.section)! || (a.index ?? -1) - (b.index ?? -1));
  return { ok: false, problems };
}

// ---- Words for the first problem -----------------------------------------------------------------

/** Text from the file made safe to show inside a message: one line, short, no i18n syntax. */
export function shown(value: unknown): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  const line = value.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').replace(/\$t\(|\{\{|\}\}/g, ' ').replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function labelOf(p: RowProblem, raw: Record<SectionName, unknown[]>): Record<string, string | number> {
  const row = (p.index === null ? raw[p.section][0] : raw[p.section][p.index]) as Record<string, unknown> | undefined;
  const field = (k: string) => (row && typeof row === 'object' ? row[k] : undefined);
  const nameOf = (personId: unknown) => shown((raw.people as Array<Record<string, unknown> | null>).find((x) => x && typeof x === 'object' && x.id === personId)?.name) || '?';
  switch (p.section) {
    case 'relationships':
      return { name: `${nameOf(field('fromId'))} → ${nameOf(field('toId'))}` };
    case 'positions':
      return { name: nameOf(field('personId')) };
    case 'history': {
      const data = field('data') as Record<string, unknown> | undefined;
      return { name: shown(data && typeof data === 'object' ? data.name : '') || '?', day: shown(field('day')) || '?' };
    }
    default:
      return { name: shown(field('name')) || '?' };
  }
}

/** The typed error for a refused file: the first problem in words, every problem (up to a cap) as an issue. */
export function refusal(problems: readonly RowProblem[], raw: Record<SectionName, unknown[]>): ApiErrorPayload {
  const first = problems[0]!;
  const pathOf = (p: RowProblem) => [p.section, p.index ?? '', p.field ?? ''].filter((s) => s !== '').join('.');
  return {
    code: 'validation',
    messageKey: first.field === null ? 'error.accountJson.rejectedRow' : 'error.accountJson.rejected',
    params: {
      ...first.params,
      ...labelOf(first, raw),
      problems: problems.length,
      section: first.section,
      row: first.index === null ? 1 : first.index + 1,
      field: first.field ?? '',
      reason: first.messageKey,
    },
    issues: problems.slice(0, LISTED_PROBLEMS).map((p) => ({ path: pathOf(p), messageKey: p.messageKey })),
  };
}
