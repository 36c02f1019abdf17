// Always mounted with the window: keeps the open account's visits loaded, opens the visit form on
// Ctrl+Shift+L (⌘⇧L) with the people selected on the map, and shows the form when asked.
import { useEffect } from 'react';
import { useMap } from '../../stores/map';
import { onChange, touchesNames } from '../../stores/changes';
import { todayOrLocal, useTrends } from '../timeline/trends';
import { isLogVisitShortcut, openLogVisit } from './shortcut';
import { useVisits, visitsOf } from './store';
import { VisitDialog } from './VisitDialog';

export function VisitsHost() {
  const live = useMap((s) => s.map);
  const load = useVisits((s) => s.load);
  const request = useVisits((s) => s.form);
  const visits = useVisits((s) => (live ? visitsOf(s, live.account.id) : null));
  const closeForm = useVisits((s) => s.closeForm);
  const today = todayOrLocal(useTrends((s) => s.today));
  const accountId = live?.account.id ?? null;

  // Loaded with the account; a person deleted or renamed changes what the visits show, so reload then.
  const reads = useMap((s) => s.reads);
  useEffect(() => {
    if (accountId) void load(accountId);
  }, [accountId, reads, load]);
  useEffect(
    () =>
      onChange((change) => {
        if (change.accountId === accountId && touchesNames(change)) void load(change.accountId);
      }),
    [accountId, load],
  );

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
    const form = useVisits.getState().form;
    if (form && !('accountId' in form && form.accountId === accountId)) useVisits.getState().closeForm();
  }, [accountId]);

  if (!request || !live) return null;
  const visit = request.mode === 'edit' ? (visits?.find((v) => v.id === request.visitId) ?? null) : null;
  if (request.mode === 'edit' && !visit) return null;
  return <VisitDialog key={JSON.stringify(request)} request={request} map={live} visit={visit} today={today} onClose={closeForm} />;
}
