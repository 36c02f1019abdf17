// What-if scenario: the open map with one change applied (shared/domain/scenario.ts), shown in place
// of the real map through the time-travel slot — so every view that shows "the map on screen" shows
// the scenario, editing is disabled and nothing dragged is saved — until "Back to the real map".
// Nothing is written: the scenario lives only in this store.
import { create } from 'zustand';
import { computeInfluence } from '../../../shared/domain/influence';
import type { AccountMap } from '../../../shared/domain/model';
import { applyScenario, supportBaseCount, type ScenarioKind } from '../../../shared/domain/scenario';
import type { AccountMapAsOf } from '../../../shared/history/types';
import { useSelection } from '../../stores/selection';
import { todayOrLocal } from '../timeline/trends';
import { useTimeTravel } from '../timetravel/store';

export interface ActiveScenario {
  personId: string;
  name: string;
  kind: ScenarioKind;
  /** Support base on the real map, and in the scenario. */
  supportFrom: number;
  supportTo: number;
  map: AccountMapAsOf;
}

interface ScenarioState {
  active: ActiveScenario | null;
  start(map: AccountMap, personId: string, kind: ScenarioKind): void;
  back(): void;
}

/** The scenario's map, shaped like a read-only day so the time-travel plumbing can show it. */
export function scenarioMap(map: AccountMap, personId: string, kind: ScenarioKind): AccountMapAsOf {
  const changed = applyScenario(map, { personId, kind });
  const scores = [...computeInfluence(changed.people, changed.relationships).values()];
  return { ...changed, day: todayOrLocal(null), isToday: false, scores, visits: [] };
}

export const useScenario = create<ScenarioState>()((set) => ({
  active: null,
  start(map, personId, kind) {
    const person = map.people.find((p) => p.id === personId);
    if (!person) return;
    const shown = scenarioMap(map, personId, kind);
    const active: ActiveScenario = { personId, name: person.name, kind, supportFrom: supportBaseCount(map.people), supportTo: supportBaseCount(shown.people), map: shown };
    // Someone who left is not there to be selected; a changed stance keeps the person in view.
    if (kind === 'left') useSelection.getState().clear();
    set({ active });
    useTimeTravel.setState({ day: null, map: shown, error: null });
  },
  back() {
    if (!useScenario.getState().active) return;
    set({ active: null });
    useTimeTravel.getState().back();
  },
}));

// Anything else taking the slot (a past day, today, another account) ends the scenario.
useTimeTravel.subscribe((s) => {
  const active = useScenario.getState().active;
  if (active && s.map !== active.map) useScenario.setState({ active: null });
});
