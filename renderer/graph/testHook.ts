// A read-only window into the map for browser tests, installed only when the page URL has ?e2e.
import type { GraphAdapter } from './adapter';

export interface GraphTestHook {
  nodeCount(): number;
  edgeCount(): number;
  nodeIds(): string[];
  nodeLabel(id: string): string | null;
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
  /** A person's label colour and the label's backing colour as drawn ("rgb(r,g,b)"), for contrast checks. */
  labelInk(id: string): { color: string; background: string; backgroundOpacity: number } | null;
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
    nodeCount: () => adapter.instance?.nodes().length ?? 0,
    edgeCount: () => adapter.instance?.edges().length ?? 0,
    nodeIds: () => adapter.instance?.nodes().map((n) => n.id()) ?? [],
    nodeLabel: (id) => (node(id)?.data('label') as string | undefined) ?? null,
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
    labelInk: (id) => {
      const n = node(id);
      return n ? { color: String(n.style('color')), background: String(n.style('text-background-color')), backgroundOpacity: parseFloat(String(n.style('text-background-opacity'))) } : null;
    },
  };
  Object.defineProperty(window, '__powermapGraph', { value: Object.freeze(hook), configurable: true });
}
