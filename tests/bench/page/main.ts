// The bench page: the REAL layout engine, stylesheet, element builders and big-graph settings of the
// renderer, beside bare Cytoscape (default style and options) on the same synthetic account.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeInfluence } from '../../../shared/domain/influence';
import { computeLayout, openLayout, prewarmInfluenceNetwork, orgChartLayout, toPositionList, type ComputedLayout, type LayoutInput, type Positions } from '../../../renderer/graph/layouts';
import { nodeSizeForScore } from '../../../renderer/graph/layouts/influenceNetwork';
import { personElement, relationshipElement } from '../../../renderer/graph/elements';
import { mapStyle } from '../../../renderer/graph/style';
import { perfStyleFor, rendererOptionsFor, tuneForSize } from '../../../renderer/graph/perf/bigGraph';
import { clipDashedEdges } from '../../../renderer/graph/perf/clipDashes';
import { syntheticAccount, type SyntheticAccount } from '../syntheticAccount';
import type { AccountMap, Stance } from '../../../shared/domain/model';
import { untilPainted } from './painted';

cytoscape.use(fcose);

export type Variant = 'powermap' | 'bare';
export interface Step {
  ms: number;
  /** Longest main-thread long task (≥ 50 ms) inside the step, 0 if none. */
  longestTaskMs: number;
}

