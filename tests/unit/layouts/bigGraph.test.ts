import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { isBigGraph, rendererOptionsFor, tuneForSize } from '../../../renderer/graph/perf/bigGraph';

const ruleCount = (cy: cytoscape.Core) => (cy.style() as unknown as { json(): unknown[] }).json().length;

describe('big-graph settings', () => {
  it('turn on viewport textures, hidden edges while panning and pixel ratio 1 only for big maps', () => {
    expect(rendererOptionsFor(100)).toMatchObject({ textureOnViewport: false, hideEdgesOnViewport: false, pixelRatio: 'auto', motionBlur: false });
    expect(rendererOptionsFor(2000)).toMatchObject({ textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1, motionBlur: false });
    expect(isBigGraph(2000)).toBe(true);
  });

  it('leave a small map’s stylesheet alone, switch a big one to straight edges, and never pile rules up', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'edge', style: { 'curve-style': 'bezier' } }], elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'e', source: 'a', target: 'b' } }] });
    const base = ruleCount(cy);
    tuneForSize(cy, 20);
    expect(ruleCount(cy)).toBe(base);
    tuneForSize(cy, 2000);
    expect(cy.getElementById('e').style('curve-style')).toBe('straight');
    expect(cy.minZoom()).toBeLessThanOrEqual(0.02);
    const afterBig = ruleCount(cy);
    tuneForSize(cy, 2500);
    expect(ruleCount(cy)).toBe(afterBig);
    tuneForSize(cy, 20);
    expect(cy.getElementById('e').style('curve-style')).toBe('bezier');
    cy.destroy();
  });
});
