import { describe, expect, it } from 'vitest';
import { separateBoxes, type SeparateItem } from '../../../renderer/graph/layouts/separate';

const box = (x: number, y: number): SeparateItem => ({ x, y, left: -75, top: -20, right: 75, bottom: 60 });
const overlap = (a: SeparateItem, b: SeparateItem, gap: number) =>
  a.x + a.left < b.x + b.right + gap && b.x + b.left < a.x + a.right + gap && a.y + a.top < b.y + b.bottom + gap && b.y + b.top < a.y + a.bottom + gap;

describe('overlap removal with the least movement', () => {
  it('clears every overlap of a crowded pile and moves people no further than needed', () => {
    const items = Array.from({ length: 30 }, (_, i) => box((i % 6) * 120, Math.floor(i / 6) * 60));
    const before = items.map((p) => ({ ...p }));
    expect(separateBoxes(items, 4)).toBe(true);
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) expect(overlap(items[i]!, items[j]!, 3.9), `${i} ${j}`).toBe(false);
    // The pile grows by about the overlap, not by a spiral's jumps: the extent stays within 2x.
    const w = (l: SeparateItem[]) => Math.max(...l.map((p) => p.x)) - Math.min(...l.map((p) => p.x));
    const h = (l: SeparateItem[]) => Math.max(...l.map((p) => p.y)) - Math.min(...l.map((p) => p.y));
    expect(w(items) * h(items)).toBeLessThan(2.2 * (w(before) + 160) * (h(before) + 84));
  });

  it('leaves boxes that do not overlap where they are', () => {
    const items = [box(0, 0), box(300, 0), box(0, 200)];
    const before = items.map((p) => ({ ...p }));
    expect(separateBoxes(items)).toBe(true);
    expect(items).toEqual(before);
  });
});