const longTasks: Array<{ start: number; end: number }> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ type: 'longtask', buffered: true });

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));
const rendered = (cy: Core) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    cy.one('render', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Times `fn` up to the first frame painted after it, and the longest long task meanwhile. */
async function step(cy: () => Core, fn: () => Promise<void> | void): Promise<Step> {
  const start = performance.now();
  await fn();
  await rendered(cy());
  const ms = performance.now() - start;
  await nextFrame();
  await new Promise((r) => setTimeout(r, 60)); // long-task entries arrive asynchronously
  const longestTaskMs = Math.max(0, ...longTasks.filter((t) => t.end > start && t.start < start + ms).map((t) => t.end - t.start));
  return { ms, longestTaskMs };
}

let account: SyntheticAccount;
let input: LayoutInput;
let scores = new Map<string, number>();
let saved: Positions = {};
let cy: Core | null = null;
let variant: Variant = 'powermap';
const container = () => document.getElementById('map') as HTMLElement;

const timesMedian = (runs: number, fn: () => void) => {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return xs.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
};

/** As the map adapter does it: mount with the map's stylesheet, add the account in a batch, tune for its size, fit. */
function createPowermap(positions: Positions): Core {
  const n = account.people.length;
  const elements = [
    ...account.people.map((p) => {
      const el = personElement(p, positions[p.id]);
      el.data.size = nodeSizeForScore(scores.get(p.id) ?? 0);
      return el;
    }),
    ...account.relationships.map(relationshipElement),
  ];
  const c = cytoscape({ container: container(), style: mapStyle(), minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false, autounselectify: true });
  // As the map adapter does: patterned lines cut to the screen, size settings before the people go in.
  clipDashedEdges(c);
  tuneForSize(c, n);
  c.batch(() => c.add(elements));
  c.fit(undefined, 48);
  return c;
}

function createBare(positions: Positions): Core {
  return cytoscape({
    container: container(),
    elements: [
      ...account.people.map((p) => ({ group: 'nodes' as const, data: { id: p.id }, position: { ...(positions[p.id] ?? { x: 0, y: 0 }) } })),
      ...account.relationships.map((r) => ({ group: 'edges' as const, data: { id: r.id, source: r.fromId, target: r.toId } })),
    ],
    layout: { name: 'preset', fit: true },
  });
}

const api = {
  /** Builds the account in the page; returns the median scoring time (Powermap's computeInfluence). */
  prepare(size: number, v: Variant): { scoringMs: number } {
    variant = v;
    account = syntheticAccount(size);
    let result = computeInfluence(account.people, account.relationships);
    const scoringMs = timesMedian(3, () => (result = computeInfluence(account.people, account.relationships)));
    scores = new Map([...result].map(([id, s]) => [id, s.score]));
    input = { people: account.people, relationships: account.relationships, scores };
    saved = orgChartLayout(input); // what a previous session would have saved
    return { scoringMs };
  },

  /** Opening the account with saved positions: Powermap includes scoring, element building and resolving the saved view. */
  async open(): Promise<Step> {
    cy?.destroy();
    return step(
      () => cy as Core,
      async () => {
        if (variant === 'bare') {
          cy = createBare(saved);
          return;
        }
        prewarmInfluenceNetwork(); // as the map does when it mounts
        scores = new Map([...computeInfluence(account.people, account.relationships)].map(([id, s]) => [id, s.score]));
        const opened = await openLayout('saved', toPositionList(saved), { ...input, scores });
        cy = createPowermap(opened.positions);
      },
    );
  },

  /** First render alone: instance creation to first painted frame, positions given. */
  async firstRender(): Promise<Step> {
    cy?.destroy();
    return step(
      () => cy as Core,
      () => {
        cy = variant === 'bare' ? createBare(saved) : createPowermap(saved);
      },
    );
  },

  async layout(name: ComputedLayout): Promise<Step> {
    const c = cy as Core;
    if (variant === 'powermap') {
      return step(
        () => c,
        async () => {
          const positions = await computeLayout(name, input);
          c.batch(() => c.nodes().positions((n) => positions[n.id()] ?? n.position()));
          c.fit(undefined, 40);
        },
      );
    }
    const options: Record<string, cytoscape.LayoutOptions> = {
      'org-chart': { name: 'breadthfirst' },
      'influence-network': { name: 'fcose', animate: false } as cytoscape.LayoutOptions, // default quality; animation off so we time the layout, not a 1 s tween
      rings: { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => scores.get(n.id()) ?? 0, levelWidth: () => 10 } as cytoscape.LayoutOptions,
    };
    return step(
      () => c,
      () =>
        new Promise<void>((resolve) => {
          const layout = c.layout(options[name] as cytoscape.LayoutOptions);
          layout.one('layoutstop', () => resolve());
          layout.run();
        }),
    );
  },

  /** 60 frames of zoom + pan; returns mean and worst frame interval. */
  async panZoom(): Promise<{ meanMs: number; worstMs: number }> {
    const c = cy as Core;
    c.fit(undefined, 40);
    const base = c.zoom();
    const stamps: number[] = [await nextFrame()];
    for (let i = 0; i < 60; i++) {
      c.viewport({ zoom: base * (1 + 0.8 * Math.sin(i / 10)), pan: { x: c.pan().x + 7, y: c.pan().y + 4 } });
      stamps.push(await nextFrame());
    }
    const gaps = stamps.slice(1).map((t, i) => t - (stamps[i] as number));
    return { meanMs: gaps.reduce((s, g) => s + g, 0) / gaps.length, worstMs: Math.max(...gaps) };
  },

  /** Bare `cy.png({ full: true })` at `max` px on the long side: the baseline of the app's PNG export. */
  pngFull(max: number): Step {
    const start = performance.now();
    (cy as Core).png({ full: true, maxWidth: max, maxHeight: max, bg: '#ffffff', output: 'blob' });
    const ms = performance.now() - start;
    return { ms, longestTaskMs: ms };
  },

  /** The edit-to-pixels baseline: the app's account map drawn with the map's stylesheet, as the adapter does. */
  showAccount(map: AccountMap): void {
    cy?.destroy();
    account = { account: map.account, people: map.people, relationships: map.relationships };
    scores = new Map([...computeInfluence(map.people, map.relationships)].map(([id, s]) => [id, s.score]));
    cy = createPowermap(Object.fromEntries(map.positions.map((p) => [p.personId, { x: p.x, y: p.y }])));
  },

  /** Bare Cytoscape restyle: one node's stance changed with node.data(), timed to the frame after it shows. */
  restyle(id: string, stance: Stance): Promise<number> {
    const node = (cy as Core).getElementById(id);
    const start = performance.now();
    node.data('stance', stance);
    return untilPainted(start, () => node.data('stance') === stance);
  },

  /** Image of the current map, for looking at layouts. */
  png(): string {
    return (cy as Core).png({ full: true, maxWidth: 1600, maxHeight: 1200, bg: '#ffffff' });
  },
};

(window as unknown as { bench: typeof api }).bench = api;

/** The real modules, for ad-hoc experiments from a Playwright console (not used by run.ts). */
(window as unknown as { benchLib: unknown }).benchLib = { cytoscape, mapStyle, perfStyleFor, rendererOptionsFor, personElement, relationshipElement, syntheticAccount, orgChartLayout, nodeSizeForScore };
