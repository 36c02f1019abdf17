// What the map's menu actions do, wired to the stores (personMenu.ts says which exist and when).
import type { TFunction } from 'i18next';
import type { Person } from '../../../shared/domain/model';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { graph } from '../../graph/instance';
import { setPathHighlight } from '../../graph/pathHighlight';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { nodeBox } from './nodeBox';
import { pathToTop } from './pathToTop';
import type { MenuEnv } from './personMenu';
import { useMapEdit } from './store';
import { useCommandDialogs } from '../../commands/dialogs';

export function menuEnv(t: TFunction): MenuEnv {
  const notify = useUi.getState().notify;
  const failed = (err: unknown) => notify({ kind: 'error', key: 'mapEdit.menu.failed', params: { message: describeError(t, toPayload(err)).message } });
  const boxOf = (person: Person) => {
    const node = graph.instance?.getElementById(person.id);
    return node && node.nonempty() ? nodeBox(node) : useMapEdit.getState().menu?.box;
  };
  return {
    async setStance(person, stance) {
      try {
        await useMap.getState().updatePerson(person.id, { stance });
        notify({ kind: 'info', key: 'mapEdit.menu.stanceSet', params: { name: person.name, stance: t(`stance.${stance}`) } });
      } catch (err) {
        failed(err);
      }
    },
    async setTopDecisionMaker(person, isTop) {
      try {
        const result = await useMap.getState().updatePerson(person.id, { isTopDecisionMaker: isTop });
        const prev = result.previousTopDecisionMaker;
        if (isTop && prev && prev.id !== person.id) notify({ kind: 'warning', key: 'person.tdmMoved', params: { name: person.name, previous: prev.name } });
        else notify({ kind: 'info', key: isTop ? 'mapEdit.menu.topSet' : 'mapEdit.menu.topUnset', params: { name: person.name } });
      } catch (err) {
        failed(err);
      }
    },
    addRelationship(person) {
      const box = boxOf(person);
      if (box) useMapEdit.getState().openConnect(person.id, null, box);
    },
    showPathToTop(person, map) {
      const path = pathToTop(map, person.id);
      const cy = graph.instance;
      if (!path || !cy) return;
      setPathHighlight(cy, path);
      useMapEdit.getState().setPathFor(person.id);
      notify({ kind: 'info', key: 'mapEdit.menu.pathShown', params: { chain: path.names.join(' → ') } });
    },
    deletePerson(person) {
      // The one delete confirmation of the app (renderer/commands/DeletePersonHost.tsx).
      useMapEdit.getState().close();
      useCommandDialogs.getState().set({ deletePersonId: person.id });
    },
  };
}
