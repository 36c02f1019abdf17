// The map's setData on a real (headless) Cytoscape: a refresh after one person's edit touches that
// person's node only, so Cytoscape restyles and redraws one node, not the whole account (at 2,000
// people a restyle of everyone cost most of an edit's time to pixels; tests/bench/editPixels.ts).
import { describe, expect, it, vi } from 'vitest';
import type { AccountMap, Person, Relationship } from '../../../shared/domain/model';
import { GraphAdapter } from '../../../renderer/graph/adapter';

function person(i: number): Person {
  return {
    id: `p${i}`, accountId: 'a', name: `Person ${i}`, title: i % 2 ? 'Buyer' : '', department: '', buyingRole: 'influencer', stance: 'neutral', isTopDecisionMaker: i === 0,
    authority: 3, expertise: 3, accessToTop: 3, pinnedScore: null, met: false, lastContact: null, notes: '', createdAt: '', updatedAt: '',
  } as Person;
}

function account(people: Person[], relationships: Relationship[]): AccountMap {
  return { account: { id: 'a', name: 'A' } as AccountMap['account'], people, relationships, positions: people.map((p, i) => ({ personId: p.id, x: i * 60, y: 0 })) };
}

// The label fonts count as loaded (Node has no document.fonts).
vi.stubGlobal('document', { fonts: { check: () => true, load: async () => [] } });

describe('GraphAdapter.setData', () => {
  it('after one stance change, only that person’s node (and no line) gets new data or classes, and nothing restyles the whole map', () => {
    const people = Array.from({ length: 50 }, (_, i) => person(i));
    const relationships = people.slice(1).map((p, i) => ({ id: `r${i}`, accountId: 'a', fromId: p.id, toId: 'p0', type: 'reports-to', strength: null }) as unknown as Relationship);
    const adapter = new GraphAdapter({ onSelect: () => {}, onPositionsChanged: () => {} });
    adapter.mount(undefined as unknown as HTMLElement);
    adapter.setData(account(people, relationships));
    const cy = adapter.instance!;
    const touched: string[] = [];
    // The core's updateStyle restyles every element (Cytoscape calls it on setting cy.scratch(), for one).
    const restyleAll = vi.spyOn(cy as unknown as { updateStyle(): void }, 'updateStyle');
    cy.on('data class', (e) => touched.push(`${e.type} ${e.target.id()}`));

    const changed = people.map((p) => (p.id === 'p7' ? { ...p, stance: 'ally' as const } : p));
    adapter.setData(account(changed, relationships));

    expect(cy.getElementById('p7').data('stance')).toBe('ally');
    expect(touched).toEqual(['data p7']);
    expect(restyleAll).not.toHaveBeenCalled();
    adapter.destroy();
  });
});
