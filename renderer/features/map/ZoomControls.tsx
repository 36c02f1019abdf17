// Zoom in / out / fit as a small control group on the map's corner, where map apps put them.
import { useTranslation } from 'react-i18next';
import { graph } from '../../graph/instance';

export function ZoomControls() {
  const { t } = useTranslation();
  return (
    <div className="zoom-controls" role="group" aria-label={t('map.zoomControls')}>
      <button type="button" className="icon" aria-label={t('map.zoomIn')} title={t('map.zoomIn')} onClick={() => graph.zoomBy(1.25)}>
        +
      </button>
      <button type="button" className="icon" aria-label={t('map.zoomOut')} title={t('map.zoomOut')} onClick={() => graph.zoomBy(0.8)}>
        −
      </button>
      <button type="button" className="icon" aria-label={t('map.fit')} title={t('map.fit')} onClick={() => graph.fit()}>
        ⤢
      </button>
    </div>
  );
}
