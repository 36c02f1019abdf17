// Org chart: d3-hierarchy's tidy tree over reports-to edges (person → manager). Everyone with the same
// manager sits on one level; a manager with more than `maxPerRow` individual contributors gets them as a
// block of rows directly underneath, split by a central aisle that carries the reports-to lines (drawn as
// elbows, see orgChartRoute), with that manager's sub-teams hanging below the block. People with neither
// manager nor reports form their own group below the tree.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { drawnSizes } from './drawnSize';
import { aboveNode, compactLabelled, labelHeight } from './labelSize';
import { byNameThenId, LABEL_MAX_WIDTH, type LayoutInput, type LayoutPerson, type LayoutRelationship, type Point, type Positions } from './types';

export interface OrgChartOptions {
  /** Horizontal room per person (node + label + gap). */
  columnWidth: number;
  /** Least vertical distance between levels (more where a label must clear the level below, see rowGap); the rows of people without a manager. */
  rowHeight: number;
  /** A manager's reports wrap into rows of at most this many. */
  maxPerRow: number;
  /** Extra space between separate organisations and sub-teams of different managers, and above the people without a manager. */
  groupGap: number;
  /** Width of the free lane down the middle of a wrapped block, where its reports-to lines run. */
  aisle: number;
  /** How far above a report its reports-to line turns towards the manager (the style's taxi-turn). */
  turn: number;
  /** Labels drawn compact, name over a one-line title (the org chart on the map: style.ts `compact-label`); false: the whole title. */
  compactLabels: boolean;
}

export const ORG_CHART_DEFAULTS: OrgChartOptions = { columnWidth: LABEL_MAX_WIDTH + 10, rowHeight: 110, maxPerRow: 6, groupGap: 0, aisle: 30, turn: 22, compactLabels: true };

/** One box in the tidy tree: a person, or one row of a wrapped block of individual contributors. */
interface TreeNode {
  person?: LayoutPerson;
  row?: LayoutPerson[];
  width: number;
  children: TreeNode[];
}

/** Manager per person from reports-to edges; several managers → the first by name; cycles cut. */
export function managersOf(input: LayoutInput): Map<string, string> {
  const byId = new Map(input.people.map((p) => [p.id, p]));
  const manager = new Map<string, string>();
  for (const r of input.relationships) {
    if (r.type !== 'reports-to' || r.fromId === r.toId) continue;
    const boss = byId.get(r.toId);
    if (!boss || !byId.has(r.fromId)) continue;
    const current = manager.get(r.fromId);
    if (current === undefined || byNameThenId(boss, byId.get(current) as LayoutPerson) < 0) manager.set(r.fromId, r.toId);
  }
  // Defensive: the service refuses cycles, but a cycle here would hang the layout — cut it.
  const state = new Map<string, 1 | 2>();
  for (const p of [...input.people].sort(byNameThenId)) {
    const path: string[] = [];
    let at: string | undefined = p.id;
    while (at !== undefined && state.get(at) === undefined) {
      state.set(at, 1);
      path.push(at);
      const next: string | undefined = manager.get(at);
      if (next !== undefined && state.get(next) === 1) {
        manager.delete(at);
        break;
      }
      at = next;
    }
    for (const id of path) state.set(id, 2);
  }
  return manager;
}

/**
 * The reports-to line as the map draws it (Cytoscape taxi edge from the report up to the manager): up from
 * the report to `turn` px above the top of the biggest node of that row of the manager's reports (`rowSize`
 * across; orgTrunks.ts sets each line's turn so), across to above the manager, then up into the manager.
 */
export function orgChartRoute(report: Point, manager: Point, rowSize = 0, turn = ORG_CHART_DEFAULTS.turn): Point[] {
  const y = report.y - rowSize / 2 - turn;
  return [report, { x: report.x, y }, { x: manager.x, y }, manager];
}

