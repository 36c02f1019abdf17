// Export geometry: the long side is exactly the chosen size (never above 4096), the map keeps its
// aspect inside its box, and header, map and legend never overlap or leave the image.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPORT_MAX_LONG_SIDE, exportGeometry, fitInside } from '../../../renderer/graph/exportLayout';

const legend = (h: number) => () => h;

describe('exportGeometry', () => {
  it('a wide map at 1600: 1600 wide, shorter than wide, map under the header, legend under the map', () => {
    const g = exportGeometry(1600, 2, legend(80));
    expect(g.width).toBe(1600);
    expect(g.height).toBeLessThan(1600);
    expect(g.map.y).toBeGreaterThan(g.header.y + g.header.h - 1);
    expect(g.legend.y).toBeGreaterThanOrEqual(g.map.y + g.map.h);
    expect(g.legend.y + g.legend.h).toBeLessThanOrEqual(g.height);
  });

  it('a tall map: the height is the long side and the width narrows (not below 70%)', () => {
    const g = exportGeometry(2400, 0.3, legend(120));
    expect(g.height).toBe(2400);
    expect(g.width).toBeLessThan(2400);
    expect(g.width).toBeGreaterThanOrEqual(Math.round(2400 * 0.7));
  });

  it('never more than 4096 px, whatever is asked', () => {
    expect(Math.max(exportGeometry(10_000, 1.4, legend(60)).width, exportGeometry(10_000, 1.4, legend(60)).height)).toBe(EXPORT_MAX_LONG_SIDE);
    expect(Math.max(exportGeometry(10_000, 0.2, legend(60)).width, exportGeometry(10_000, 0.2, legend(60)).height)).toBe(EXPORT_MAX_LONG_SIDE);
  });

  it('fonts and margins grow with the size', () => {
    const small = exportGeometry(1600, 1.5, legend(50));
    const big = exportGeometry(4096, 1.5, legend(50));
    expect(big.titleFont / small.titleFont).toBeCloseTo(4096 / 1600, 1);
    expect(big.pad).toBeGreaterThan(small.pad);
  });

  it('without a header the map starts near the top margin', () => {
    const g = exportGeometry(1600, 1.5, legend(50), false);
    expect(g.map.y).toBeLessThanOrEqual(g.pad);
  });

  it('property: long side exact, boxes inside the image and in order, for any aspect and size', () => {
    fc.assert(
      // A legend takes at most a quarter of the long side (three or four rows of 15 px text at 1600).
      fc.property(fc.double({ min: 0.05, max: 20, noNaN: true }), fc.integer({ min: 400, max: 12_000 }), fc.double({ min: 0, max: 0.25, noNaN: true }), (aspect, size, share) => {
        const g = exportGeometry(size, aspect, legend(Math.min(size, EXPORT_MAX_LONG_SIDE) * share));
        expect(Math.max(g.width, g.height)).toBe(Math.min(EXPORT_MAX_LONG_SIDE, size));
        for (const b of [g.header, g.map, g.legend]) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(g.width);
        }
        expect(g.map.h).toBeGreaterThan(0);
        expect(g.legend.y).toBeGreaterThanOrEqual(g.map.y + g.map.h);
        expect(g.legend.y + g.legend.h).toBeLessThanOrEqual(g.height + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fitInside', () => {
  it('keeps the aspect and touches one side of the box', () => {
    expect(fitInside({ w: 1000, h: 500 }, 4)).toEqual({ w: 1000, h: 250 });
    expect(fitInside({ w: 1000, h: 500 }, 1)).toEqual({ w: 500, h: 500 });
  });
});
