// Too thin to draw: from positions alone, a map whose short side would come out under MIN_MAP_SIDE_PX
// in the export's map box is refused (which way, how many times); an ordinary map, or a wide one that
// still has some height, is not. The org chart of the 20,000-person bench account is the real case.
import { describe, expect, it } from 'vitest';
import { exportGeometry } from '../../../renderer/graph/exportLayout';
import { extentOf, MIN_MAP_SIDE_PX, shapeRefusal } from '../../../renderer/graph/exportShape';
import { orgChartLayout } from '../../../renderer/graph/layouts/orgChart';
import { OFFSCREEN_MAX_PEOPLE, offscreenMap } from '../../../renderer/graph/exportOffscreen';
import { ExportError } from '../../../renderer/graph/exportPng';
import { syntheticAccount } from '../../bench/syntheticAccount';

const boxAt = (px: number, aspect: number) => exportGeometry(px, aspect, () => 40, true).map;
const row = (n: number, gap: number) => Array.from({ length: n }, (_, i) => ({ x: i * gap, y: 0 }));

describe('shapeRefusal', () => {
  it('an ordinary map (50 × 40 grid) is drawable at every size', () => {
    const e = extentOf(Array.from({ length: 2000 }, (_, i) => ({ x: (i % 50) * 230, y: Math.floor(i / 50) * 170 })))!;
    for (const px of [1600, 2400, 4096]) expect(shapeRefusal(e, boxAt(px, e.w / e.h))).toBeNull();
  });

  it('one row of 40 people 20,000 apart is refused as wide, about 6,500 times', () => {
    const e = extentOf(row(40, 20_000))!;
    const r = shapeRefusal(e, boxAt(4096, e.w / e.h));
    expect(r).toEqual({ way: 'wide', ratio: Math.round(e.w / e.h) });
    expect(r!.ratio).toBeGreaterThan(6000);
  });

  it('the same turned on its side is refused as tall', () => {
    const e = extentOf(row(40, 20_000).map((p) => ({ x: p.y, y: p.x })))!;
    expect(shapeRefusal(e, boxAt(2400, e.w / e.h))?.way).toBe('tall');
  });

  it('the edge: the short side drawn at exactly the minimum passes, a pixel less is refused', () => {
    const box = { w: 2000, h: 1000 };
    expect(shapeRefusal({ w: 2000, h: MIN_MAP_SIDE_PX }, box)).toBeNull();
    expect(shapeRefusal({ w: 2000, h: MIN_MAP_SIDE_PX - 1 }, box)).not.toBeNull();
  });

  it('the bench org charts: 2,000 people still draw at 2,400 px; 20,000 people (≈1,300:1) are refused at every size', () => {
    const two = extentOf(Object.values(orgChartLayout(syntheticAccount(2000))))!;
    expect(shapeRefusal(two, boxAt(2400, two.w / two.h))).toBeNull();
    const twenty = extentOf(Object.values(orgChartLayout(syntheticAccount(20_000))))!;
    for (const px of [1600, 2400, 4096]) expect(shapeRefusal(twenty, boxAt(px, twenty.w / twenty.h))?.way).toBe('wide');
  });

  it('nobody: no extent', () => {
    expect(extentOf([])).toBeNull();
  });
});

describe('offscreenMap', () => {
  it(`more than ${OFFSCREEN_MAX_PEOPLE} people: refused before anything is built, with the count`, async () => {
    const big = syntheticAccount(OFFSCREEN_MAX_PEOPLE + 1);
    const map = { account: big.account, people: big.people, relationships: big.relationships, positions: [] } as unknown as Parameters<typeof offscreenMap>[0];
    const err = await offscreenMap(map, [], 2400).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportError);
    expect(err).toMatchObject({ key: 'export.error.offscreenTooMany', params: { count: OFFSCREEN_MAX_PEOPLE + 1 } });
  });
});
