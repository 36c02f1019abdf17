// Toolbar button that opens the Backups screen (there even when no account is open: that is when it is needed most).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsDialog } from './BackupsDialog';

export function BackupsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('backups.open')}
      </button>
      {open ? <BackupsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
