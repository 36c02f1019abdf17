// The one contract between the renderer and the main process. Every call the renderer can make is
// listed here with its input schema and result type; preload, IPC registration, the browser
// harness and the service are all derived from it.
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import type { Account, AccountMap, AccountSummary, Person, Relationship } from '../domain/model';
import { accountFields, id, layoutName, personFields, position, relationshipType } from '../domain/schemas';
import { historyInputs } from '../history/schemas';
import type { AccountChanges, AccountMapAsOf, Snapshot, SupportSeries, SupportTrend } from '../history/types';
import { importCalls } from '../import/contractCalls';
import { fileCalls } from '../export/contractCalls';
import { visitCalls } from '../visits/contractCalls';
import { coachingCalls } from '../coaching/contractCalls';
import { undoCalls } from '../history/undo';
import { viewStateCalls } from '../viewState/contractCalls';

const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>() => ({ input, result: undefined as unknown as R }),
});

export interface PersonWriteResult {
  person: Person;
  /** When this write made the person the top decision-maker, who lost the flag (if anyone). */
  previousTopDecisionMaker: Person | null;
}

export interface DeletionImpact {
  people: number;
  relationships: number;
}

export interface AppInfo {
  version: string;
  dbPath: string;
  /** The operating system's locale, e.g. "zh-CN" or "en-US". */
  systemLocale: string;
  /** The language the rep chose in the app, or null to follow the OS. */
  language: 'en' | 'zh-CN' | null;
  /** The colour theme the rep chose in the app, or null to follow the OS (prefers-color-scheme). */
  theme: 'light' | 'dark' | null;
}

export const contract = {
  getAppInfo: call(z.object({}).strict()).returns<AppInfo>(),
  setLanguage: call(z.object({ language: z.enum(['en', 'zh-CN']).nullable() }).strict()).returns<void>(),
  setTheme: call(z.object({ theme: z.enum(['light', 'dark']).nullable() }).strict()).returns<void>(),

  listAccounts: call(z.object({ includeArchived: z.boolean().optional() }).strict()).returns<AccountSummary[]>(),
  createAccount: call(accountFields.strict()).returns<Account>(),
  updateAccount: call(z.object({ id, patch: accountFields.partial().strict() }).strict()).returns<Account>(),
  setAccountArchived: call(z.object({ id, archived: z.boolean() }).strict()).returns<Account>(),
  getDeletionImpact: call(z.object({ id }).strict()).returns<DeletionImpact>(),
  deleteAccount: call(z.object({ id }).strict()).returns<DeletionImpact>(),

  getAccountMap: call(z.object({ accountId: id, layout: layoutName.optional() }).strict()).returns<AccountMap>(),

  createPerson: call(personFields.extend({ accountId: id }).strict()).returns<PersonWriteResult>(),
  updatePerson: call(z.object({ id, patch: personFields.partial().strict() }).strict()).returns<PersonWriteResult>(),
  deletePerson: call(z.object({ id }).strict()).returns<DeletionImpact>(),

  createRelationship: call(
    z
      .object({
        accountId: id,
        fromId: id,
        toId: id,
        type: relationshipType,
        strength: z.number().int().min(LIMITS.strengthMin).max(LIMITS.strengthMax).nullable().optional(),
      })
      .strict(),
  ).returns<Relationship>(),
  updateRelationship: call(
    z.object({ id, strength: z.number().int().min(LIMITS.strengthMin).max(LIMITS.strengthMax) }).strict(),
  ).returns<Relationship>(),
  deleteRelationship: call(z.object({ id }).strict()).returns<void>(),

  savePositions: call(
    z
      .object({
        accountId: id,
        layout: layoutName,
        positions: z.array(position).max(LIMITS.peoplePerAccountMax),
        /** false: a computed layout being kept, not an edit (no undo step). Default true: a drag. */
        undoable: z.boolean().optional(),
      })
      .strict(),
  ).returns<void>(),

  // Support base over time (shared/history): the map as of a day, the daily series, what changed, trends.
  getAccountMapAsOf: call(historyInputs.getAccountMapAsOf).returns<AccountMapAsOf>(),
  getSupportSeries: call(historyInputs.getSupportSeries).returns<SupportSeries>(),
  getChanges: call(historyInputs.getChanges).returns<AccountChanges>(),
  getSupportTrends: call(historyInputs.getSupportTrends).returns<SupportTrend[]>(),
  listSnapshots: call(historyInputs.listSnapshots).returns<Snapshot[]>(),
  createSnapshot: call(historyInputs.createSnapshot).returns<Snapshot>(),
  renameSnapshot: call(historyInputs.renameSnapshot).returns<Snapshot>(),
  deleteSnapshot: call(historyInputs.deleteSnapshot).returns<void>(),

  // Import from CSV/XLSX, account JSON, backups and start-up recovery (shared/import/contractInputs.ts).
  ...importCalls,

  // Saving exports through the platform's save dialog (shared/export/contractCalls.ts).
  ...fileCalls,

  // Visits, next steps and yearly purchases (shared/visits/contractCalls.ts).
  ...visitCalls,

  // Coaching warnings and paths to power (shared/coaching/contractCalls.ts).
  ...coachingCalls,

  // Undo and redo of every edit, kept across restarts (shared/history/undo.ts).
  ...undoCalls,
  // How the rep left the view: panes, legend, open account and tab (shared/viewState/contractCalls.ts).
  ...viewStateCalls,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Result<M extends Method> = Contract[M]['result'];

export const CHANNEL_PREFIX = 'powermap:';
export const channelOf = (method: Method): string => `${CHANNEL_PREFIX}${method}`;
export const METHODS = Object.keys(contract) as Method[];
