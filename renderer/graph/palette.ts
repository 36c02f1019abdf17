// Colours with meaning (renderer/README.md); the legend and the map read them from here so they never drift.
import type { RelationshipType, Stance } from '../../shared/domain/model';

export const STANCE_FILL: Record<Stance, string> = {
  ally: '#1a9850',
  supporter: '#91cf60',
  neutral: '#bdbdbd',
  skeptic: '#fc8d59',
  opponent: '#d73027',
  unknown: '#ffffff',
};

export const EDGE_COLOUR: Record<RelationshipType, string> = {
  'reports-to': '#757575',
  influences: '#1f78b4',
  'close-to': '#33a02c',
  'conflicts-with': '#e31a1c',
};

export const FOCUS = '#1565c0';
/** People changed since a chosen day (What changed). */
export const CHANGED_OUTLINE = '#6a1b9a';
export const TDM_BORDER = '#212121';
/** Layout guides behind the people (rings, the group without a manager): faint lines, quiet grey words. */
export const GUIDE_LINE = '#d5dbe1';
export const GUIDE_TEXT = '#546e7a';
export const GUIDE_FILL = '#f7f9fa';
