// Org chart: Cytoscape turns each taxi edge `taxi-turn` px from its own source node's edge, so beside a big
// sibling a small one's line would turn lower and cut through the big one's badges. Each reports-to line
// gets its own turn (edge data `turn`, style.ts) so the lines of one manager's row of reports all turn
// ORG_CHART_DEFAULTS.turn px above the biggest of them (orgChartRoute describes that line).
import type { Core } from 'cytoscape';
import { ORG_CHART_DEFAULTS } from './layouts/orgChart';

export function alignTrunks(cy: Core): void {
  const trunks = cy.edges('.org-trunk');
  const row = (e: (typeof trunks)[number]) => `${String(e.data('target'))}|${Math.round(e.source().position('y'))}`;
  const biggest = new Map<string, number>();
  trunks.forEach((e) => {
    biggest.set(row(e), Math.max(biggest.get(row(e)) ?? 0, e.source().height()));
  });
  trunks.forEach((e) => {
    const turn = Math.round(ORG_CHART_DEFAULTS.turn + ((biggest.get(row(e)) as number) - e.source().height()) / 2);
    if (e.data('turn') !== turn) e.data('turn', turn);
  });
}
