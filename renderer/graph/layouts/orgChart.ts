// Org chart: a tidy tree from reports-to edges (person → manager), written here rather than with
// elkjs because ELK is async, ~3 s at 1,000 nodes (renderer/README.md) and cannot wrap a wide team into rows.
import { byNameThenId, type LayoutInput, type LayoutPerson, type Positions } from './types';

export interface OrgChartOptions {
  /** Horizontal room per person (node + label + gap). */
  columnWidth: number;
  /** Vertical distance between a manager and the first row of their reports. */
  rowHeight: number;
  /** A manager's reports wrap into rows of at most this many. */
  maxPerRow: number;
  /** Extra space between wrapped rows of sub-teams, and above the people without a manager. */
  groupGap: number;
  /** Wrapped sub-teams aim for blocks this much wider than tall (screens are wide). */
  aspect: number;
}

export const ORG_CHART_DEFAULTS: OrgChartOptions = { columnWidth: 180, rowHeight: 140, maxPerRow: 6, groupGap: 60, aspect: 3 };

interface Box {
  w: number;
  h: number;
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

function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

export function orgChartLayout(input: LayoutInput, options: Partial<OrgChartOptions> = {}): Positions {
  const o = { ...ORG_CHART_DEFAULTS, ...options };
  const people = [...input.people].sort(byNameThenId);
  const manager = managersOf(input);
  const reports = new Map<string, LayoutPerson[]>();
  for (const p of people) {
    const boss = manager.get(p.id);
    if (boss === undefined) continue;
    const list = reports.get(boss) ?? [];
    list.push(p);
    reports.set(boss, list);
  }

  const box = new Map<string, Box>();
  const size = new Map<string, number>();
  // Offset of each child's box (top-left) from its manager's box (top-left).
  const offset = new Map<string, { dx: number; dy: number }>();

  /** Sub-teams packed into rows about as wide as the block is tall (times `aspect`), never narrower than the widest. */
  const packTeams = (teams: readonly LayoutPerson[]): LayoutPerson[][] => {
    const boxes = teams.map((t) => box.get(t.id) as Box);
    const area = boxes.reduce((s, b) => s + b.w * b.h, 0);
    const target = Math.max(...boxes.map((b) => b.w), Math.sqrt(area * o.aspect));
    const rows: LayoutPerson[][] = [];
    let row: LayoutPerson[] = [];
    let width = 0;
    teams.forEach((t, i) => {
      const w = (boxes[i] as Box).w;
      if (row.length > 0 && (width + w > target || row.length >= o.maxPerRow)) {
        rows.push(row);
        row = [];
        width = 0;
      }
      row.push(t);
      width += w;
    });
    if (row.length > 0) rows.push(row);
    return rows;
  };

  /** Children rows: individual contributors first (a compact grid), then sub-teams, each wrapped. */
  const rowsOf = (kids: readonly LayoutPerson[]): LayoutPerson[][] => {
    const leaves = kids.filter((k) => !reports.has(k.id));
    const teams = kids.filter((k) => reports.has(k.id));
    return [...chunk(leaves, o.maxPerRow), ...packTeams(teams)];
  };

  /** Lays out rows of boxes under a header of height `top`; returns the enclosing box. */
  const stack = (rows: LayoutPerson[][], top: number): Box => {
    const widths = rows.map((row) => row.reduce((s, k) => s + (box.get(k.id) as Box).w, 0));
    const w = Math.max(o.columnWidth, ...widths);
    let y = top;
    rows.forEach((row, i) => {
      let x = (w - (widths[i] as number)) / 2;
      let rowH = 0;
      for (const k of row) {
        const b = box.get(k.id) as Box;
        offset.set(k.id, { dx: x, dy: y });
        x += b.w;
        rowH = Math.max(rowH, b.h);
      }
      const teamRow = row.some((k) => reports.has(k.id));
      y += rowH + (teamRow && i < rows.length - 1 ? o.groupGap : 0);
    });
    return { w, h: y };
  };

  // Post-order without recursion, so a 2,000-deep chain cannot overflow the stack.
  const roots = people.filter((p) => !manager.has(p.id) && reports.has(p.id));
  const order: LayoutPerson[] = [];
  const todo = [...roots];
  while (todo.length > 0) {
    const p = todo.pop() as LayoutPerson;
    order.push(p);
    for (const k of reports.get(p.id) ?? []) todo.push(k);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i] as LayoutPerson;
    const kids = reports.get(p.id) ?? [];
    size.set(p.id, 1 + kids.reduce((s, k) => s + (size.get(k.id) ?? 1), 0));
    box.set(p.id, kids.length === 0 ? { w: o.columnWidth, h: o.rowHeight } : stack(rowsOf(kids), o.rowHeight));
  }

  // The forest: biggest organisation first, wrapped like any team.
  const sortedRoots = [...roots].sort((a, b) => (size.get(b.id) ?? 0) - (size.get(a.id) ?? 0) || byNameThenId(a, b));
  const forest = stack(packTeams(sortedRoots), 0);

  const positions: Positions = {};
  // Absolute placement, iterative for the same reason as the post-order above.
  const work: [LayoutPerson, number, number][] = sortedRoots.map((r) => {
    const off = offset.get(r.id) as { dx: number; dy: number };
    return [r, off.dx, off.dy];
  });
  while (work.length > 0) {
    const [p, left, top] = work.pop() as [LayoutPerson, number, number];
    const b = box.get(p.id) as Box;
    positions[p.id] = { x: left + b.w / 2, y: top + o.rowHeight / 2 };
    for (const k of reports.get(p.id) ?? []) {
      const off = offset.get(k.id) as { dx: number; dy: number };
      work.push([k, left + off.dx, top + off.dy]);
    }
  }

  // People with neither manager nor reports: a grid of their own below the tree, not on top of it.
  const loners = people.filter((p) => !manager.has(p.id) && !reports.has(p.id));
  if (loners.length > 0) {
    const columns = Math.max(o.maxPerRow, Math.floor(forest.w / o.columnWidth));
    const gridW = Math.min(columns, loners.length) * o.columnWidth;
    const left = roots.length > 0 ? (forest.w - gridW) / 2 : 0;
    const top = roots.length > 0 ? forest.h + o.groupGap * 2 : 0;
    loners.forEach((p, i) => {
      positions[p.id] = {
        x: left + (i % columns) * o.columnWidth + o.columnWidth / 2,
        y: top + Math.floor(i / columns) * o.rowHeight + o.rowHeight / 2,
      };
    });
  }
  return positions;
}
