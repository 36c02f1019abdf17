// Named snapshots: labels on a day the rep wants to compare against later ("before visit 3 Nov").
// Comparing is getChanges(snapshot.day → today); the day's state comes from history.
import type { Snapshot } from '../../shared/history/types';
import { conflict, notFound } from '../../shared/ipc/errors';
import { requireAccount } from './accounts';
import type { ServiceContext, SyncMethods } from './context';
import { stamp } from './context';
import { requireAccountExisted, requireNotFuture } from './history';

type SnapshotMethods = SyncMethods<'listSnapshots' | 'createSnapshot' | 'renameSnapshot' | 'deleteSnapshot'>;

function requireSnapshot(ctx: ServiceContext, id: string): Snapshot {
  const snapshot = ctx.store.snapshots.get(id);
  if (!snapshot) throw notFound('snapshot', id);
  return snapshot;
}

function requireFreeName(ctx: ServiceContext, accountId: string, name: string, exceptId?: string): void {
  const other = ctx.store.snapshots.findByName(accountId, name);
  if (other && other.id !== exceptId) throw conflict('error.snapshot.nameTaken', { name });
}

export function snapshotMethods(ctx: ServiceContext): SnapshotMethods {
  return {
    listSnapshots({ accountId }) {
      return ctx.store.read(() => {
        requireAccount(ctx, accountId);
        return ctx.store.snapshots.listByAccount(accountId);
      });
    },

    createSnapshot({ accountId, name, day }) {
      return ctx.store.transaction(() => {
        requireAccount(ctx, accountId);
        const when = stamp(ctx);
        const onDay = day ?? when.day;
        requireNotFuture(ctx, onDay, 'day');
        requireAccountExisted(ctx, accountId, onDay, 'day');
        requireFreeName(ctx, accountId, name);
        const snapshot: Snapshot = { id: ctx.newId(), accountId, name, day: onDay, createdAt: when.at };
        ctx.store.snapshots.insert(snapshot);
        return snapshot;
      });
    },

    renameSnapshot({ id, name }) {
      return ctx.store.transaction(() => {
        const snapshot = requireSnapshot(ctx, id);
        requireFreeName(ctx, snapshot.accountId, name, id);
        ctx.store.snapshots.rename(id, name);
        return { ...snapshot, name };
      });
    },

    deleteSnapshot({ id }) {
      ctx.store.transaction(() => {
        requireSnapshot(ctx, id);
        ctx.store.snapshots.delete(id);
      });
    },
  };
}
