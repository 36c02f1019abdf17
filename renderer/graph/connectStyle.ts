// How the line drawn while connecting two people looks (cytoscape-edgehandles' classes; the gesture is
// features/mapedit/connectGesture.ts). Temporary screen state: exports take these classes off.
import type { StylesheetJson } from 'cytoscape';
import { FOCUS } from './palette';

/** The classes edgehandles puts on people while a line is drawn. */
export const CONNECT_MARK_CLASSES = ['eh-source', 'eh-target', 'eh-hover', 'eh-presumptive-target', 'eh-preview-active'] as const;

/** The line being drawn, its invisible end point and the person it would join; placed with the map's stylesheet. */
export function connectGestureStyle(): StylesheetJson {
  return [
    { selector: 'node.eh-ghost-node', style: { opacity: 0, width: 1, height: 1, label: '', events: 'no' } },
    { selector: 'edge.eh-ghost-edge, edge.eh-preview', style: { 'line-color': FOCUS, 'line-style': 'dashed', width: 2.5, 'target-arrow-shape': 'triangle', 'target-arrow-color': FOCUS, opacity: 1 } },
    { selector: 'node.eh-target', style: { 'underlay-color': FOCUS, 'underlay-opacity': 0.35, 'underlay-padding': 9, 'underlay-shape': 'ellipse' } },
  ];
}
