// The account JSON file format (documented in README, "Account JSON"): one account with everything
// needed to rebuild it elsewhere, including its full history and saved positions.
//
//   { "format": "powermap.account", "version": 1, "exportedAt": ISO instant, "appVersion": "0.1.0",
//     "account": Account, "people": Person[], "relationships": Relationship[],
//     "positions": [{ "personId", "layout", "x", "y" }],
//     "history": [{ "entity", "entityId", "op", "at", "day", "data" }],  // in log order
//     "snapshots": [{ "id", "accountId", "name", "day", "createdAt" }],  // named days (optional)
//     "visits": { … } }  // version 2: visits, yearly purchases (shared/visits/accountJsonSection.ts)
//
// Objects use the camelCase shapes of shared/domain/model.ts. Importing always creates a NEW
// account: every id is replaced, consistently, everywhere it occurs (history rows included). A file
// is held to the app's own rules, row by row (accountJsonCheck.ts), and refused whole if one breaks.
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import type { Account, LayoutName, Person, Relationship } from '../domain/model';
import type { Snapshot } from '../history/types';
import type { ApiErrorPayload } from '../ipc/errors';
import { checkRows, refusal, type SectionName } from './accountJsonCheck';
import { instant } from './accountJsonSchemas';
import { checkVisitsSection, remapVisitsSection, type VisitsSection } from '../visits/accountJsonSection';

export const ACCOUNT_JSON_FORMAT = 'powermap.account';
/** 2 added the visits section; version-1 files still import. */
export const ACCOUNT_JSON_VERSION = 2;

/** The document's frame; its rows are checked one by one afterwards (accountJsonCheck.ts). */
const envelopeSchema = z
  .object({
    format: z.literal(ACCOUNT_JSON_FORMAT),
    version: z.number().int().min(1).max(ACCOUNT_JSON_VERSION),
    exportedAt: instant,
    appVersion: z.string().max(40).optional(),
    account: z.record(z.string(), z.unknown()),
    people: z.array(z.unknown()).max(LIMITS.peoplePerAccountMax),
    relationships: z.array(z.unknown()),
    positions: z.array(z.unknown()),
    history: z.array(z.unknown()),
    snapshots: z.array(z.unknown()).optional(),
    visits: z.unknown().optional(),
  })
  .strict();

export interface PositionRecord {
  personId: string;
  layout: LayoutName;
  x: number;
  y: number;
}

export type HistoryRecord =
  | { entity: 'account'; entityId: string; op: 'create' | 'update' | 'delete'; at: string; day: string; data: Account }
  | { entity: 'person'; entityId: string; op: 'create' | 'update' | 'delete'; at: string; day: string; data: Person }
  | { entity: 'relationship'; entityId: string; op: 'create' | 'update' | 'delete'; at: string; day: string; data: Relationship };

export interface AccountJson {
  format: typeof ACCOUNT_JSON_FORMAT;
  version: number;
  exportedAt: string;
  appVersion?: string;
  account: Account;
  people: Person[];
  relationships: Relationship[];
  positions: PositionRecord[];
  history: HistoryRecord[];
  snapshots?: Snapshot[];
  visits?: VisitsSection;
}

export interface AccountJsonExport {
  /** Suggested file name, e.g. "贝乐母婴连锁-2026-11-27.powermap.json". */
  fileName: string;
  json: string;
}

export interface AccountJsonImportResult {
  account: Account;
  people: number;
  relationships: number;
  positions: number;
  historyRows: number;
}

const fileProblem = (messageKey: string, params?: Record<string, string | number>): ApiErrorPayload => ({
  code: 'validation',
  messageKey,
  ...(params ? { params } : {}),
  ...(params && typeof params.path === 'string' ? { issues: [{ path: params.path, messageKey }] } : {}),
});

/**
 * Parse and check a document: JSON, format, version, its frame, then every row with the app's own
 * schemas and rules (see accountJsonCheck.ts). `today` is the local day (no history day after tomorrow).
 * A refusal is the typed error to answer with: the first problem in words, each problem as an issue.
 */
