// While an import is being saved: "Importing…" with the rows written so far, read from the service's
// progress (the commit writes in slices and counts each row, so the count moves while it works).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../shared/import/preview';
import { call } from '../../api/client';

const POLL_MS = 150;

export function CommitProgress({ importId }: { importId: string }) {
  const { t, i18n } = useTranslation();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    let live = true;
    const poll = async () => {
      while (live) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        if (!live) return;
        try {
          const p = await call('getImportProgress', { importId });
          if (live) setProgress(p);
          // 'ready' until the commit call has reached the service; then 'committing' until it ends.
          if (p.phase !== 'committing' && p.phase !== 'ready') return;
        } catch {
          return; // the dialog says what the commit itself answers
        }
      }
    };
    void poll();
    return () => {
      live = false;
    };
  }, [importId]);
  const num = (n: number) => n.toLocaleString(i18n.language);
  const counting = progress?.phase === 'committing' && progress.totalRows ? progress : null;
  // The rep clicked Import at the foot of a long preview: keep the count in sight as it appears.
  const box = useRef<HTMLDivElement>(null);
  const shown = counting !== null;
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shown]);
  return (
    <div className="import-progress" role="status" ref={box}>
      <p>{t('import.committing')}</p>
      <progress max={counting?.totalRows ?? undefined} value={counting ? counting.processedRows : undefined} aria-label={t('import.committing')} />
      {counting ? <p className="muted">{t('import.progress', { done: num(counting.processedRows), total: num(counting.totalRows ?? 0) })}</p> : null}
    </div>
  );
}
