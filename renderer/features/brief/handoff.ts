// The live map's current positions, handed to the brief so its map looks like the one the rep just saw
// (the brief route replaces the main window, and the rep may not have saved an arrangement).
import type { Position } from '../../../shared/domain/model';

let handed: { accountId: string; positions: Position[] } | null = null;

export function handOffPositions(accountId: string, positions: Position[]): void {
  handed = positions.length > 0 ? { accountId, positions } : null;
}

/** The positions handed over for this account, if any. */
export function takePositions(accountId: string): Position[] | null {
  return handed && handed.accountId === accountId ? handed.positions : null;
}
