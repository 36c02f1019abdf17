// The folded legend: one line (stances, the top decision-maker, any temporary mark) and "More".
// Laptop screens keep their height for the map; the rep's choice is remembered (stores/ui.ts).
import { useTranslation } from 'react-i18next';
import { STANCES } from '../../../shared/domain/model';
import { usePalette } from '../../theme/usePalette';
import { LegendChanged } from '../changes/LegendChanged';

export function LegendLine({ onMore }: { onMore(): void }) {
  const { t } = useTranslation();
  const palette = usePalette();
  return (
    <section className="legend legend-line" aria-label={t('map.legend.heading')}>
      <ul>
        {STANCES.map((s) => (
          <li key={s}>
            <span className={`swatch${s === 'unknown' ? ' dashed' : ''}`} style={{ background: palette.stance[s] }} aria-hidden="true" />
            {t(`stance.${s}`)}
          </li>
        ))}
        <li>
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 1.5 14.5 8 8 14.5 1.5 8z" fill={palette.canvas} stroke={palette.tdmBorder} strokeWidth="2.6" strokeLinejoin="round" />
          </svg>
          {t('map.legend.topDecisionMaker')}
        </li>
        <LegendChanged />
      </ul>
      <button type="button" className="link legend-more" onClick={onMore} aria-expanded="false">
        {t('map.legend.more')}
      </button>
    </section>
  );
}