export function orgChartLayout(input: LayoutInput, options: Partial<OrgChartOptions> = {}): Positions {
  const o = { ...ORG_CHART_DEFAULTS, ...options };
  const people = [...input.people].sort(byNameThenId);
  const manager = managersOf(input);
  const sizes = drawnSizes(input);
  const sizeOf = (p: LayoutPerson): number => sizes.get(p.id) as number;
  const heights = new Map<string, number>();
  const heightOf = (p: LayoutPerson): number => {
    let h = heights.get(p.id);
    if (h === undefined) heights.set(p.id, (h = labelHeight(o.compactLabels ? compactLabelled(p) : p)));
    return h;
  };
  const reports = new Map<string, LayoutPerson[]>();
  for (const p of people) {
    const boss = manager.get(p.id);
    if (boss === undefined) continue;
    const list = reports.get(boss) ?? [];
    list.push(p);
    reports.set(boss, list);
  }

  // Tree nodes for everyone in a hierarchy, linked without recursion (a 2,000-deep chain must not overflow).
  const nodeOf = new Map<string, TreeNode>();
  for (const p of people) if (manager.has(p.id) || reports.has(p.id)) nodeOf.set(p.id, { person: p, width: o.columnWidth, children: [] });
  for (const [bossId, kids] of reports) {
    const boss = nodeOf.get(bossId) as TreeNode;
    const leaves = kids.filter((k) => !reports.has(k.id));
    const teams = kids.filter((k) => reports.has(k.id)).map((k) => nodeOf.get(k.id) as TreeNode);
    if (leaves.length <= o.maxPerRow) {
      boss.children = kids.map((k) => nodeOf.get(k.id) as TreeNode);
      continue;
    }
    // A block: rows of individual contributors straight under the manager, sub-teams below it.
    const width = 2 * Math.ceil(o.maxPerRow / 2) * o.columnWidth + o.aisle;
    let parent = boss;
    for (let i = 0; i < leaves.length; i += o.maxPerRow) {
      const row: TreeNode = { row: leaves.slice(i, i + o.maxPerRow), width, children: [] };
      parent.children = [row];
      parent = row;
    }
    parent.children = teams;
  }

  const roots = people.filter((p) => !manager.has(p.id) && reports.has(p.id));
  const size = new Map<string, number>();
  for (const r of roots) {
    let n = 0;
    const todo = [r.id];
    while (todo.length > 0) {
      n += 1;
      for (const k of reports.get(todo.pop() as string) ?? []) todo.push(k.id);
    }
    size.set(r.id, n);
  }
  // The forest under one invisible root: biggest organisation first.
  const forest: TreeNode = {
    width: 0,
    children: [...roots].sort((a, b) => (size.get(b.id) as number) - (size.get(a.id) as number) || byNameThenId(a, b)).map((r) => nodeOf.get(r.id) as TreeNode),
  };

  const positions: Positions = {};
  let minX = 0, maxX = 0, maxY = -o.rowHeight;
  if (roots.length > 0) {
    const laidOut = tree<TreeNode>()
      .nodeSize([1, o.rowHeight])
      .separation((a, b) => (a.data.width + b.data.width) / 2 + (a.parent === b.parent ? 0 : o.groupGap))(hierarchy(forest));
    minX = Infinity;
    maxX = -Infinity;
    const levels: Placed[][] = [];
    laidOut.each((n: HierarchyPointNode<TreeNode>) => {
      if (n.depth === 0) return;
      const level = (levels[n.depth - 1] ??= []);
      minX = Math.min(minX, n.x - n.data.width / 2);
      maxX = Math.max(maxX, n.x + n.data.width / 2);
      if (n.data.person) level.push({ person: n.data.person, x: n.x });
      const row = n.data.row ?? [];
      const left = Math.ceil(row.length / 2);
      row.forEach((p, i) => {
        const side = i < left ? -(left - i) * o.columnWidth - o.aisle / 2 + o.columnWidth / 2 : (i - left) * o.columnWidth + o.aisle / 2 + o.columnWidth / 2;
        level.push({ person: p, x: n.x + side });
      });
    });
    let y = 0;
    levels.forEach((level, d) => {
      for (const { person, x } of level) positions[person.id] = { x, y };
      maxY = y;
      y += rowGap(level, levels[d + 1] ?? [], (v) => manager.get(v.id), o.rowHeight, sizeOf, heightOf, o.turn);
    });
  }

  // People with neither manager nor reports: a grid of their own below the tree, under nobody.
  const loners = people.filter((p) => !manager.has(p.id) && !reports.has(p.id));
  if (loners.length > 0) {
    const columns = Math.max(o.maxPerRow, Math.floor((maxX - minX) / o.columnWidth));
    // Every row of the group clears the one below as if each label had someone under it.
    const all = loners.map((person) => ({ person, x: 0 }));
    const row = rowGap(all, all, () => undefined, o.rowHeight, sizeOf, heightOf, o.turn);
    const lastLevel = people.filter((p) => positions[p.id]?.y === maxY).map((person) => ({ person, x: 0 }));
    const top = roots.length > 0 ? maxY + rowGap(lastLevel, all, () => undefined, o.rowHeight, sizeOf, heightOf, o.turn) + GROUP_TITLE : 0;
    loners.forEach((p, i) => {
      positions[p.id] = { x: minX + (i % columns) * o.columnWidth + o.columnWidth / 2, y: top + Math.floor(i / columns) * row };
    });
  }
  return positions;
}

