// Zoom in / out / fit as a small control group on the map's corner, where map apps put them.
import { useTranslation } from 'react-i18next';
import { runCommand } from '../../commands/registry';

export function ZoomControls() {
  const { t } = useTranslation();
  return (
    <div className="zoom-controls" role="group" aria-label={t('map.zoomControls')}>
      <button type="button" className="icon" aria-label={t('map.zoomIn')} title={t('map.zoomIn')} aria-keyshortcuts="+" onClick={() => runCommand('view.zoomIn')}>
        +
      </button>
      <button type="button" className="icon" aria-label={t('map.zoomOut')} title={t('map.zoomOut')} aria-keyshortcuts="-" onClick={() => runCommand('view.zoomOut')}>
        −
      </button>
      <button type="button" className="icon" aria-label={t('map.fit')} title={t('map.fit')} aria-keyshortcuts="0" onClick={() => runCommand('view.fit')}>
        ⤢
      </button>
    </div>
  );
}
