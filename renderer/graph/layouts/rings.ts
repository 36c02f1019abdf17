// Rings by rank: the top decision-maker in the centre (else the highest score), then rings outward in
// rank order; around a ring people sit grouped by department. Each ring is as full as its length allows
// and as close to the one inside it as the marks allow, both measured by the boxes people draw (node,
// badges, label; ringPack.ts), so the picture stays compact and a name reads at fit.
import { ratingValue } from '../../../shared/domain/personDefaults';
import { drawnSizes } from './drawnSize';
import { compactLabelled, markBox, type MarkBox } from './labelSize';
import { BAND_ANGLE, capacity, clearOf, onRing, RING_ASPECT, RING_GAP, spreadRound, type Mark } from './ringPack';
import { byNameThenId, type LayoutPerson, type Positions } from './types';

export interface RingsOptions {
  /** Node diameter per person id as drawn (default: from the score, highlight.ts). */
  sizes?: ReadonlyMap<string, number>;
}

/** How a ring's (vertical) radius is searched: in steps of this many px out from the ring inside it. */
const STEP = 24;
const MIN_APART = 24;
/** Turns tried for a ring of up to TURNED_UP_TO people, each a fraction of the angle between two of them. */
const TURNS = 6;
const TURNED_UP_TO = 24;
/**
 * Up to this many people, rings are packed by each person's marks; a bigger map (names cannot read at fit
 * anyway, and packing 2,000 would cost ~150 ms) gets evenly spaced rings roomy enough for any compact label.
 */
const PACKED_UP_TO = 60;
/** Room a band's words take on the ring ("Ranks 11+", "第 11 名及以后" at 16 px), with the slack of the spots guides.ts tries. */
const BAND_ROOM: MarkBox = { halfWidth: 66, above: 20, below: 20 };
/** The outer ring holds at least this many (or everyone of the last two rings): spread round, they reach its sides. */
const OUTER_AT_LEAST = 4;
/** Even rings: distance between two, and the length of ring each person takes. */
const EVEN_GAP = 190;
const EVEN_SPACING = 200;

/** Ranking order (shared/domain/ranking.ts): score, then authority, then name (then id for full determinism). */
export function rankOrder(people: readonly LayoutPerson[], scores: ReadonlyMap<string, number>): LayoutPerson[] {
  const score = (p: LayoutPerson) => scores.get(p.id) ?? 0;
  return [...people].sort((a, b) => score(b) - score(a) || ratingValue(b.authority) - ratingValue(a.authority) || byNameThenId(a, b));
}

interface Ring {
  rho: number;
  people: LayoutPerson[];
  marks: Mark[];
}

