// What every export says about the map: the header line (account, date, as-of, counts) and the legend.
import type { TFunction } from 'i18next';
import { isInSupportBase, type AccountMap } from '../../../shared/domain/model';
import { exportStem } from '../../../shared/export/fileName';
import { legendSections } from '../../graph/exportLegend';
import type { ExportBackground, ExportContent } from '../../graph/exportPng';

/** Today as the rep's local calendar day, YYYY-MM-DD. */
export function localDay(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A day in the rep's language ("27 Nov 2026" / "2026年11月27日"). */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(y!, (m ?? 1) - 1, d ?? 1));
}

export interface ContentOptions {
  background: ExportBackground;
  /** The day shown when time-travelling (the map as it was), else null. */
  asOf: string | null;
  today?: string;
  /** The "changed since" day when the rep chose to export the outline (else the outline stays off). */
  changedSince?: string | null;
}

export function exportContent(map: AccountMap, t: TFunction, language: string, o: ContentOptions): ExportContent {
  const today = o.today ?? localDay();
  const support = map.people.filter((p) => isInSupportBase(p.stance)).length;
  const parts = [
    t('export.header.exported', { date: formatDay(today, language) }),
    ...(o.asOf ? [t('export.header.asOf', { date: formatDay(o.asOf, language) })] : []),
    t('export.header.people', { count: map.people.length }),
    t('export.header.supportBase', { count: support, total: map.people.length }),
  ];
  const legend = legendSections((k) => t(k));
  const since = o.changedSince ?? null;
  // The outline on the export is named in its legend, beside the other marks.
  if (since) legend[1]?.items.push({ glyph: { kind: 'changed' }, label: t('changes.legend', { day: formatDay(since, language) }) });
  return { header: { title: map.account.name, subtitle: parts.join('  ·  ') }, legend, background: o.background, includeChanged: since !== null };
}

/** File name stem: "<account> <as-of or today>". */
export function exportFileStem(map: AccountMap, asOf: string | null, today = localDay()): string {
  return exportStem(map.account.name, asOf ?? today);
}
