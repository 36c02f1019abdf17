// Stylesheet rules for the highlighted map; style.ts places them before the selection ring so focus wins.
import type { StylesheetJson } from 'cytoscape';
import { STANCE_FILL } from './palette';

export const SUPPORT_HALO = STANCE_FILL.ally;
/** The class a filter gives the people it hides. */
export const HIDDEN_CLASS = 'hl-hidden';

export function highlightStyle(): StylesheetJson {
  return [
    { selector: 'node[influenceSize]', style: { width: 'data(influenceSize)', height: 'data(influenceSize)' } },
    {
      selector: 'node.hl-support',
      style: { 'underlay-color': SUPPORT_HALO, 'underlay-opacity': 0.2, 'underlay-padding': 11, 'underlay-shape': 'ellipse' },
    },
    { selector: 'node.hl-minor', style: { 'font-size': 15, 'font-weight': 400, color: '#4a5058' } },
    { selector: 'node.tdm', style: { 'font-size': 15, 'font-weight': 700 } },
    { selector: `node.${HIDDEN_CLASS}`, style: { display: 'none' } },
  ];
}
