// Domain objects → Cytoscape element data. Labels are canvas text, so hostile strings stay harmless.
import type { ElementDefinition } from 'cytoscape';
import type { Person, Relationship } from '../../shared/domain/model';
import { badgeImage } from './badges';
import { nodeSize, oneLineTitle } from './layouts/labelSize';

export { nodeSize };

/** A person's label on the map: name, and title on the line below. */
export const labelText = (p: Person): string => (p.title ? `${p.name}\n${p.title}` : p.name);

export function personData(p: Person): Record<string, unknown> {
  return {
    id: p.id,
    label: labelText(p),
    // The org chart and the rings show the title on one line (style.ts `compact-label`).
    compactLabel: p.title ? `${p.name}\n${oneLineTitle(p.title)}` : p.name,
    stance: p.stance,
    size: nodeSize(p),
    badge: badgeImage({ star: p.stance === 'ally', crown: p.isTopDecisionMaker, warning: p.isTopDecisionMaker && !p.met }),
  };
}

export function personElement(p: Person, position?: { x: number; y: number }): ElementDefinition {
  return {
    group: 'nodes',
    data: personData(p),
    classes: p.isTopDecisionMaker ? 'tdm' : '',
    ...(position ? { position: { ...position } } : {}),
  };
}

export function relationshipData(r: Relationship): Record<string, unknown> {
  return { id: r.id, source: r.fromId, target: r.toId, type: r.type, strength: r.strength ?? 1 };
}

export function relationshipElement(r: Relationship): ElementDefinition {
  return { group: 'edges', data: relationshipData(r) };
}

/**
 * True when `next` (personData / relationshipData) holds a value `current` (an element's data) does
 * not: setting data restyles and redraws the element, so a refresh leaves the unchanged ones alone.
 */
export function dataDiffers(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key in next) if (current[key] !== next[key]) return true;
  return false;
}
