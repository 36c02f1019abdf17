// The open account's visits (newest first, plans included) and the visit form's request. Saving is one
// call; the people it changed (met, last contact, stance) go onto the map in one update.
import { create } from 'zustand';
import type { Visit, VisitWriteResult } from '../../../shared/visits/model';
import { call } from '../../api/client';
import { useAccounts } from '../../stores/accounts';
import { useMap } from '../../stores/map';
import type { VisitFields } from './visitForm';

/** What the form opens with: a new visit (held or planned) with these attendees, or a stored one. */
export type FormRequest =
  /** `accountId`: the account the form was asked for while it opens (the agenda opens the account first). */
  | { mode: 'log' | 'plan'; attendeeIds: string[]; accountId?: string }
  | { mode: 'edit'; visitId: string; logIt?: boolean };

interface VisitsState {
  accountId: string | null;
  list: Visit[] | null;
  error: unknown;
  form: FormRequest | null;
  load(accountId: string): Promise<void>;
  openForm(request: FormRequest): void;
  closeForm(): void;
  /** createVisit (no `visitId`) or updateVisit; reloads the list and the accounts, puts changed people on the map. */
  save(accountId: string, fields: VisitFields, visitId: string | null): Promise<VisitWriteResult>;
  remove(id: string): Promise<void>;
}

let request = 0;

export const useVisits = create<VisitsState>()((set, get) => ({
  accountId: null,
  list: null,
  error: null,
  form: null,
  async load(accountId) {
    const mine = ++request;
    if (get().accountId !== accountId) set({ accountId, list: null, error: null });
    try {
      const list = await call('listVisits', { accountId });
      if (mine === request) set({ accountId, list, error: null });
    } catch (error) {
      if (mine === request) set({ accountId, list: null, error });
    }
  },
  openForm(form) {
    set({ form });
  },
  closeForm() {
    set({ form: null });
  },
  async save(accountId, fields, visitId) {
    const result = visitId ? await call('updateVisit', { id: visitId, patch: fields }) : await call('createVisit', { accountId, ...fields });
    useMap.getState().applyPeople(result.people);
    await Promise.all([get().load(accountId), useAccounts.getState().load()]);
    return result;
  },
  async remove(id) {
    const accountId = get().accountId;
    await call('deleteVisit', { id });
    if (accountId) await get().load(accountId);
  },
}));

/** The account's visits when they are loaded for it, else null. */
export function visitsOf(state: Pick<VisitsState, 'accountId' | 'list'>, accountId: string): Visit[] | null {
  return state.accountId === accountId ? state.list : null;
}
