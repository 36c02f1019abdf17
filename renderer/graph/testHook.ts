// A read-only window into the map for browser tests, installed only when the page URL has ?e2e.
import type { GraphAdapter } from './adapter';
import { GUIDE_CLASS, people } from './guides';

export interface GraphTestHook {
  nodeCount(): number;
  edgeCount(): number;
  nodeIds(): string[];
  nodeLabel(id: string): string | null;
  /** The label as the map draws it now ('' while a big map has not labelled this person yet). */
  drawnLabel(id: string): string | null;
  /** The label's lines as Cytoscape wrapped and measured them (its own cache), and its CSS font, or null. */
  labelLines(id: string): { lines: string[]; font: string } | null;
  nodePosition(id: string): { x: number; y: number } | null;
  /** Position in CSS px relative to the map container (for dragging with the mouse). */
  renderedPosition(id: string): { x: number; y: number } | null;
  /** Increments after every data change or layout, so tests can wait for the map to settle. */
  version(): number;
  /** The label's font size as drawn on screen, in CSS px (style size × zoom). */
  labelScreenPx(id: string): number | null;
  /** A relationship line's drawn opacity (0–1). */
  edgeOpacity(id: string): number | null;
  /** The stance a person's node is drawn with (its colour), or null. */
  nodeStance(id: string): string | null;
  /** The people with the focus ring, in the order chosen. */
  selectedIds(): string[];
  /** The people drawn with the keyboard focus ring (Tab into the map, arrow keys), and its drawn outline width. */
  keyboardRing(): { ids: string[]; width: number | null };
  /** The map's zoom level. */
  zoom(): number;
  /** Every node's box in model coordinates: the node alone, and with its label and badges. */
  nodeBoxes(): NodeBoxes[];
  /** A line as drawn, in model coordinates: from its start at the source, through its bends, to the target. */
  edgeRoute(id: string): { x: number; y: number }[] | null;
  /** The layout guides drawn (rings, bands, the group without a manager): words, boxes, on-screen font size. */
  guides(): GuideInfo[];
  /** A person's label colour and the label's backing colour as drawn ("rgb(r,g,b)"), for contrast checks. */
  labelInk(id: string): { color: string; background: string; backgroundOpacity: number } | null;
}

export interface GuideInfo {
  id: string;
  /** ring, band or group. */
  kind: string;
  text: string;
  shown: boolean;
  /** The shape alone (empty for a band's words). */
  shape: Box;
  /** The words alone. */
  label: Box;
  /** Font size of the words on screen, px. */
  screenPx: number;
  /** Half a ring's height (rings are ellipses; 0 for other guides). */
  radius: number;
  centre: { x: number; y: number };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface NodeBoxes {
  id: string;
  node: Box;
  /** Node, label and badges together. */
  withLabel: Box;
  /** The label's own box (empty for a node without a label). */
  label: Box;
}

declare global {
  interface Window {
    __powermapGraph?: GraphTestHook;
  }
}

export function installTestHook(adapter: GraphAdapter): void {
  if (!new URLSearchParams(window.location.search).has('e2e')) return;
  let version = 0;
  adapter.onChange(() => {
    version += 1;
  });
  const node = (id: string) => {
    const n = adapter.instance?.getElementById(id);
    return n && n.nonempty() ? n : null;
  };
  const hook: GraphTestHook = {
    nodeCount: () => (adapter.instance ? people(adapter.instance).length : 0),
    edgeCount: () => adapter.instance?.edges().length ?? 0,
    nodeIds: () => (adapter.instance ? people(adapter.instance).map((n) => n.id()) : []),
    nodeLabel: (id) => (node(id)?.data('label') as string | undefined) ?? null,
    drawnLabel: (id) => {
      const n = node(id);
      return n ? String(n.style('label') ?? '') : null;
    },
    labelLines: (id) => {
      const n = node(id);
      const lines = (n as unknown as { _private?: { rscratch?: { labelWrapCachedLines?: string[] } } } | undefined)?._private?.rscratch?.labelWrapCachedLines;
      if (!n || !lines) return null;
      return { lines: [...lines], font: `${String(n.style('font-weight'))} ${String(n.style('font-size'))} ${String(n.style('font-family'))}` };
    },
    nodePosition: (id) => {
      const n = node(id);
      return n ? { ...n.position() } : null;
    },
    renderedPosition: (id) => {
      const n = node(id);
      return n ? { ...n.renderedPosition() } : null;
    },
    version: () => version,
    labelScreenPx: (id) => {
      const n = node(id);
      return n ? parseFloat(String(n.style('font-size'))) * (adapter.instance?.zoom() ?? 1) : null;
    },
    edgeOpacity: (id) => {
      const e = adapter.instance?.getElementById(id);
      return e && e.nonempty() ? parseFloat(String(e.style('opacity'))) : null;
    },
    nodeStance: (id) => (node(id)?.data('stance') as string | undefined) ?? null,
    selectedIds: () => [...adapter.selected()],
    keyboardRing: () => {
      const ringed = adapter.instance?.nodes('.kbd-focus');
      const first = ringed?.first();
      return { ids: ringed?.map((n) => n.id()) ?? [], width: first && first.nonempty() ? parseFloat(String(first.style('outline-width'))) : null };
    },
    zoom: () => adapter.instance?.zoom() ?? 1,
    nodeBoxes: () =>
      (adapter.instance ? people(adapter.instance) : null)?.map((n) => {
        const box = (o: Parameters<typeof n.boundingBox>[0]): Box => {
          const b = n.boundingBox(o);
          return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        };
        return {
          id: n.id(),
          node: box({ includeLabels: false, includeOverlays: false, includeUnderlays: false }),
          withLabel: box({ includeLabels: true, includeOverlays: false, includeUnderlays: false }),
          label: box({ includeNodes: false, includeLabels: true, includeOverlays: false, includeUnderlays: false }),
        };
      }) ?? [],
    guides: () =>
      adapter.instance?.nodes(`.${GUIDE_CLASS}`).map((n) => {
        const box = (o: Parameters<typeof n.boundingBox>[0]): Box => {
          const b = n.boundingBox(o);
          return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        };
        const kind = ['ring', 'band', 'group'].find((k) => n.hasClass(k)) ?? '';
        return {
          id: n.id(),
          kind,
          text: String(n.data('text') ?? ''),
          shown: n.visible(),
          shape: box({ includeLabels: false, includeOverlays: false, includeUnderlays: false }),
          label: box({ includeNodes: false, includeLabels: true, includeOverlays: false, includeUnderlays: false }),
          screenPx: parseFloat(String(n.style('font-size'))) * (adapter.instance?.zoom() ?? 1),
          radius: kind === 'ring' ? (n.data('h') as number) / 2 : 0,
          centre: { ...n.position() },
        };
      }) ?? [],
    edgeRoute: (id) => {
      const e = adapter.instance?.getElementById(id);
      if (!e || e.empty() || !e.isEdge()) return null;
      const bends = e.segmentPoints() ?? [];
      return [{ ...e.sourceEndpoint() }, ...bends.map((p) => ({ x: p.x, y: p.y })), { ...e.targetEndpoint() }];
    },
    labelInk: (id) => {
      const n = node(id);
      return n ? { color: String(n.style('color')), background: String(n.style('text-background-color')), backgroundOpacity: parseFloat(String(n.style('text-background-opacity'))) } : null;
    },
  };
  Object.defineProperty(window, '__powermapGraph', { value: Object.freeze(hook), configurable: true });
}