export function parseAccountJson(raw: string, today: string): { ok: true; doc: AccountJson } | { ok: false; error: ApiErrorPayload } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: fileProblem('error.accountJson.notJson') };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== ACCOUNT_JSON_FORMAT) {
    return { ok: false, error: fileProblem('error.accountJson.notPowermap') };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > ACCOUNT_JSON_VERSION) {
    return { ok: false, error: fileProblem('error.accountJson.tooNew', { version, known: ACCOUNT_JSON_VERSION }) };
  }
  const frame = envelopeSchema.safeParse(value);
  if (!frame.success) {
    const first = frame.error.issues[0];
    return { ok: false, error: fileProblem('error.accountJson.invalid', { path: first ? first.path.map(String).join('.') : '' }) };
  }
  const f = frame.data;
  const sections: Record<SectionName, unknown[]> = {
    account: [f.account],
    people: f.people,
    relationships: f.relationships,
    positions: f.positions,
    history: f.history,
    snapshots: f.snapshots ?? [],
  };
  const checked = checkRows(sections, today);
  if (!checked.ok) return { ok: false, error: refusal(checked.problems, sections) };
  const visits = f.visits === undefined ? null : checkVisitsSection(f.visits, checked.rows.account?.id ?? '', new Set(checked.rows.people.map((p) => p?.id ?? '')));
  if (visits !== null && !visits.ok) return { ok: false, error: fileProblem(visits.messageKey, { path: visits.path }) };
  const rows = checked.rows as unknown as Omit<AccountJson, 'format' | 'version' | 'exportedAt' | 'appVersion'>;
  return {
    ok: true,
    doc: {
      format: ACCOUNT_JSON_FORMAT,
      version: ACCOUNT_JSON_VERSION,
      exportedAt: f.exportedAt,
      ...(f.appVersion !== undefined ? { appVersion: f.appVersion } : {}),
      account: rows.account,
      people: rows.people,
      relationships: rows.relationships,
      positions: rows.positions,
      history: rows.history,
      ...(f.snapshots ? { snapshots: rows.snapshots ?? [] } : {}),
      ...(visits !== null ? { visits: visits.section } : {}),
    },
  };
}

/**
 * The same document with every id replaced through `newId` (one new id per old id, used everywhere
 * it occurs). History may mention people and relationships that were deleted since; they get new ids too.
 */
export function remapAccountJson(doc: AccountJson, newId: () => string): AccountJson {
  const map = new Map<string, string>();
  const to = (old: string): string => {
    let n = map.get(old);
    if (n === undefined) {
      n = newId();
      map.set(old, n);
    }
    return n;
  };
  const acc = (a: Account): Account => ({ ...a, id: to(a.id) });
  const per = (p: Person): Person => ({ ...p, id: to(p.id), accountId: to(p.accountId) });
  const rel = (r: Relationship): Relationship => ({ ...r, id: to(r.id), accountId: to(r.accountId), fromId: to(r.fromId), toId: to(r.toId) });
  return {
    ...doc,
    account: acc(doc.account),
    people: doc.people.map(per),
    relationships: doc.relationships.map(rel),
    positions: doc.positions.map((p) => ({ ...p, personId: to(p.personId) })),
    ...(doc.snapshots ? { snapshots: doc.snapshots.map((sn) => ({ ...sn, id: to(sn.id), accountId: to(sn.accountId) })) } : {}),
    ...(doc.visits ? { visits: remapVisitsSection(doc.visits, to) } : {}),
    history: doc.history.map((h): HistoryRecord => {
      if (h.entity === 'account') return { ...h, entityId: to(h.entityId), data: acc(h.data) };
      if (h.entity === 'person') return { ...h, entityId: to(h.entityId), data: per(h.data) };
      return { ...h, entityId: to(h.entityId), data: rel(h.data) };
    }),
  };
}
