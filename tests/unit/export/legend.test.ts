// The export legend: every stance, mark and line type, in the chosen language, wrapped to the width.
import { describe, expect, it } from 'vitest';
import { glyphWidth, layoutLegend, legendSections, type MeasureText } from '../../../renderer/graph/exportLegend';
import { resources } from '../../../renderer/i18n/resources';

type Tree = { [k: string]: string | Tree };
const tFor = (lang: 'en' | 'zh-CN') => (key: string) => {
  const v = key.split('.').reduce<string | Tree | undefined>((node, k) => (node && typeof node !== 'string' ? node[k] : undefined), resources[lang] as Tree);
  if (typeof v !== 'string') throw new Error(`missing ${key}`);
  return v;
};
// 8 px per character at 16 px: enough to test wrapping without a canvas.
const measure: MeasureText = (text, px) => (Array.from(text).length * px) / 2;

describe('legendSections', () => {
  it('names all six stances, five marks and four line types, in English and Chinese', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const s = legendSections(tFor(lang));
      expect(s.map((x) => x.items.length)).toEqual([6, 5, 4]);
    }
    const zh = legendSections(tFor('zh-CN')).flatMap((s) => s.items.map((i) => i.label));
    expect(zh).toContain('盟友');
    expect(zh).toContain('最高决策者');
  });
});

describe('layoutLegend', () => {
  const sections = legendSections(tFor('en'));
  it('keeps every entry inside the width and starts each section on a new row', () => {
    const width = 600;
    const font = 16;
    const out = layoutLegend(sections, width, font, measure);
    for (const e of out.entries) {
      const w = e.kind === 'title' ? measure(e.label, font, true) : glyphWidth(e.glyph!) * font + font * 0.45 + measure(e.label, font, false);
      expect(e.x + w).toBeLessThanOrEqual(width + 0.001);
    }
    const titles = out.entries.filter((e) => e.kind === 'title');
    expect(titles.map((t) => t.x)).toEqual([0, 0, 0]);
    expect(new Set(titles.map((t) => t.y)).size).toBe(3);
    expect(out.height).toBeGreaterThanOrEqual(3 * font * 1.9);
  });

  it('a narrower width needs more rows', () => {
    expect(layoutLegend(sections, 300, 16, measure).height).toBeGreaterThan(layoutLegend(sections, 1200, 16, measure).height);
  });

  it('nothing to show, no height', () => {
    expect(layoutLegend([], 500, 16, measure)).toEqual({ height: 0, entries: [] });
  });
});
