// The live map's current positions, handed to the brief so its map looks like the one the rep just saw
// (the brief route replaces the main window, and the rep may not have saved an arrangement).
import type { Position } from '../../../shared/domain/model';
import type { ExportError } from '../../graph/exportPng';

let handed: { accountId: string; positions: Position[] } | null = null;

export function handOffPositions(accountId: string, positions: Position[]): void {
  handed = positions.length > 0 ? { accountId, positions } : null;
}

/** The positions handed over for this account, if any. */
export function takePositions(accountId: string): Position[] | null {
  return handed && handed.accountId === accountId ? handed.positions : null;
}

// The live map's picture for the brief, made before the route changes: the brief then needs no second,
// offscreen map (at 2,000 people that map costs seconds of repainting). Handed over only when the live
// map shows what the brief shows — the account today, everyone, no scenario — and taken once. Or why
// that map cannot be drawn on a page (too thin), so the brief does not try again.
export type HandedMap = Blob | ExportError;
let image: { accountId: string; png: HandedMap } | null = null;

export function handOffMapImage(accountId: string, png: HandedMap | null): void {
  image = png ? { accountId, png } : null;
}

export function takeMapImage(accountId: string): HandedMap | null {
  const taken = image && image.accountId === accountId ? image.png : null;
  image = null;
  return taken;
}
