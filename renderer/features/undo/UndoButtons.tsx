// Undo / Redo as a small control group on the map's corner, beside the zoom (the toolbar rows are
// full on a laptop); the tooltip names what they would undo ("Undo: change Sun
// Meihua's stance"). The state is read when an account opens, comes with every edit's answer
// (api/client.ts onChanged), and is read again on hover or focus.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from '../../stores/map';
import { stepWords, useUndo } from './undoStore';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';
import './undo.css';

export function UndoButtons() {
  const { t } = useTranslation();
  const map = useMap((s) => s.map);
  const accountId = map?.account.id ?? null;
  const state = useUndo((s) => s.state);
  const busy = useUndo((s) => s.busy);
  const run = useUndo((s) => s.run);
  const refresh = useUndo((s) => s.refresh);
  // The past and a what-if scenario are read-only: nothing to undo there.
  const readOnly = useTimeTravel(selectReadOnly);
  useEffect(() => {
    void refresh();
  }, [accountId, refresh]);

  if (readOnly) return null;
  const live = state && state.accountId === map?.account.id ? state : null;
  const undoText = live?.undo ? t('undo.undoWhat', { what: stepWords(live.undo, t) }) : t('undo.nothingToUndo');
  const redoText = live?.redo ? t('undo.redoWhat', { what: stepWords(live.redo, t) }) : t('undo.nothingToRedo');
  const fresh = () => void refresh();
  return (
    <div className="map-undo" role="group" aria-label={t('undo.controls')} onPointerEnter={fresh} onFocus={fresh}>
      <button type="button" title={`${undoText} (${t('undo.shortcutUndo')})`} aria-label={undoText} aria-keyshortcuts="Control+Z Meta+Z" disabled={busy || !live?.undo} onClick={() => void run('undo')}>
        <UndoArrow />
      </button>
      <button type="button" title={`${redoText} (${t('undo.shortcutRedo')})`} aria-label={redoText} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" disabled={busy || !live?.redo} onClick={() => void run('redo')}>
        <UndoArrow mirrored />
      </button>
    </div>
  );
}

/** A curved arrow drawn, not typed: no font has to carry ↶ ↷. */
function UndoArrow({ mirrored = false }: { mirrored?: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={mirrored ? { transform: 'scaleX(-1)' } : undefined}>
      <path d="M4.5 6.5h6a3.5 3.5 0 0 1 0 7H7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <path d="M7 3.5 4 6.5l3 3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
