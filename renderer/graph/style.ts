// The Cytoscape stylesheet: stance as fill, marks as border/shape/badges, relationship types as lines.
import type { StylesheetJson } from 'cytoscape';
import { CHANGED_OUTLINE, EDGE_COLOUR, FOCUS, STANCE_FILL, TDM_BORDER } from './palette';
import { FONT_STACK } from '../styles/fontStack';
import { STANCES } from '../../shared/domain/model';
import { highlightStyle } from './highlightStyle';
import { pathHighlightStyle } from './pathHighlight';
import { ORG_CHART_DEFAULTS } from './layouts/orgChart';
import { LABEL_MAX_WIDTH } from './layouts/types';
import { guideStyle } from './guides';
import { connectGestureStyle } from './connectStyle';

export function mapStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'ellipse',
        'background-color': '#ffffff',
        'border-width': 1.5,
        'border-color': '#616161',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 15,
        'font-weight': 600,
        color: '#212121',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'line-height': 1.2,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 5,
      },
    },
    ...STANCES.map((s) => ({ selector: `node[stance = "${s}"]`, style: { 'background-color': STANCE_FILL[s] } })),
    { selector: 'node[stance = "unknown"]', style: { 'border-style': 'dashed', 'border-color': '#9e9e9e', 'border-width': 2 } },
    {
      selector: 'node[?badge]',
      style: {
        'background-image': 'data(badge)',
        'background-width': '150%',
        'background-height': '150%',
        'background-clip': 'none',
        'background-image-containment': 'over',
        'background-image-smoothing': 'yes',
        'bounds-expansion': 14,
      },
    },
    // Org chart and rings: name over a one-line title (their layouts leave room for exactly that, labelSize.ts).
    { selector: 'node.compact-label', style: { label: 'data(compactLabel)' } },
    { selector: 'node.tdm', style: { shape: 'round-diamond', 'border-width': 5, 'border-color': TDM_BORDER, 'border-style': 'solid' } },
    ...highlightStyle(),
    ...guideStyle(),
    {
      selector: 'node:selected, node.selected',
      style: { 'underlay-color': FOCUS, 'underlay-opacity': 0.35, 'underlay-padding': 9, 'underlay-shape': 'ellipse' },
    },
    // Changed since a chosen day (What changed): a purple ring, distinct from stance colours and focus blue.
    { selector: 'node.changed', style: { 'outline-color': CHANGED_OUTLINE, 'outline-width': 4, 'outline-offset': 3, 'outline-opacity': 0.9, 'outline-style': 'solid' } },
    // The keyboard focus ring (Tab into the map, arrow keys): a dark blue ring outside the node, over any other mark.
    { selector: 'node.kbd-focus', style: { 'outline-color': FOCUS, 'outline-width': 3, 'outline-offset': 6, 'outline-opacity': 1, 'outline-style': 'solid' } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'line-color': EDGE_COLOUR['reports-to'],
        'target-arrow-color': EDGE_COLOUR['reports-to'],
        'arrow-scale': 1.1,
        opacity: 0.9,
      },
    },
    { selector: 'edge[type = "reports-to"]', style: { 'target-arrow-shape': 'triangle', 'line-style': 'solid' } },
    {
      selector: 'edge[type = "influences"]',
      style: {
        'line-color': EDGE_COLOUR.influences,
        'target-arrow-color': EDGE_COLOUR.influences,
        'target-arrow-shape': 'triangle',
        width: 'mapData(strength, 1, 3, 1.5, 5)',
      },
    },
    { selector: 'edge[type = "close-to"]', style: { 'line-color': EDGE_COLOUR['close-to'], 'line-style': 'dotted', width: 2.5 } },
    { selector: 'edge[type = "conflicts-with"]', style: { 'line-color': EDGE_COLOUR['conflicts-with'], 'line-style': 'dashed', 'line-dash-pattern': [7, 4], width: 2 } },
    // Org chart: the other links step back so the reports-to hierarchy reads (the adapter sets the class).
    { selector: 'edge.org-quiet', style: { opacity: 0.2 } },
    // Org chart: reports-to lines as elbows (the route orgChartRoute describes), other links curve off that trunk;
    // each line's turn is set so a manager's row of reports turns level (orgTrunks.ts).
    { selector: 'edge.org-trunk', style: { 'curve-style': 'taxi', 'taxi-direction': 'upward', 'taxi-turn': ORG_CHART_DEFAULTS.turn, 'taxi-turn-min-distance': 5 } },
    { selector: 'edge.org-trunk[turn]', style: { 'taxi-turn': 'data(turn)' } },
    { selector: 'edge.org-side', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 60, 'control-point-weights': 0.5 } },
    { selector: 'edge.dimmed, node.dimmed', style: { opacity: 0.25 } },
    ...pathHighlightStyle(),
    ...connectGestureStyle(),
  ];
}
