// The first style pass without change triggers (renderer/graph/perf/firstStyle.ts): elements styled for
// the first time come out exactly as without the patch, and every later change — a class, data, a
// whole new stylesheet — still moves their bounds and their lines' bounds.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { quickFirstStyle } from '../../../renderer/graph/perf/firstStyle';

const style = [
  { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: '' } },
  { selector: 'node.big', style: { width: 200, height: 200 } },
  { selector: 'node.gone', style: { display: 'none' } },
  { selector: 'edge', style: { width: 2, 'curve-style': 'straight' } },
];

function map(patched: boolean): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: style as never });
  if (patched) expect(quickFirstStyle(cy)).toBe(true);
  cy.add([
    { data: { id: 'a', size: 20 }, position: { x: 0, y: 0 } },
    { data: { id: 'b', size: 40 }, position: { x: 300, y: 100 } },
    { data: { id: 'ab', source: 'a', target: 'b' } },
  ]);
  return cy;
}

const box = (cy: Core, sel = '*') => {
  const b = cy.elements(sel).boundingBox({ includeLabels: false });
  return [b.x1, b.y1, b.x2, b.y2].map((v) => Math.round(v * 100) / 100);
};

describe('quickFirstStyle', () => {
  it('the first pass gives the same bounds, node and line, as Cytoscape alone', () => {
    const plain = map(false);
    const quick = map(true);
    expect(box(quick)).toEqual(box(plain));
    expect(box(quick, 'edge')).toEqual(box(plain, 'edge'));
    expect(quick.$('#b').width()).toBe(40);
  });

  // Each step on both maps: the patched one must answer exactly as Cytoscape alone, and the step must move something.
  const steps: Array<[string, (cy: Core) => void]> = [
    ['a class that makes someone bigger', (cy) => cy.$('#b').addClass('big')],
    ['a data change (size)', (cy) => cy.$('#a').data('size', 100)],
    ['a class that hides someone', (cy) => cy.$('#b').addClass('gone')],
    ['a whole new stylesheet (Cytoscape marks everyone unstyled again)', (cy) => cy.style([{ selector: 'node', style: { width: 60, height: 60, label: '' } }] as never)],
  ];
  for (const [what, change] of steps) {
    it(`after ${what}, the bounds (people and line) move as with Cytoscape alone`, () => {
      const plain = map(false);
      const quick = map(true);
      const before = [box(quick, ':visible'), box(quick, 'edge:visible')];
      change(plain);
      change(quick);
      const after = [box(quick, ':visible'), box(quick, 'edge:visible')];
      expect(after).not.toEqual(before);
      expect(after).toEqual([box(plain, ':visible'), box(plain, 'edge:visible')]);
    });
  }

  it('an instance without styles (headless, style off) is left alone, without an error', () => {
    const bare = cytoscape({ headless: true, styleEnabled: false });
    expect(quickFirstStyle(bare)).toBe(false);
  });

  it('is installed once, for every instance', () => {
    const one = map(true);
    const two = map(true);
    expect(Object.getPrototypeOf(one.style())).toBe(Object.getPrototypeOf(two.style()));
  });
});
