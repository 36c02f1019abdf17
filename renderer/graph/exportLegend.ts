// The legend of every export (PNG, SVG, brief): the same items as the on-screen legend, laid out in
// wrapped rows for a given width. Pure layout; exportDraw*.ts paint it on a canvas or into SVG.
import { STANCES, type RelationshipType, type Stance } from '../../shared/domain/model';

export type LegendGlyph =
  | { kind: 'stance'; stance: Stance }
  | { kind: 'tdm' }
  | { kind: 'notMet' }
  | { kind: 'ally' }
  | { kind: 'size' }
  | { kind: 'halo' }
  /** The "changed since" outline, only when the rep exports it. */
  | { kind: 'changed' }
  | { kind: 'line'; type: RelationshipType };

export interface LegendSection {
  title: string;
  items: Array<{ glyph: LegendGlyph; label: string }>;
}

export interface PlacedLegendEntry {
  /** Section titles are bold and have no glyph. */
  kind: 'title' | 'item';
  glyph: LegendGlyph | null;
  label: string;
  /** Left edge of the glyph (or title text) and the vertical centre of its row. */
  x: number;
  y: number;
  /** Where the label text starts. */
  textX: number;
}

export interface LegendLayout {
  height: number;
  entries: PlacedLegendEntry[];
}

/** Measures text width in px for a font size and weight (canvas measureText in the renderer). */
export type MeasureText = (text: string, fontPx: number, bold: boolean) => number;

type T = (key: string) => string;

const LINE_TYPES: RelationshipType[] = ['reports-to', 'influences', 'close-to', 'conflicts-with'];
const LINE_KEYS: Record<RelationshipType, string> = {
  'reports-to': 'map.legend.reportsTo',
  influences: 'map.legend.influences',
  'close-to': 'map.legend.closeTo',
  'conflicts-with': 'map.legend.conflictsWith',
};

/** The legend's words in the current language. */
export function legendSections(t: T): LegendSection[] {
  return [
    { title: t('map.legend.stances'), items: STANCES.map((s) => ({ glyph: { kind: 'stance', stance: s } as LegendGlyph, label: t(`stance.${s}`) })) },
    {
      title: t('map.legend.marks'),
      items: [
        { glyph: { kind: 'tdm' }, label: t('map.legend.topDecisionMaker') },
        { glyph: { kind: 'notMet' }, label: t('map.legend.notMet') },
        { glyph: { kind: 'ally' }, label: t('map.legend.allyStar') },
        { glyph: { kind: 'size' }, label: t('highlight.legend.size') },
        { glyph: { kind: 'halo' }, label: t('highlight.legend.halo') },
      ],
    },
    { title: t('map.legend.links'), items: LINE_TYPES.map((type) => ({ glyph: { kind: 'line', type } as LegendGlyph, label: t(LINE_KEYS[type]) })) },
  ];
}

/** Glyph width in units of the legend font size. */
export function glyphWidth(glyph: LegendGlyph): number {
  return glyph.kind === 'line' ? 2.4 : glyph.kind === 'size' ? 2.2 : 1.1;
}

/**
 * Lays the sections out left to right, wrapping onto new rows within `width`; each section starts
 * on a new row when it does not fit beside the previous one. `font` is the label size in px.
 */
export function layoutLegend(sections: LegendSection[], width: number, font: number, measure: MeasureText): LegendLayout {
  const rowH = font * 1.9;
  const gapItem = font * 1.3;
  const gapGlyph = font * 0.45;
  const entries: PlacedLegendEntry[] = [];
  let x = 0;
  let row = 0;
  const place = (w: number): { x: number; y: number } => {
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    const at = { x, y: row * rowH + rowH / 2 };
    x += w + gapItem;
    return at;
  };
  for (const section of sections) {
    if (x > 0) {
      row += 1;
      x = 0;
    }
    const tw = measure(section.title, font, true);
    const t = place(tw);
    entries.push({ kind: 'title', glyph: null, label: section.title, x: t.x, y: t.y, textX: t.x });
    for (const item of section.items) {
      const gw = glyphWidth(item.glyph) * font;
      const lw = measure(item.label, font, false);
      const at = place(gw + gapGlyph + lw);
      entries.push({ kind: 'item', glyph: item.glyph, label: item.label, x: at.x, y: at.y, textX: at.x + gw + gapGlyph });
    }
  }
  return { height: entries.length === 0 ? 0 : (row + 1) * rowH, entries };
}
