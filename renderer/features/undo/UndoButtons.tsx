// Undo / Redo as a small control group on the map's corner, beside the zoom (the toolbar rows are
// full on a laptop); the tooltip names what they would undo ("Undo: change Sun
// Meihua's stance"). The state is read again whenever the map or the accounts list changes, and on
// hover or focus.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../../stores/accounts';
import { useMap } from '../../stores/map';
import { stepWords, useUndo } from './undoStore';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';
import './undo.css';

export function UndoButtons() {
  const { t } = useTranslation();
  const map = useMap((s) => s.map);
  // Edits that only refresh the accounts list (archive, details) change it, not the map.
  const accounts = useAccounts((s) => s.list);
  const state = useUndo((s) => s.state);
  const busy = useUndo((s) => s.busy);
  const run = useUndo((s) => s.run);
  const refresh = useUndo((s) => s.refresh);
  // The past and a what-if scenario are read-only: nothing to undo there.
  const readOnly = useTimeTravel(selectReadOnly);
  useEffect(() => {
    void refresh();
  }, [map, accounts, refresh]);

  if (readOnly) return null;
  const live = state && state.accountId === map?.account.id ? state : null;
  const undoText = live?.undo ? t('undo.undoWhat', { what: stepWords(live.undo, t) }) : t('undo.nothingToUndo');
  const redoText = live?.redo ? t('undo.redoWhat', { what: stepWords(live.redo, t) }) : t('undo.nothingToRedo');
  const fresh = () => void refresh();
  return (
    <div className="map-undo" role="group" aria-label={t('undo.controls')} onPointerEnter={fresh} onFocus={fresh}>
      <button type="button" title={`${undoText} (${t('undo.shortcutUndo')})`} aria-label={undoText} aria-keyshortcuts="Control+Z Meta+Z" disabled={busy || !live?.undo} onClick={() => void run('undo')}>
        <span aria-hidden="true">↶</span>
      </button>
      <button type="button" title={`${redoText} (${t('undo.shortcutRedo')})`} aria-label={redoText} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" disabled={busy || !live?.redo} onClick={() => void run('redo')}>
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
