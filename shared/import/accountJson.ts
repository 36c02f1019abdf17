// The account JSON file format (documented in README, "Account JSON"): one account with everything
// needed to rebuild it elsewhere, including its full history and saved positions.
//
//   { "format": "powermap.account", "version": 1, "exportedAt": ISO instant, "appVersion": "0.1.0",
//     "account": Account, "people": Person[], "relationships": Relationship[],
//     "positions": [{ "personId", "layout", "x", "y" }],
//     "history": [{ "entity", "entityId", "op", "at", "day", "data" }],  // in log order
//     "snapshots": [{ "id", "accountId", "name", "day", "createdAt" }] }  // named days (optional)
//
// Objects use the camelCase shapes of shared/domain/model.ts. Importing always creates a NEW
// account: every id is replaced, consistently, everywhere it occurs (history rows included).
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import type { Account, LayoutName, Person, Relationship } from '../domain/model';
import type { Snapshot } from '../history/types';
import { buyingRole, layoutName, relationshipStage, relationshipType, stance } from '../domain/schemas';

export const ACCOUNT_JSON_FORMAT = 'powermap.account';
export const ACCOUNT_JSON_VERSION = 1;

const idStr = z.string().min(1).max(64);
const instant = z.string().min(10).max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const rating = z.number().int().min(LIMITS.ratingMin).max(LIMITS.ratingMax);

export const accountSchema = z
  .object({
    id: idStr,
    name: z.string().min(1).max(LIMITS.nameMax),
    segment: text(LIMITS.segmentMax),
    notes: text(LIMITS.notesMax),
    stage: relationshipStage,
    productFit: z.boolean(),
    centralizedPurchasing: z.boolean(),
    budgetAmount: z.number().finite().min(0).max(LIMITS.budgetMax).nullable(),
    budgetCycle: text(LIMITS.shortTextMax),
    budgetProcess: text(LIMITS.notesMax),
    archived: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
  })
  .strict();

export const personSchema = z
  .object({
    id: idStr,
    accountId: idStr,
    name: z.string().min(1).max(LIMITS.nameMax),
    title: text(LIMITS.titleMax),
    department: text(LIMITS.departmentMax),
    buyingRole,
    stance,
    isTopDecisionMaker: z.boolean(),
    // null = not rated (files written before ratings could be not rated always have numbers).
    authority: rating.nullable(),
    expertise: rating.nullable(),
    accessToTop: rating.nullable(),
    pinnedScore: z.number().min(LIMITS.scoreMin).max(LIMITS.scoreMax).nullable(),
    met: z.boolean(),
    lastContact: day.nullable(),
    notes: text(LIMITS.notesMax),
    createdAt: instant,
    updatedAt: instant,
  })
  .strict();

export const relationshipSchema = z
  .object({
    id: idStr,
    accountId: idStr,
    fromId: idStr,
    toId: idStr,
    type: relationshipType,
    strength: z.number().int().min(LIMITS.strengthMin).max(LIMITS.strengthMax).nullable(),
    createdAt: instant,
  })
  .strict();

export const positionRecordSchema = z
  .object({ personId: idStr, layout: layoutName, x: z.number().finite(), y: z.number().finite() })
  .strict();

export const historyRecordSchema = z
  .object({
    entity: z.enum(['account', 'person', 'relationship']),
    entityId: idStr,
    op: z.enum(['create', 'update', 'delete']),
    at: instant,
    day,
    // The entity's full state; checked against its own schema below.
    data: z.record(z.string(), z.unknown()),
  })
  .strict();

export const snapshotSchema = z
  .object({ id: idStr, accountId: idStr, name: z.string().min(1).max(LIMITS.nameMax), day, createdAt: instant })
  .strict();