export function ringsLayout(people: readonly LayoutPerson[], scores: ReadonlyMap<string, number>, options: RingsOptions = {}): Positions {
  const byScore = rankOrder(people, scores);
  // The one who decides sits in the centre, whatever their score; everyone else keeps rank order.
  const top = byScore.find((p) => p.isTopDecisionMaker === true);
  const ranked = top ? [top, ...byScore.filter((p) => p !== top)] : byScore;
  if (ranked.length === 0) return {};
  const rank = new Map(ranked.map((p, i) => [p.id, i]));
  // Departments in the order of their best-ranked member, so the top person's team starts the circle.
  const deptOrder = new Map<string, number>();
  for (const p of ranked) if (!deptOrder.has(p.department)) deptOrder.set(p.department, deptOrder.size);
  if (ranked.length > PACKED_UP_TO) return evenRings(ranked, deptOrder, rank);
  const sizes = drawnSizes({ people, scores, ...(options.sizes ? { sizes: options.sizes } : {}) });
  // Labels are compact here (name, one-line title: style.ts `compact-label`).
  const boxOf = new Map(ranked.map((p) => [p.id, markBox(compactLabelled(p), sizes.get(p.id) as number)]));
  const box = (p: LayoutPerson) => boxOf.get(p.id) as MarkBox;

  const centre: Ring = { rho: 0, people: [ranked[0] as LayoutPerson], marks: [{ x: 0, y: 0, box: box(ranked[0] as LayoutPerson) }] };
  const rings: Ring[] = [centre];
  const inside = (k: number): Mark[] => [...(rings[k - 1]?.marks ?? []), ...(rings[k - 2]?.marks ?? [])];
  let next = 1;
  while (next < ranked.length) {
    const k = rings.length;
    const ring = fill(ranked.slice(next), (rings[k - 1] as Ring).rho, inside(k), box, deptOrder, rank);
    rings.push(ring);
    next += ring.people.length;
  }
  // The last two rings shared out anew — all on one ring, or fewer on the inner one (which leaves gaps the
  // outer one's people sit in) — for the smallest picture whose outer ring is not nearly empty (a ring of one
  // to three would be drawn far out, its oval reaching off the picture the map fits to its people).
  if (rings.length >= 3) {
    const k = rings.length - 2;
    const both = [...(rings[k] as Ring).people, ...(rings[k + 1] as Ring).people].sort((a, b) => (rank.get(a.id) as number) - (rank.get(b.id) as number));
    const ok = (pair: Ring[]) => (pair[pair.length - 1] as Ring).people.length >= Math.min(OUTER_AT_LEAST, both.length);
    let best: Ring[] | null = ok([rings[k] as Ring, rings[k + 1] as Ring]) ? [rings[k] as Ring, rings[k + 1] as Ring] : null;
    const tries = [both.length, ...Array.from({ length: Math.max(0, (rings[k] as Ring).people.length - Math.ceil(both.length / 3)) }, (_, i) => (rings[k] as Ring).people.length - 1 - i)];
    for (const inner of tries) {
      const first = fill(both.slice(0, inner), (rings[k - 1] as Ring).rho, inside(k), box, deptOrder, rank);
      const rest = both.slice(first.people.length);
      const second = rest.length === 0 ? null : fill(rest, first.rho, [...first.marks, ...(rings[k - 1] as Ring).marks], box, deptOrder, rank);
      if (second && second.people.length < rest.length) continue;
      const pair = second ? [first, second] : [first];
      if (ok(pair) && (best === null || extent(pair) < extent(best) - 0.5)) best = pair;
    }
    if (best) rings.splice(k, 2, ...best);
  }

  const positions: Positions = {};
  for (const ring of rings) ring.people.forEach((p, i) => (positions[p.id] = { x: Math.round((ring.marks[i] as Mark).x * 100) / 100, y: Math.round((ring.marks[i] as Mark).y * 100) / 100 }));
  return positions;
}

/** How big the outer rings' people make the picture, for a map pane RING_ASPECT times wider than tall. */
function extent(rings: readonly Ring[]): number {
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (const ring of rings) {
    for (const m of ring.marks) {
      x1 = Math.min(x1, m.x - m.box.halfWidth);
      x2 = Math.max(x2, m.x + m.box.halfWidth);
      y1 = Math.min(y1, m.y - m.box.above);
      y2 = Math.max(y2, m.y + m.box.below);
    }
  }
  return Math.max((x2 - x1) / RING_ASPECT, y2 - y1);
}

