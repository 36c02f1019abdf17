// From the agenda to the map: open the step's account and select (and centre) one of its people;
// "Log the visit" also asks the visits feature to open its form for that account and those people.
import type { NextStepItem } from '../../../shared/visits/model';
import { focusPerson } from '../../graph/highlightFocus';
import { graph } from '../../graph/instance';
import { useAccounts } from '../../stores/accounts';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { usePanelTab } from '../ranking/panelTab';
import { useVisits } from '../visits/store';
import { useAgenda } from './store';

/** Resolves once the account's map is loaded (opening an account clears the selection first). */
function mapOf(accountId: string): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = useMap.subscribe((s) => {
      if (s.map?.account.id !== accountId) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Resolves once the map draws `personId` (the map gets a new account's people only after their label
 * faces have loaded), or after `waitMs` if it never does.
 */
function drawn(personId: string, waitMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const shows = () => graph.instance?.getElementById(personId).nonempty() ?? false;
    if (shows()) return resolve();
    const done = () => {
      off();
      clearTimeout(timer);
      resolve();
    };
    const off = graph.onChange(() => {
      if (shows()) done();
    });
    const timer = setTimeout(done, waitMs);
  });
}

export async function openInMap(accountId: string, personId: string | null): Promise<void> {
  useAgenda.getState().setOpen(false);
  usePanelTab.getState().setTab('people');
  if (useAccounts.getState().selectedId !== accountId || useMap.getState().map?.account.id !== accountId) {
    const loaded = mapOf(accountId);
    useAccounts.getState().select(accountId);
    await loaded;
  }
  if (!personId) return;
  useSelection.getState().selectPerson(personId);
  // Once the map has drawn the account's people (it fits them first).
  await drawn(personId);
  focusPerson(graph.instance, personId);
}

/** "Log the visit where this was done": the account opens and the visit form gets the step's people. */
export async function logVisitFor(item: NextStepItem): Promise<void> {
  await openInMap(item.accountId, null);
  useVisits.getState().openForm({ mode: 'log', attendeeIds: item.people.map((p) => p.personId), accountId: item.accountId });
}
