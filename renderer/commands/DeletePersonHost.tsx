// The one delete confirmation for a person, whoever asks for it (the person panel's button, the
// Delete key on the map, a menu): it names the person and how many relationships go with them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toPayload } from '../api/client';
import { describeError } from '../api/describe';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useMap } from '../stores/map';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';
import { setMapFocus, useMapFocus } from '../features/map/mapFocus';
import { useCommandDialogs } from './dialogs';

export function DeletePersonHost() {
  const { t } = useTranslation();
  const personId = useCommandDialogs((s) => s.deletePersonId);
  const map = useMap((s) => s.map);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const person = map?.people.find((p) => p.id === personId) ?? null;
  if (!map || !person) return null;
  const links = map.relationships.filter((r) => r.fromId === person.id || r.toId === person.id).length;
  const close = () => {
    setError(null);
    useCommandDialogs.getState().set({ deletePersonId: null });
  };
  const onDelete = async () => {
    setBusy(true);
    try {
      await useMap.getState().deletePerson(person.id);
      if (useSelection.getState().personIds.includes(person.id)) useSelection.getState().clear();
      if (useMapFocus.getState().personId === person.id) setMapFocus(null);
      useUi.getState().notify({ kind: 'info', key: 'person.deleted', params: { name: person.name } });
      close();
    } catch (err) {
      setError(describeError(t, toPayload(err)).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t('person.deleteTitle', { name: person.name })}
      body={t('person.deleteBody', { name: person.name, relationships: links })}
      confirmLabel={t('person.deleteConfirm')}
      busy={busy}
      error={error}
      onCancel={close}
      onConfirm={() => void onDelete()}
    />
  );
}
