// applyHighlight on a real (headless) Cytoscape with the app's stylesheet: size by score, halo, filters, and the
// selection ring still winning over the support-base halo.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import type { Person, Stance } from '../../../shared/domain/model';
import { computeInfluence } from '../../../shared/domain/influence';
import { rankPeople } from '../../../shared/domain/ranking';
import { applyHighlight, scoreToSize, shownNodeIds } from '../../../renderer/graph/highlight';
import { mapStyle } from '../../../renderer/graph/style';
import { FOCUS } from '../../../renderer/graph/palette';

function person(id: string, stance: Stance, pinnedScore: number, isTopDecisionMaker = false): Person {
  return {
    id, accountId: 'a', name: id, title: '', department: '', buyingRole: 'influencer', stance, isTopDecisionMaker,
    authority: 3, expertise: 3, accessToTop: 3, pinnedScore, met: false, lastContact: null, notes: '', createdAt: '', updatedAt: '',
  };
}

const people = [person('ally', 'ally', 80), person('opp', 'opponent', 60), person('minor', 'neutral', 10), person('top', 'unknown', 90, true)];
const ranked = rankPeople(people, computeInfluence(people, []));

function graph() {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle() });
  cy.add(people.map((p) => ({ group: 'nodes' as const, data: { id: p.id, size: 40, stance: p.stance, label: p.name }, classes: p.isTopDecisionMaker ? 'tdm' : '' })));
  return cy;
}

describe('applyHighlight', () => {
  it('sizes nodes by score and haloes the support base only', () => {
    const cy = graph();
    applyHighlight(cy, ranked, null);
    const ally = cy.getElementById('ally');
    expect(ally.data('influenceSize')).toBe(scoreToSize(80));
    expect(parseFloat(ally.style('width'))).toBeCloseTo(scoreToSize(80), 5);
    expect(parseFloat(cy.getElementById('minor').style('width'))).toBeCloseTo(scoreToSize(10), 5);
    expect(ally.hasClass('hl-support')).toBe(true);
    expect(cy.getElementById('opp').hasClass('hl-support')).toBe(false);
    expect(parseFloat(ally.style('underlay-opacity'))).toBeGreaterThan(0);
    expect(parseFloat(cy.getElementById('opp').style('underlay-opacity'))).toBe(0);
    expect(cy.getElementById('minor').hasClass('hl-minor')).toBe(true);
    // The top decision-maker is never a minor player and is drawn larger than their plain size (a diamond looks smaller).
    expect(cy.getElementById('top').data('influenceSize')).toBeGreaterThan(scoreToSize(90));
  });

  it('hides filtered-out people with display none, and shows them again', () => {
    const cy = graph();
    applyHighlight(cy, ranked, new Set(['ally']));
    expect(shownNodeIds(cy)).toEqual(['ally']);
    expect(cy.getElementById('opp').style('display')).toBe('none');
    applyHighlight(cy, ranked, null);
    expect(shownNodeIds(cy).sort()).toEqual(['ally', 'minor', 'opp', 'top']);
    expect(cy.getElementById('opp').style('display')).toBe('element');
  });

  it('lets the selection ring win over the support-base halo', () => {
    const cy = graph();
    applyHighlight(cy, ranked, null);
    const ally = cy.getElementById('ally');
    ally.addClass('selected');
    const colour = ally.style('underlay-color');
    const hex = `#${FOCUS.slice(1).toLowerCase()}`;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(colour.replace(/\s/g, '')).toBe(`rgb(${r},${g},${b})`);
  });
});
