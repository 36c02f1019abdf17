// Legend group for the highlighted map: size = influence, green halo = support base, small = minor player.
import { useTranslation } from 'react-i18next';
import { SUPPORT_HALO } from '../../graph/highlightStyle';
import './highlight.css';

export function LegendInfluence() {
  const { t } = useTranslation();
  return (
    <div className="legend-group">
      <h4>{t('highlight.legend.heading')}</h4>
      <ul className="legend-influence">
        <li>
          <span className="size-scale" aria-hidden="true">
            <span style={{ width: 7, height: 7 }} />
            <span style={{ width: 11, height: 11 }} />
            <span style={{ width: 16, height: 16 }} />
          </span>
          {t('highlight.legend.size')}
        </li>
        <li>
          <span className="halo-swatch" style={{ boxShadow: `0 0 0 4px ${SUPPORT_HALO}40` }} aria-hidden="true" />
          {t('highlight.legend.halo')}
        </li>
        <li>
          <span className="minor-swatch" aria-hidden="true" />
          {t('highlight.legend.minor')}
        </li>
      </ul>
    </div>
  );
}
