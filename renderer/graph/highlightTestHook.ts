// Read-only test view of the highlighted map, installed only with ?e2e (like testHook.ts).
import type { GraphAdapter } from './adapter';
import { shownNodeIds } from './highlight';

export interface HighlightTestHook {
  shownIds(): string[];
  marks(id: string): { size: number; classes: string[]; width: number; badge: string | null } | null;
  zoom(): number;
  /** The map's centre in CSS px relative to its container. */
  viewportCentre(): { x: number; y: number };
}

declare global {
  interface Window {
    __powermapHighlight?: HighlightTestHook;
  }
}

export function installHighlightTestHook(adapter: GraphAdapter): void {
  if (!new URLSearchParams(window.location.search).has('e2e') || window.__powermapHighlight) return;
  const hook: HighlightTestHook = {
    shownIds: () => (adapter.instance ? shownNodeIds(adapter.instance) : []),
    marks: (id) => {
      const n = adapter.instance?.getElementById(id);
      if (!n || n.empty()) return null;
      return { size: Number(n.data('influenceSize') ?? 0), classes: n.classes(), width: n.width(), badge: (n.data('badge') as string | null | undefined) ?? null };
    },
    zoom: () => adapter.instance?.zoom() ?? 0,
    viewportCentre: () => ({ x: (adapter.instance?.width() ?? 0) / 2, y: (adapter.instance?.height() ?? 0) / 2 }),
  };
  Object.defineProperty(window, '__powermapHighlight', { value: Object.freeze(hook), configurable: true });
}
