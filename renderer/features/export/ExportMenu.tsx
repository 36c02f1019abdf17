// Toolbar buttons for getting data out of and into the map: Export (image, brief, account file) and
// Import. While time-travelling the export shows the past map with its "as of" day; import is hidden
// then. During a what-if scenario neither is offered: a scenario is never exported or imported into.
// On a narrow toolbar (`more` given) Import joins the toolbar's other less-used actions in a More menu.
import { useState } from 'react';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { useTranslation } from 'react-i18next';
import { useMap } from '../../stores/map';
import { ImportDialog } from '../import/ImportDialog';
import { useTimeTravel } from '../timetravel/store';
import { useScenario } from '../scenario/store';
import { ExportDialog } from './ExportDialog';

export function ExportMenu({ more }: { more?: MenuItem[] }) {
  const { t } = useTranslation();
  const map = useMap((s) => s.map);
  const past = useTimeTravel((s) => s.map);
  const pastDay = useTimeTravel((s) => s.day);
  const scenario = useScenario((s) => s.active !== null);
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  // A what-if scenario is not the account: it is never exported (nor imported into).
  const moreMenu = (items: MenuItem[]) => (items.length > 0 ? <MenuButton label={t('map.moreTools')} text={t('map.more')} items={items} className="toolbar-more" /> : null);
  if (!map || scenario) return more ? moreMenu(more) : null;
  const shown = past && past.account.id === map.account.id ? past : map;
  const asOf = shown === past ? pastDay : null;
  const importItem: MenuItem[] = asOf === null ? [{ id: 'import', label: t('import.open'), onSelect: () => setOpen('import') }] : [];
  return (
    <div className="toolbar-group toolbar-data">
      <button type="button" onClick={() => setOpen('export')}>
        {t('export.open')}
      </button>
      {more ? moreMenu([...importItem, ...more]) : asOf === null ? (
        <button type="button" onClick={() => setOpen('import')}>
          {t('import.open')}
        </button>
      ) : null}
      {open === 'export' ? <ExportDialog map={shown} asOf={asOf} onClose={() => setOpen(null)} /> : null}
      {open === 'import' && asOf === null ? <ImportDialog accountId={map.account.id} accountName={map.account.name} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
