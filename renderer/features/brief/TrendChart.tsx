// A small line of the support base's size per day (print-friendly SVG, no chart library needed).
import type { SupportPoint } from '../../../shared/history/types';

const W = 420;
const H = 110;
const PAD = { l: 28, r: 10, t: 10, b: 20 };

export function TrendChart({ points, label }: { points: SupportPoint[]; label: string }) {
  if (points.length === 0) return null;
  const max = Math.max(1, ...points.map((p) => p.people));
  const x = (i: number) => PAD.l + (points.length === 1 ? 0 : (i / (points.length - 1)) * (W - PAD.l - PAD.r));
  const y = (v: number) => PAD.t + (1 - v / max) * (H - PAD.t - PAD.b);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.supportBase).toFixed(1)}`).join(' ');
  const area = `${x(0)},${y(0)} ${line} ${x(points.length - 1)},${y(0)}`;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    <svg className="brief-trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line x1={PAD.l} y1={y(0)} x2={W - PAD.r} y2={y(0)} stroke="#c9ced4" />
      <line x1={PAD.l} y1={y(max)} x2={W - PAD.r} y2={y(max)} stroke="#eceff2" />
      <text x={PAD.l - 4} y={y(max) + 4} textAnchor="end" fontSize="10" fill="#5f6670">{max}</text>
      <text x={PAD.l - 4} y={y(0) + 4} textAnchor="end" fontSize="10" fill="#5f6670">0</text>
      <polygon points={area} fill="#91cf60" fillOpacity="0.25" />
      <polyline points={line} fill="none" stroke="#1a9850" strokeWidth="2.2" strokeLinejoin="round" />
      <circle cx={x(points.length - 1)} cy={y(last.supportBase)} r="3.5" fill="#1a9850" />
      <text x={x(points.length - 1)} y={y(last.supportBase) - 7} textAnchor="end" fontSize="11" fontWeight="700" fill="#1f2329">{last.supportBase}</text>
      <text x={PAD.l} y={H - 5} fontSize="10" fill="#5f6670">{first.day}</text>
      <text x={W - PAD.r} y={H - 5} textAnchor="end" fontSize="10" fill="#5f6670">{last.day}</text>
    </svg>
  );
}
