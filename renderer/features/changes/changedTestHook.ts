// Browser tests read which people the map outlines as changed (only with ?e2e in the page URL).
import type { GraphAdapter } from '../../graph/adapter';

declare global {
  interface Window {
    __powermapChanged?: () => string[];
  }
}

export function installChangedTestHook(adapter: GraphAdapter): void {
  if (window.__powermapChanged || !new URLSearchParams(window.location.search).has('e2e')) return;
  const read = () => adapter.instance?.nodes('.changed').map((n) => n.id()) ?? [];
  Object.defineProperty(window, '__powermapChanged', { value: read, configurable: true });
}
