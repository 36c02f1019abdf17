// Colours with meaning (renderer/README.md); the legend and the map read them from here so they never drift.
// Two themes with the same meanings: the dark values are tuned so stances stay apart and labels
// keep WCAG AA contrast on the dark canvas. Exports use the light palette unless the rep asks.
import type { RelationshipType, Stance } from '../../shared/domain/model';
import type { Theme } from '../theme/store';

export interface MapPalette {
  /** The map's canvas behind the people (also the export background). */
  canvas: string;
  stance: Record<Stance, string>;
  edge: Record<RelationshipType, string>;
  nodeBorder: string;
  unknownBorder: string;
  tdmBorder: string;
  label: string;
  /** Minor players' labels: quieter, still AA on the label background. */
  minorLabel: string;
  labelBackground: string;
  focus: string;
  changed: string;
  path: string;
  /** Layout guides behind the people (rings and their bands, the group without a manager). */
  guide: { line: string; text: string; fill: string };
}

export const LIGHT: MapPalette = {
  canvas: '#ffffff',
  stance: { ally: '#1a9850', supporter: '#91cf60', neutral: '#bdbdbd', skeptic: '#fc8d59', opponent: '#d73027', unknown: '#ffffff' },
  edge: { 'reports-to': '#757575', influences: '#1f78b4', 'close-to': '#33a02c', 'conflicts-with': '#e31a1c' },
  nodeBorder: '#616161',
  unknownBorder: '#9e9e9e',
  tdmBorder: '#212121',
  label: '#212121',
  minorLabel: '#4a5058',
  labelBackground: '#ffffff',
  focus: '#1565c0',
  changed: '#6a1b9a',
  path: '#e65100',
  guide: { line: '#d5dbe1', text: '#546e7a', fill: '#f7f9fa' },
};

export const DARK: MapPalette = {
  canvas: '#16191d',
  // The diverging scale keeps its order; opponent is lifted so it stays 3:1 against the canvas.
  stance: { ally: '#2fb36a', supporter: '#a6db7c', neutral: '#a9adb3', skeptic: '#fd9a6c', opponent: '#f0524a', unknown: '#2b3138' },
  edge: { 'reports-to': '#9aa3ad', influences: '#4ea3e8', 'close-to': '#5cc04a', 'conflicts-with': '#ff6b60' },
  nodeBorder: '#c9d1d9',
  unknownBorder: '#b0b8c2',
  tdmBorder: '#f5f7fa',
  label: '#e8eaed',
  minorLabel: '#b7bec7',
  labelBackground: '#16191d',
  focus: '#58a6ff',
  changed: '#c08bea',
  path: '#ff9a4d',
  guide: { line: '#3a424b', text: '#aab4be', fill: '#1c2127' },
};

export function paletteFor(theme: Theme): MapPalette {
  return theme === 'dark' ? DARK : LIGHT;
}

export const STANCE_FILL: Record<Stance, string> = LIGHT.stance;
export const EDGE_COLOUR: Record<RelationshipType, string> = LIGHT.edge;
export const FOCUS = LIGHT.focus;
/** People changed since a chosen day (What changed). */
export const CHANGED_OUTLINE = LIGHT.changed;
export const TDM_BORDER = LIGHT.tdmBorder;
/** Layout guides behind the people (rings, the group without a manager): faint lines, quiet grey words. */
export const GUIDE_LINE = LIGHT.guide.line;
export const GUIDE_TEXT = LIGHT.guide.text;
export const GUIDE_FILL = LIGHT.guide.fill;
