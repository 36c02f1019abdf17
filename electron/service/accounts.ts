// Accounts: create, edit, archive, delete (with what the deletion takes along), and the list.
import type { Account, AccountSummary } from '../../shared/domain/model';
import type { DeletionImpact } from '../../shared/ipc/contract';
import { notFound } from '../../shared/ipc/errors';
import { record, stamp, type ServiceContext, type SyncMethods } from './context';
import { collatorFor } from './language';

type AccountMethods = SyncMethods<
  'listAccounts' | 'createAccount' | 'updateAccount' | 'setAccountArchived' | 'getDeletionImpact' | 'deleteAccount'
>;

export function requireAccount(ctx: ServiceContext, id: string): Account {
  const account = ctx.store.accounts.get(id);
  if (!account) throw notFound('account', id);
  return account;
}

function impactOf(ctx: ServiceContext, accountId: string): DeletionImpact {
  return {
    people: ctx.store.people.countByAccount(accountId),
    relationships: ctx.store.relationships.countByAccount(accountId),
  };
}

/** Applies the fields present in `patch` (undefined = keep). */
function applyPatch<T extends object>(base: T, patch: Partial<T>): T {
  const next = { ...base };
  for (const [k, v] of Object.entries(patch) as Array<[keyof T, T[keyof T] | undefined]>) {
    if (v !== undefined) next[k] = v;
  }
  return next;
}

function sameFields<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as Array<keyof T>).every((k) => a[k] === b[k]);
}

export { applyPatch, sameFields };

function saveAccount(ctx: ServiceContext, id: string, change: (a: Account) => Account): Account {
  return ctx.store.transaction(() => {
    const before = requireAccount(ctx, id);
    const changed = change(before);
    if (sameFields(before, changed)) return before;
    const when = stamp(ctx);
    const after = { ...changed, updatedAt: when.at };
    ctx.store.accounts.update(after);
    record(ctx, { entity: 'account', op: 'update', data: after }, when);
    return after;
  });
}

export function accountMethods(ctx: ServiceContext): AccountMethods {
  return {
    listAccounts({ includeArchived }) {
      const collator = collatorFor(ctx);
      const list: AccountSummary[] = ctx.store.accounts.listSummaries(includeArchived === true);
      return list.sort((a, b) => collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt));
    },

    createAccount(input) {
      return ctx.store.transaction(() => {
        const when = stamp(ctx);
        const account: Account = {
          id: ctx.newId(),
          name: input.name,
          segment: input.segment ?? '',
          notes: input.notes ?? '',
          stage: input.stage ?? 'establish',
          productFit: input.productFit ?? false,
          centralizedPurchasing: input.centralizedPurchasing ?? false,
          budgetAmount: input.budgetAmount ?? null,
          budgetCycle: input.budgetCycle ?? '',
          budgetProcess: input.budgetProcess ?? '',
          archived: false,
          createdAt: when.at,
          updatedAt: when.at,
        };
        ctx.store.accounts.insert(account);
        record(ctx, { entity: 'account', op: 'create', data: account }, when);
        return account;
      });
    },

    updateAccount({ id, patch }) {
      return saveAccount(ctx, id, (a) => applyPatch(a, patch));
    },

    setAccountArchived({ id, archived }) {
      return saveAccount(ctx, id, (a) => ({ ...a, archived }));
    },

    getDeletionImpact({ id }) {
      requireAccount(ctx, id);
      return impactOf(ctx, id);
    },

    deleteAccount({ id }) {
      return ctx.store.transaction(() => {
        const account = requireAccount(ctx, id);
        const impact = impactOf(ctx, id);
        const when = stamp(ctx);
        // Every row that goes is logged (relationships, people, then the account), so a replay never keeps orphans.
        for (const r of ctx.store.relationships.listByAccount(id)) record(ctx, { entity: 'relationship', op: 'delete', data: r }, when);
        for (const p of ctx.store.people.listByAccount(id)) record(ctx, { entity: 'person', op: 'delete', data: p }, when);
        record(ctx, { entity: 'account', op: 'delete', data: account }, when);
        ctx.store.accounts.delete(id);
        return impact;
      });
    },
  };
}
