// Arrow keys on the map: from one person, the nearest person in that direction. Pure geometry on
// model positions (y grows downwards, as on screen), so it is unit-tested without a map.
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Spot {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The person to move to: among those ahead in `dir`, the one with the least distance ahead plus twice
 * the sideways offset, preferring those within 45° of the direction (a person straight ahead beats a
 * closer one far off to the side). Null when nobody is ahead. Ties go to the smaller id, so it is stable.
 */
export function nearestInDirection(from: Spot, spots: readonly Spot[], dir: Direction): string | null {
  const u = UNIT[dir];
  let best: { id: string; inCone: boolean; cost: number } | null = null;
  for (const s of spots) {
    if (s.id === from.id) continue;
    const dx = s.x - from.x;
    const dy = s.y - from.y;
    const ahead = dx * u.x + dy * u.y;
    if (ahead <= 0) continue;
    const side = Math.abs(dx * u.y - dy * u.x);
    const candidate = { id: s.id, inCone: side <= ahead, cost: ahead + 2 * side };
    if (!best || better(candidate, best)) best = candidate;
  }
  return best?.id ?? null;
}

function better(a: { id: string; inCone: boolean; cost: number }, b: { id: string; inCone: boolean; cost: number }): boolean {
  if (a.inCone !== b.inCone) return a.inCone;
  if (a.cost !== b.cost) return a.cost < b.cost;
  return a.id < b.id;
}

/** Where keyboard focus starts on entering the map: the given person if shown, else the one nearest the centre. */
export function startingPerson(spots: readonly Spot[], centre: { x: number; y: number }, preferred: string | null): string | null {
  if (preferred && spots.some((s) => s.id === preferred)) return preferred;
  let best: Spot | null = null;
  let bestD = Infinity;
  for (const s of spots) {
    const d = (s.x - centre.x) ** 2 + (s.y - centre.y) ** 2;
    if (d < bestD || (d === bestD && best && s.id < best.id)) {
      best = s;
      bestD = d;
    }
  }
  return best?.id ?? null;
}
