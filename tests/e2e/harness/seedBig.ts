// A synthetic account of n people written straight into the test's store (what a big import would
// leave), optionally with saved positions on a grid so the map opens without a layout run.
import { syntheticAccount } from '../../bench/syntheticAccount';
import type { Powermap } from './fixture';

export type SyntheticAccount = ReturnType<typeof syntheticAccount>;

export async function seedBigAccount(powermap: Powermap, n: number, { gridPositions = false } = {}): Promise<SyntheticAccount> {
  const big = syntheticAccount(n);
  const { store } = powermap.app;
  store.transaction(() => {
    store.accounts.insert(big.account);
    for (const p of big.people) store.people.insert(p);
    for (const r of big.relationships) store.relationships.insert(r);
  });
  if (gridPositions) {
    const positions = big.people.map((p, i) => ({ personId: p.id, x: (i % 50) * 120, y: Math.floor(i / 50) * 120 }));
    await powermap.call('savePositions', { accountId: big.account.id, layout: 'saved', positions });
  }
  return big;
}
