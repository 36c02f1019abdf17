// Toolbar buttons for getting data out of and into the map: Export (image, brief, account file) and
// Import. While time-travelling the export shows the past map with its "as of" day; import is hidden
// then. During a what-if scenario neither is offered: a scenario is never exported or imported into.
// On a narrow toolbar (`more` given) Import joins the toolbar's other less-used actions in a More menu.
import { useEffect } from 'react';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { useTranslation } from 'react-i18next';
import { useMap } from '../../stores/map';
import { ImportDialog } from '../import/ImportDialog';
import { useTimeTravel } from '../timetravel/store';
import { useScenario } from '../scenario/store';
import { ExportDialog } from './ExportDialog';
import { useCommandDialogs } from '../../commands/dialogs';

export function ExportMenu({ more }: { more?: MenuItem[] }) {
  const { t } = useTranslation();
  const map = useMap((s) => s.map);
  const past = useTimeTravel((s) => s.map);
  const pastDay = useTimeTravel((s) => s.day);
  const scenario = useScenario((s) => s.active !== null);
  const importing = useCommandDialogs((s) => s.importOpen);
  const setImporting = (importOpen: boolean) => useCommandDialogs.getState().set({ importOpen });
  // The dialogs close with the toolbar (the visit brief replaces the map screen): back on the map, none reopens.
  useEffect(() => () => useCommandDialogs.getState().set({ exportOpen: false, importOpen: false }), []);
  // Export is also a command (the palette, the menus): its dialog's open state is the commands' one.
  const exporting = useCommandDialogs((s) => s.exportOpen);
  const setExporting = (exportOpen: boolean) => useCommandDialogs.getState().set({ exportOpen });
  // A what-if scenario is not the account: it is never exported (nor imported into).
  const moreMenu = (items: MenuItem[]) => (items.length > 0 ? <MenuButton label={t('map.moreTools')} text={t('map.more')} items={items} className="toolbar-more" /> : null);
  if (!map || scenario) return more ? moreMenu(more) : null;
  const shown = past && past.account.id === map.account.id ? past : map;
  const asOf = shown === past ? pastDay : null;
  const importItem: MenuItem[] = asOf === null ? [{ id: 'import', label: t('import.open'), onSelect: () => setImporting(true) }] : [];
  return (
    <div className="toolbar-group toolbar-data">
      <button type="button" onClick={() => setExporting(true)}>
        {t('export.open')}
      </button>
      {more ? moreMenu([...importItem, ...more]) : asOf === null ? (
        <button type="button" onClick={() => setImporting(true)}>
          {t('import.open')}
        </button>
      ) : null}
      {exporting ? <ExportDialog map={shown} asOf={asOf} onClose={() => setExporting(false)} /> : null}
      {importing && asOf === null ? <ImportDialog accountId={map.account.id} accountName={map.account.name} onClose={() => setImporting(false)} /> : null}
    </div>
  );
}
