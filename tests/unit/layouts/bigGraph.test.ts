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

describe('far view of a big map', () => {
  it('draws plain dots and lines zoomed out, full detail zoomed in, and new people follow the current view', async () => {
    const { FAR_CLASS } = await import('../../../renderer/graph/perf/farView');
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'edge', style: { 'target-arrow-shape': 'triangle' } }],
      elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'e', source: 'a', target: 'b' } }],
    });
    tuneForSize(cy, 2000);
    cy.zoom(0.1);
    expect(cy.getElementById('a').hasClass(FAR_CLASS)).toBe(true);
    expect(cy.getElementById('e').style('target-arrow-shape')).toBe('none');
    cy.zoom(1);
    expect(cy.elements(`.${FAR_CLASS}`)).toHaveLength(0);
    expect(cy.getElementById('e').style('target-arrow-shape')).toBe('triangle');
    cy.zoom(0.1);
    cy.add({ data: { id: 'c' } });
    expect(cy.getElementById('c').hasClass(FAR_CLASS)).toBe(true);
    const { withFullDetail } = await import('../../../renderer/graph/perf/farView');
    expect(withFullDetail(cy, () => cy.getElementById('e').style('target-arrow-shape'))).toBe('triangle');
    expect(cy.getElementById('a').hasClass(FAR_CLASS)).toBe(true);
    tuneForSize(cy, 20);
    cy.zoom(0.05);
    expect(cy.elements(`.${FAR_CLASS}`)).toHaveLength(0);
    cy.destroy();
  });
});
