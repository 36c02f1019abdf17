// Toolbar buttons for getting data out of and into the map: Export (image, brief, account file) and Import.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from '../../stores/map';
import { ImportDialog } from '../import/ImportDialog';
import { ExportDialog } from './ExportDialog';

export function ExportMenu() {
  const { t } = useTranslation();
  const map = useMap((s) => s.map);
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  if (!map) return null;
  return (
    <div className="toolbar-group toolbar-data">
      <button type="button" onClick={() => setOpen('export')}>
        {t('export.open')}
      </button>
      <button type="button" onClick={() => setOpen('import')}>
        {t('import.open')}
      </button>
      {open === 'export' ? <ExportDialog map={map} asOf={null} onClose={() => setOpen(null)} /> : null}
      {open === 'import' ? <ImportDialog accountId={map.account.id} accountName={map.account.name} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
