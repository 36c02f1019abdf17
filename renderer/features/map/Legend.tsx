// On-screen legend: stance colours, marks and line styles, drawn with the same palette as the map.
import { useTranslation } from 'react-i18next';
import { STANCES, type RelationshipType } from '../../../shared/domain/model';
import { usePalette } from '../../theme/usePalette';
import { useUi } from '../../stores/ui';
import { LegendInfluence } from '../highlight/LegendInfluence';
import { LegendChanged } from '../changes/LegendChanged';
import { LegendLine } from './LegendLine';

const LINES: Array<{ type: RelationshipType; key: string; dash?: string; arrow: boolean; width: number }> = [
  { type: 'reports-to', key: 'map.legend.reportsTo', arrow: true, width: 2 },
  { type: 'influences', key: 'map.legend.influences', arrow: true, width: 3.5 },
  { type: 'close-to', key: 'map.legend.closeTo', dash: '2 3', arrow: false, width: 2.5 },
  { type: 'conflicts-with', key: 'map.legend.conflictsWith', dash: '6 3', arrow: false, width: 2 },
];

export function Legend() {
  const { t } = useTranslation();
  const palette = usePalette();
  const open = useUi((s) => s.legendOpen);
  const toggle = useUi((s) => s.toggleLegend);
  if (!open) return <LegendLine onMore={toggle} />;
  return (
    <section className="legend" aria-label={t('map.legend.heading')}>
      <div className="legend-head">
        <h3>{t('map.legend.heading')}</h3>
        <button type="button" className="link" onClick={toggle} aria-expanded="true">
          {t('map.legend.less')}
        </button>
      </div>
      <div className="legend-group">
      <h4>{t('map.legend.stances')}</h4>
      <ul className="legend-stances">
        {STANCES.map((s) => (
          <li key={s}>
            <span className={`swatch${s === 'unknown' ? ' dashed' : ''}`} style={{ background: palette.stance[s] }} aria-hidden="true" />
            {t(`stance.${s}`)}
          </li>
        ))}
      </ul>
      </div>
      <div className="legend-group">
      <h4>{t('map.legend.marks')}</h4>
      <ul className="legend-marks">
        <li>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 1.5 14.5 8 8 14.5 1.5 8z" fill={palette.canvas} stroke={palette.tdmBorder} strokeWidth="2.6" strokeLinejoin="round" />
          </svg>
          {t('map.legend.topDecisionMaker')}
        </li>
        <li>
          <svg width="16" height="16" viewBox="0 0 28 28" aria-hidden="true">
            <path d="M14 2L27 26H1z" fill="#ffb300" stroke="#3e2723" strokeWidth="2" strokeLinejoin="round" />
            <path d="M14 10v8" stroke="#3e2723" strokeWidth="3" />
            <circle cx="14" cy="22" r="1.8" fill="#3e2723" />
          </svg>
          {t('map.legend.notMet')}
        </li>
        <li>
          <svg width="16" height="16" viewBox="66 0 36 36" aria-hidden="true">
            <path d="M84 2l5.3 10.8 11.9 1.7-8.6 8.4 2 11.8L84 29.1l-10.6 5.6 2-11.8-8.6-8.4 11.9-1.7z" fill="#ffd54f" stroke="#5d4037" strokeWidth="2.2" />
          </svg>
          {t('map.legend.allyStar')}
        </li>
        <li>
          <span className="swatch ring" style={{ boxShadow: `0 0 0 4px ${palette.focus}55` }} aria-hidden="true" />
          {t('map.legend.selected')}
        </li>
        <LegendChanged />
      </ul>
      </div>
      <LegendInfluence />
      <div className="legend-group">
      <h4>{t('map.legend.links')}</h4>
      <ul className="legend-links">
        {LINES.map((l) => (
          <li key={l.type}>
            <svg width="34" height="12" aria-hidden="true">
              <line x1="2" y1="6" x2={l.arrow ? 24 : 32} y2="6" stroke={palette.edge[l.type]} strokeWidth={l.width} strokeDasharray={l.dash} />
              {l.arrow ? <path d="M24 1 L33 6 L24 11 Z" fill={palette.edge[l.type]} /> : null}
            </svg>
            {t(l.key)}
          </li>
        ))}
      </ul>
      </div>
    </section>
  );
}