/** The next ring out from `innerRho`: the closest radius at which its people, as many as go round, clear the rings inside it. */
function fill(waiting: readonly LayoutPerson[], innerRho: number, inner: readonly Mark[], box: (p: LayoutPerson) => MarkBox, deptOrder: ReadonlyMap<string, number>, rank: ReadonlyMap<string, number>): Ring {
  const at = (rho: number): Ring | null => {
    // The ring in department order can need a little more room than in rank order: a few fewer then.
    // Each ring keeps a place for its band's words (guides.ts), first in the walk: near the ring's top (BAND_ANGLE).
    for (let m = capacity(rho, [BAND_ROOM, ...waiting.map(box)], BAND_ANGLE) - 1; m > 0; m -= Math.max(1, Math.ceil(m / 50))) {
      const members = waiting.slice(0, m).sort((a, b) => (deptOrder.get(a.department) as number) - (deptOrder.get(b.department) as number) || (rank.get(a.id) as number) - (rank.get(b.id) as number));
      // Turned a little, a ring's people can sit in the gaps of the ring inside it (a small ring only: each turn is a full placement).
      const turns = members.length <= TURNED_UP_TO ? TURNS : 1;
      let fits = false;
      for (let j = 0; j < turns; j++) {
        const angles = spreadRound(rho, [BAND_ROOM, ...members.map(box)], BAND_ANGLE + (j * Math.PI) / (turns * (members.length + 1)));
        if (!angles) continue;
        fits = true;
        // The people, then the band's place (kept in the ring's marks so the next ring clears it too).
        const marks = [...members.map((p, i) => ({ ...onRing(rho, angles[i + 1] as number), box: box(p) })), { ...onRing(rho, angles[0] as number), box: BAND_ROOM }];
        if (clearOf(marks, inner)) return { rho, people: members, marks };
      }
      if (fits) return null;
    }
    return null;
  };
  // No closer than the narrowest two people side by side at the ring's sides, or the shortest two one above the other.
  const boxes = waiting.map(box);
  const least = Math.min((2 * Math.min(...boxes.map((b) => b.halfWidth)) + RING_GAP) / RING_ASPECT, Math.min(...boxes.map((b) => b.below)) + Math.min(...boxes.map((b) => b.above)) + RING_GAP);
  // Rings at least MIN_APART apart, so a ring reads as one (ringBands.ts).
  let failed = innerRho + MIN_APART;
  let rho = innerRho + Math.max(MIN_APART, least);
  let found = at(rho);
  while (!found) {
    failed = rho;
    rho += STEP;
    found = at(rho);
  }
  // Closer still, between the last radius that failed and the first that worked.
  for (let lo = failed, hi = rho, i = 0; i < 3; i++) {
    const mid = (lo + hi) / 2;
    const ring = at(mid);
    if (ring) [found, hi] = [ring, mid];
    else lo = mid;
  }
  return found;
}

/** Rings EVEN_GAP apart, as full as EVEN_SPACING a person allows, people an equal length of ring apart. */
function evenRings(ranked: readonly LayoutPerson[], deptOrder: ReadonlyMap<string, number>, rank: ReadonlyMap<string, number>): Positions {
  const positions: Positions = { [(ranked[0] as LayoutPerson).id]: { x: 0, y: 0 } };
  // One ring's length measured along it, at `SAMPLES` points (every ring is the same shape scaled).
  const SAMPLES = 256;
  const along = [0];
  for (let i = 1; i <= SAMPLES; i++) {
    const a = onRing(1, -Math.PI / 2 + (2 * Math.PI * (i - 1)) / SAMPLES), b = onRing(1, -Math.PI / 2 + (2 * Math.PI * i) / SAMPLES);
    along.push((along[i - 1] as number) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const length = along[SAMPLES] as number;
  let next = 1;
  for (let k = 1; next < ranked.length; k++) {
    const rho = k * EVEN_GAP;
    const ring = ranked.slice(next, next + Math.max(6, Math.floor((length * rho) / EVEN_SPACING)));
    next += ring.length;
    ring.sort((a, b) => (deptOrder.get(a.department) as number) - (deptOrder.get(b.department) as number) || (rank.get(a.id) as number) - (rank.get(b.id) as number));
    let j = 0;
    ring.forEach((p, i) => {
      const want = (length * i) / ring.length;
      while (j < SAMPLES && (along[j + 1] as number) < want) j++;
      const f = ((want - (along[j] as number)) / ((along[j + 1] as number) - (along[j] as number))) || 0;
      const at = onRing(rho, -Math.PI / 2 + (2 * Math.PI * (j + f)) / SAMPLES);
      positions[p.id] = { x: Math.round(at.x * 100) / 100, y: Math.round(at.y * 100) / 100 };
    });
  }
  return positions;
}
