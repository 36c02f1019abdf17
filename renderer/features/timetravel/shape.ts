// The past keeps today's shape: people keep the spots they have on screen now, so the eye sees only
// who was (not) there; going back to today puts everyone exactly where they were.
import type { Position } from '../../../shared/domain/model';

/** On-screen spots win over saved ones (a layout switch may show another arrangement); only people present count. */
export function withShape(saved: readonly Position[], onScreen: readonly Position[], people: ReadonlyArray<{ id: string }>): Position[] {
  const present = new Set(people.map((p) => p.id));
  const shown = onScreen.filter((p) => present.has(p.personId));
  const have = new Set(shown.map((p) => p.personId));
  return [...shown, ...saved.filter((p) => present.has(p.personId) && !have.has(p.personId))];
}