interface Placed {
  person: LayoutPerson;
  x: number;
}

/** Room above the group without a manager for its title (a layout guide). */
const GROUP_TITLE = 40;


/**
 * Distance from one level to the next: enough that each label ends above the nodes and badges of the next
 * level in reach under it, and above the reports-to lines that turn under it (`turn` px above a report's
 * node, running across to the manager); never less than `least`. Labels are estimated (labelSize.ts), so a
 * level of short titles packs closer. `bossOf`: the manager of someone below (undefined: none, or no lines).
 */
function rowGap(level: readonly Placed[], below: readonly Placed[], bossOf: (v: LayoutPerson) => string | undefined, least: number, sizeOf: (p: LayoutPerson) => number, heightOf: (p: LayoutPerson) => number, turn: number): number {
  const radius = (p: LayoutPerson) => sizeOf(p) / 2;
  const half = LABEL_MAX_WIDTH / 2;
  const under = [...below].sort((a, b) => a.x - b.x);
  const xs = under.map((v) => v.x);
  const widest = under.reduce((m, v) => Math.max(m, radius(v.person)), 0);
  // Each manager's lines: from their leftmost to their rightmost report and over to them, as high as the highest turn.
  const xOf = new Map(level.map((u) => [u.person.id, u.x]));
  const spans = new Map<string, { x1: number; x2: number; reach: number }>();
  for (const v of under) {
    const boss = bossOf(v.person);
    const bx = boss === undefined ? undefined : xOf.get(boss);
    if (boss === undefined || bx === undefined) continue;
    const s = spans.get(boss) ?? { x1: bx, x2: bx, reach: 0 };
    spans.set(boss, { x1: Math.min(s.x1, v.x), x2: Math.max(s.x2, v.x), reach: Math.max(s.reach, radius(v.person) + turn + 2) });
  }
  const lines = [...spans.values()].sort((a, b) => a.x1 - b.x1);
  const starts = lines.map((l) => l.x1);
  const longest = lines.reduce((m, l) => Math.max(m, l.x2 - l.x1), 0);
  let gap = least;
  for (const u of level) {
    // What reaches highest above its node's centre (radius and badges), or the highest line, under the label.
    let reach = -1;
    for (let i = lowerBound(xs, u.x - half - widest - 4); i < under.length && (xs[i] as number) < u.x + half + widest + 4; i++) {
      const v = under[i] as Placed;
      if (Math.abs(v.x - u.x) < half + radius(v.person) + 4) reach = Math.max(reach, radius(v.person) + aboveNode(v.person));
    }
    for (let i = lowerBound(starts, u.x - half - longest); i < lines.length && (starts[i] as number) < u.x + half; i++) {
      const l = lines[i] as { x1: number; x2: number; reach: number };
      if (l.x2 > u.x - half) reach = Math.max(reach, l.reach);
    }
    if (reach >= 0) gap = Math.max(gap, radius(u.person) + heightOf(u.person) + reach + 4);
  }
  return Math.ceil(gap);
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** People with no reports-to line at all (no manager, and nobody reporting to them): the org chart's group apart. */
export function withoutManager(personIds: readonly string[], relationships: readonly LayoutRelationship[]): string[] {
  const onMap = new Set(personIds);
  const inChart = new Set<string>();
  for (const r of relationships) {
    if (r.type !== 'reports-to' || r.fromId === r.toId || !onMap.has(r.fromId) || !onMap.has(r.toId)) continue;
    inChart.add(r.fromId);
    inChart.add(r.toId);
  }
  return personIds.filter((id) => !inChart.has(id));
}
