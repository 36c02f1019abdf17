// A synthetic account written as if typed in: rows and their history (an undo or a look back needs
// the earlier state), positions on a grid in the saved layout.
import type { OpenedApp } from '../../electron/service/app';
import type { Person } from '../../shared/domain/model';
import { syntheticAccount, type SyntheticAccount } from './syntheticAccount';

export function seedSyntheticAccount(app: Pick<OpenedApp, 'store'>, size: number): SyntheticAccount & { accountId: string; people: Person[] } {
  const synthetic = syntheticAccount(size);
  const { account, people, relationships } = synthetic;
  const day = '2026-01-01';
  app.store.transaction(() => {
    app.store.accounts.insert(account);
    app.store.history.record({ entity: 'account', op: 'create', data: account }, account.createdAt, day);
    for (const p of people) {
      app.store.people.insert(p);
      app.store.history.record({ entity: 'person', op: 'create', data: p }, p.createdAt, day);
    }
    for (const r of relationships) {
      app.store.relationships.insert(r);
      app.store.history.record({ entity: 'relationship', op: 'create', data: r }, r.createdAt, day);
    }
    app.store.positions.save(account.id, 'saved', people.map((p, i) => ({ personId: p.id, x: (i % 50) * 60, y: Math.floor(i / 50) * 60 })));
  });
  return { ...synthetic, accountId: account.id };
}
