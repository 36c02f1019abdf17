// Before an SVG is drawn: refuse a map too big for one, in words, with the estimate and a way out.
import type { Core } from 'cytoscape';
import type { TFunction } from 'i18next';
import { people } from '../../graph/guides';
import { svgRefusal } from '../../graph/svgBudget';

/** The sentence refusing the SVG of what is visible now, or null when it can be made. */
export function svgRefusalText(cy: Core, t: TFunction, language: string): string | null {
  const nodes = people(cy).filter(':visible').length;
  const edges = cy.edges(':visible').length;
  const refusal = svgRefusal(nodes, edges);
  if (!refusal) return null;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return t('export.error.svgTooBig', {
    people: number.format(nodes),
    lines: number.format(edges),
    mb: number.format(Math.max(1, Math.round(refusal.bytes / 1024 / 1024))),
    seconds: number.format(Math.ceil(refusal.seconds)),
  });
}
