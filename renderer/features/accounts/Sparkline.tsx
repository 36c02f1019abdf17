// An account's support-base trend in the accounts list: arrow + 30-day delta and a tiny inline-SVG sparkline.
import { useTranslation } from 'react-i18next';
import type { SupportTrend } from '../../../shared/history/types';
import { signed } from '../timeline/headline';
import { useTrends } from '../timeline/trends';
import '../timeline/timeline.css';

const W = 64;
const H = 18;
// Glyphs the shipped fonts have (Noto Sans SC, Inter), so they look the same everywhere.
const ARROW = { up: '▲', down: '▼', flat: '━' } as const;

/** SVG polyline points for values, scaled into the box (a flat line sits in the middle). */
export function sparklinePoints(values: readonly number[], width = W, height = H): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const y = span === 0 ? height / 2 : height - 1 - ((v - min) / span) * (height - 2);
      return `${Math.round(i * step * 10) / 10},${Math.round(y * 10) / 10}`;
    })
    .join(' ');
}

export function SparklineTrend({ trend }: { trend: SupportTrend }) {
  const { t } = useTranslation();
  const label = t(`trend.${trend.delta30 === 0 ? 'flat' : trend.direction}`, { count: Math.abs(trend.delta30) });
  return (
    <span className={`trend trend-${trend.direction}`} role="img" aria-label={label} title={label} data-testid="account-trend">
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        <polyline points={sparklinePoints(trend.sparkline)} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      {/* No change reads in words, small and quiet, rather than a bare "▬ 0". */}
      {trend.delta30 === 0 ? (
        <span className="trend-delta trend-flat-words" aria-hidden="true">
          {t('trend.flatShort')}
        </span>
      ) : (
        <span className="trend-delta" aria-hidden="true">
          {ARROW[trend.direction]} {signed(trend.delta30)}
        </span>
      )}
    </span>
  );
}

/** The trend of one account, once the trends have loaded. */
export function Sparkline({ accountId }: { accountId: string }) {
  const trend = useTrends((s) => s.byAccount[accountId]);
  return trend ? <SparklineTrend trend={trend} /> : null;
}