export const accountJsonSchema = z
  .object({
    format: z.literal(ACCOUNT_JSON_FORMAT),
    version: z.literal(ACCOUNT_JSON_VERSION),
    exportedAt: instant,
    appVersion: z.string().max(40).optional(),
    account: accountSchema,
    people: z.array(personSchema).max(LIMITS.peoplePerAccountMax),
    relationships: z.array(relationshipSchema),
    positions: z.array(positionRecordSchema),
    history: z.array(historyRecordSchema),
    snapshots: z.array(snapshotSchema).optional(),
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
  version: typeof ACCOUNT_JSON_VERSION;
  exportedAt: string;
  appVersion?: string;
  account: Account;
  people: Person[];
  relationships: Relationship[];
  positions: PositionRecord[];
  history: HistoryRecord[];
  snapshots?: Snapshot[];
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

export interface AccountJsonProblem {
  messageKey: string;
  params?: Record<string, string | number>;
  /** Dotted path of the first offending value, e.g. "people.3.stance". */
  path?: string;
}

/** Parse and check a document: JSON, format, version, shapes, and that every reference points inside it. */
export function parseAccountJson(raw: string): { ok: true; doc: AccountJson } | { ok: false; problem: AccountJsonProblem } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: { messageKey: 'error.accountJson.notJson' } };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== ACCOUNT_JSON_FORMAT) {
    return { ok: false, problem: { messageKey: 'error.accountJson.notPowermap' } };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > ACCOUNT_JSON_VERSION) {
    return { ok: false, problem: { messageKey: 'error.accountJson.tooNew', params: { version, known: ACCOUNT_JSON_VERSION } } };
  }
  const parsed = accountJsonSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: { messageKey: 'error.accountJson.invalid', path: first ? first.path.map(String).join('.') : '', params: { path: first ? first.path.map(String).join('.') : '' } } };
  }
  const doc = parsed.data as unknown as AccountJson;
  const broken = (path: string): { ok: false; problem: AccountJsonProblem } => ({ ok: false, problem: { messageKey: 'error.accountJson.brokenReference', path, params: { path } } });
  const accountId = doc.account.id;
  const personIds = new Set<string>();
  for (const [i, p] of doc.people.entries()) {
    if (p.accountId !== accountId || personIds.has(p.id)) return broken(`people.${i}`);
    personIds.add(p.id);
  }
  if (doc.people.filter((p) => p.isTopDecisionMaker).length > 1) return broken('people.isTopDecisionMaker');
  const relIds = new Set<string>();
  for (const [i, r] of doc.relationships.entries()) {
    if (r.accountId !== accountId || !personIds.has(r.fromId) || !personIds.has(r.toId) || r.fromId === r.toId || relIds.has(r.id)) return broken(`relationships.${i}`);
    relIds.add(r.id);
  }
  for (const [i, p] of doc.positions.entries()) if (!personIds.has(p.personId)) return broken(`positions.${i}`);
  for (const [i, sn] of (doc.snapshots ?? []).entries()) if (sn.accountId !== accountId) return broken(`snapshots.${i}`);
  for (const [i, h] of doc.history.entries()) {
    const schema = h.entity === 'account' ? accountSchema : h.entity === 'person' ? personSchema : relationshipSchema;
    const data = schema.safeParse(h.data);
    if (!data.success) return { ok: false, problem: { messageKey: 'error.accountJson.invalid', path: `history.${i}.data`, params: { path: `history.${i}.data` } } };
    const d = data.data as { id: string; accountId?: string };
    if (d.id !== h.entityId || (h.entity === 'account' ? d.id !== accountId : d.accountId !== accountId)) return broken(`history.${i}`);
  }
  return { ok: true, doc };
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
    history: doc.history.map((h): HistoryRecord => {
      if (h.entity === 'account') return { ...h, entityId: to(h.entityId), data: acc(h.data) };
      if (h.entity === 'person') return { ...h, entityId: to(h.entityId), data: per(h.data) };
      return { ...h, entityId: to(h.entityId), data: rel(h.data) };
    }),
  };
}
