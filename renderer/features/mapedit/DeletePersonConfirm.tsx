// "Delete person…" from the map's menu asks exactly as the person panel does, then deletes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { useUi } from '../../stores/ui';
import { useMapEdit } from './store';

export function DeletePersonConfirm({ map }: { map: AccountMap }) {
  const { t } = useTranslation();
  const deleting = useMapEdit((s) => s.deleting);
  const close = useMapEdit((s) => s.close);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const person = deleting ? map.people.find((p) => p.id === deleting) : undefined;
  if (!person) return null;
  const links = map.relationships.filter((r) => r.fromId === person.id || r.toId === person.id).length;

  const onConfirm = async () => {
    setBusy(true);
    try {
      await useMap.getState().deletePerson(person.id);
      const selection = useSelection.getState();
      if (selection.personIds.includes(person.id)) selection.clear();
      useUi.getState().notify({ kind: 'info', key: 'person.deleted', params: { name: person.name } });
      setError(null);
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
      onCancel={() => {
        setError(null);
        close();
      }}
      onConfirm={() => void onConfirm()}
    />
  );
}
