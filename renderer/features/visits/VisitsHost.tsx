// Always mounted with the window: keeps the open account's visits loaded, opens the visit form on
// Ctrl+Shift+L (⌘⇧L) with the people selected on the map, and shows the form when asked.
import { useEffect } from 'react';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { todayOrLocal, useTrends } from '../timeline/trends';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';
import { useVisits, visitsOf } from './store';
import { VisitDialog } from './VisitDialog';

/** Ctrl+Shift+L / ⌘⇧L: log a visit. */
export const isLogVisitShortcut = (e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean =>
  (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && (e.code === 'KeyL' || e.key.toLowerCase() === 'l');

/** Opens the form for a new visit held today with the selected people (nothing while the past is shown). */
export function openLogVisit(): void {
  if (selectReadOnly(useTimeTravel.getState()) || !useMap.getState().map) return;
  useVisits.getState().openForm({ mode: 'log', attendeeIds: [...useSelection.getState().personIds] });
}

export function VisitsHost() {
  const live = useMap((s) => s.map);
  const load = useVisits((s) => s.load);
  const request = useVisits((s) => s.form);
  const visits = useVisits((s) => (live ? visitsOf(s, live.account.id) : null));
  const closeForm = useVisits((s) => s.closeForm);
  const today = todayOrLocal(useTrends((s) => s.today));
  const accountId = live?.account.id ?? null;

  // A person deleted or renamed changes what the visits show: reload with the map.
  useEffect(() => {
    if (live) void load(live.account.id);
  }, [live, load]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLogVisitShortcut(e) || useVisits.getState().form || document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      openLogVisit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The account changed under an open form: close it rather than save to the wrong account.
  useEffect(() => {
    useVisits.getState().closeForm();
  }, [accountId]);

  if (!request || !live) return null;
  const visit = request.mode === 'edit' ? (visits?.find((v) => v.id === request.visitId) ?? null) : null;
  if (request.mode === 'edit' && !visit) return null;
  return <VisitDialog key={JSON.stringify(request)} request={request} map={live} visit={visit} today={today} onClose={closeForm} />;
}
