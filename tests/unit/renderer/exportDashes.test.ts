// Dashes at export scale: while a shrunk map is drawn, dotted and dashed lines get patterns divided
// by the scale (so they keep their on-screen size in image pixels, and cost a few dashes a line),
// solid lines are left alone, and everything is as it was afterwards.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { withReadableDashes } from '../../../renderer/graph/exportDashes';

function graph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'edge[type = "close-to"]', style: { 'line-style': 'dotted' } },
      { selector: 'edge[type = "conflicts-with"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
    ],
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'close', source: 'a', target: 'b', type: 'close-to' } },
      { data: { id: 'conflict', source: 'a', target: 'b', type: 'conflicts-with' } },
      { data: { id: 'reports', source: 'b', target: 'a', type: 'reports-to' } },
    ],
  });
}

const pattern = (cy: cytoscape.Core, id: string) => String(cy.getElementById(id).style('line-dash-pattern')).split(/[\s,]+/).map((v) => Number.parseFloat(v));

describe('withReadableDashes', () => {
  it('scales dotted and dashed patterns by 1 / scale during the export only', () => {
    const cy = graph();
    const during = withReadableDashes(cy, 0.1, () => ({
      close: [cy.getElementById('close').style('line-style'), pattern(cy, 'close')],
      conflict: pattern(cy, 'conflict'),
      reports: cy.getElementById('reports').style('line-style'),
    }));
    expect(during.close).toEqual(['dashed', [10, 10]]);
    expect(during.conflict).toEqual([70, 40]);
    expect(during.reports).toBe('solid');
    expect(cy.getElementById('close').style('line-style')).toBe('dotted');
    expect(pattern(cy, 'conflict')).toEqual([7, 4]);
  });

  it('leaves a map drawn at full size or larger as it is, and puts things back after a throw', () => {
    const cy = graph();
    expect(withReadableDashes(cy, 2, () => cy.getElementById('close').style('line-style'))).toBe('dotted');
    expect(() =>
      withReadableDashes(cy, 0.5, () => {
        throw new Error('draw failed');
      }),
    ).toThrow('draw failed');
    expect(cy.getElementById('close').style('line-style')).toBe('dotted');
    expect(pattern(cy, 'conflict')).toEqual([7, 4]);
  });
});
