// The SVG estimate against the sizes and times measured in the browser suite's Chromium, and the
// line between an SVG that is made and one refused up front.
import { describe, expect, it } from 'vitest';
import { estimateSvg, svgRefusal } from '../../../renderer/graph/svgBudget';

const MEASURED = [
  { nodes: 25, edges: 41, bytes: 169_182, seconds: 0.174 },
  { nodes: 500, edges: 885, bytes: 3_336_282, seconds: 2.577 },
  { nodes: 2000, edges: 3527, bytes: 13_184_044, seconds: 7.758 },
];

describe('SVG budget', () => {
  it.each(MEASURED)('estimates $nodes people within 30 % of the measured size, and the time above 500 people', (m) => {
    const e = estimateSvg(m.nodes, m.edges);
    expect(e.bytes / m.bytes).toBeGreaterThan(0.7);
    expect(e.bytes / m.bytes).toBeLessThan(1.3);
    if (m.nodes >= 500) {
      expect(e.seconds / m.seconds).toBeGreaterThan(0.7);
      expect(e.seconds / m.seconds).toBeLessThan(1.3);
    }
  });

  it('makes the SVG of 2,000 people and refuses 3,000 and the 20,000-person cap', () => {
    expect(svgRefusal(2000, 3527)).toBeNull();
    expect(svgRefusal(3000, 5300)?.seconds).toBeGreaterThan(10);
    const cap = svgRefusal(20_000, 35_000);
    expect(cap?.bytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(cap?.seconds).toBeGreaterThan(60);
  });
});
