// The synthetic account as an account file (shared/import/accountJson.ts), with the history the app
// would have written (one create row per item, on the account's first day), so it imports under the
// same rules as an exported file; `positions` as given.
import type { AccountJson, PositionRecord } from '../../shared/import/accountJson';
import { syntheticAccount } from './syntheticAccount';

export function syntheticAccountJson(size: number, positions: (a: ReturnType<typeof syntheticAccount>) => PositionRecord[] = () => []): AccountJson {
  const big = syntheticAccount(size);
  const at = big.account.createdAt;
  const day = at.slice(0, 10);
  return {
    format: 'powermap.account',
    version: 1,
    exportedAt: at,
    account: big.account,
    people: big.people,
    relationships: big.relationships,
    positions: positions(big),
    history: [
      { entity: 'account', entityId: big.account.id, op: 'create', at, day, data: big.account },
      ...big.people.map((p) => ({ entity: 'person' as const, entityId: p.id, op: 'create' as const, at, day, data: p })),
      ...big.relationships.map((r) => ({ entity: 'relationship' as const, entityId: r.id, op: 'create' as const, at, day, data: r })),
    ],
  };
}
