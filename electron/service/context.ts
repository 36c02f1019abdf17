// What every service module gets: the store, the clock, an id source and facts about the app.
import type { Store } from '../db/store';
import type { HistoryChange } from '../db/history';
import type { Method, ParsedInput, Result } from '../../shared/ipc/contract';
import { localDay, type Clock } from './clock';
import type { PlatformPort } from './files';
import { groupForRecord } from './undoScope';

export interface AppFacts {
  version: string;
  dbPath: string;
  systemLocale: string;
}

export interface ServiceContext {
  store: Store;
  clock: Clock;
  newId: () => string;
  app: AppFacts;
  /** Save dialogs and printing; absent where nothing can be saved (unit tests, benchmark). */
  platform?: PlatformPort;
}

/** The current instant as stored (`at`) and its local day (`day`). */
export function stamp(ctx: ServiceContext): { at: string; day: string } {
  const now = ctx.clock.now();
  return { at: now.toISOString(), day: localDay(now) };
}

/** Appends one history row (in the undo step of the call being run, if any); call inside the transaction that makes the change. */
export function record(ctx: ServiceContext, change: HistoryChange, when: { at: string; day: string }): void {
  ctx.store.history.record(change, when.at, when.day, groupForRecord(ctx, change));
}

/** A slice of the service whose methods answer synchronously (so they nest inside one transaction). */
export type SyncMethods<K extends Method> = { [M in K]: (input: ParsedInput<M>) => Result<M> };
