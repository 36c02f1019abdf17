// With no account open (e.g. a new install), the one way in is a whole account file: this button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from '../../stores/map';
import { ImportDialog } from './ImportDialog';

export function AccountImportButton() {
  const { t } = useTranslation();
  const hasMap = useMap((s) => s.map !== null);
  const [open, setOpen] = useState(false);
  if (hasMap && !open) return null;
  return (
    <>
      {hasMap ? null : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('import.accountButton')}
        </button>
      )}
      {open ? <ImportDialog accountId={null} accountName="" onClose={() => setOpen(false)} /> : null}
    </>
  );
}
