// The org chart's and the rings' labels (name over a one-line title) and the org chart's level reports-to
// lines, on a real (headless) Cytoscape with the app's stylesheet.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import type { Person } from '../../../shared/domain/model';
import { personData } from '../../../renderer/graph/elements';
import { oneLineTitle, wrappedWidths } from '../../../renderer/graph/layouts/labelSize';
import { LABEL_MAX_WIDTH } from '../../../renderer/graph/layouts/types';
import { ORG_CHART_DEFAULTS } from '../../../renderer/graph/layouts/orgChart';
import { alignTrunks } from '../../../renderer/graph/orgTrunks';
import { mapStyle } from '../../../renderer/graph/style';

function person(id: string, name: string, title: string): Person {
  return {
    id, accountId: 'a', name, title, department: '', buyingRole: 'influencer', stance: 'neutral', isTopDecisionMaker: false,
    authority: 3, expertise: 3, accessToTop: 3, pinnedScore: null, met: false, lastContact: null, notes: '', createdAt: '', updatedAt: '',
  } as Person;
}

describe('compact labels', () => {
  it('keep a short title whole and cut a long one to one line with "…", Latin or Chinese', () => {
    expect(oneLineTitle('Buyer')).toBe('Buyer');
    const cut = oneLineTitle('Purchasing Manager (Formula & Diapers)');
    expect(cut).toMatch(/^Purchasing.*…$/u);
    expect(wrappedWidths(cut)).toHaveLength(1);
    expect(oneLineTitle('区域经理（上海）')).toBe('区域经理（上…');
    for (const t of [cut, oneLineTitle('区域经理（上海）')]) expect(Math.max(...wrappedWidths(t))).toBeLessThanOrEqual(LABEL_MAX_WIDTH);
  });

  it('show the whole name over the cut title when the node has the compact-label class, the whole title otherwise', () => {
    const p = person('p', 'Li Qiang', 'Purchasing Manager (Formula & Diapers)');
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle() });
    const n = cy.add({ group: 'nodes', data: personData(p) });
    expect(n.style('label')).toBe('Li Qiang\nPurchasing Manager (Formula & Diapers)');
    n.addClass('compact-label');
    expect(n.style('label')).toBe(`Li Qiang\n${oneLineTitle(p.title)}`);
  });
});

describe('org chart lines', () => {
  it('turn level for a manager\'s row of reports: a small report\'s line turns as high as its big sibling\'s', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle() });
    cy.add([
      { group: 'nodes', data: { id: 'boss', size: 60 }, position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'big', size: 88 }, position: { x: -60, y: 200 } },
      { group: 'nodes', data: { id: 'small', size: 28 }, position: { x: 60, y: 200 } },
      { group: 'edges', data: { id: 'e1', source: 'big', target: 'boss', type: 'reports-to' }, classes: 'org-trunk' },
      { group: 'edges', data: { id: 'e2', source: 'small', target: 'boss', type: 'reports-to' }, classes: 'org-trunk' },
    ]);
    alignTrunks(cy);
    const turnY = (id: string) => {
      const e = cy.getElementById(id);
      return e.source().position('y') - e.source().height() / 2 - Number(e.data('turn'));
    };
    expect(cy.getElementById('e1').data('turn')).toBe(ORG_CHART_DEFAULTS.turn);
    expect(turnY('e2')).toBe(turnY('e1'));
    expect(cy.getElementById('e2').style('taxi-turn')).toBe(`${String(cy.getElementById('e2').data('turn'))}px`);
  });
});
