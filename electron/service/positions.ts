// The account map (people, relationships, saved positions) and saving dragged positions.
import { invalid } from '../../shared/ipc/errors';
import { requireAccount } from './accounts';
import type { ServiceContext, SyncMethods } from './context';

type MapMethods = SyncMethods<'getAccountMap' | 'savePositions'>;

export function mapMethods(ctx: ServiceContext): MapMethods {
  return {
    getAccountMap({ accountId, layout }) {
      return ctx.store.read(() => {
        const account = requireAccount(ctx, accountId);
        return {
          account,
          people: ctx.store.people.listByAccount(accountId),
          relationships: ctx.store.relationships.listByAccount(accountId),
          positions: ctx.store.positions.list(accountId, layout ?? 'saved'),
        };
      });
    },

    savePositions({ accountId, layout, positions }) {
      ctx.store.transaction(() => {
        requireAccount(ctx, accountId);
        const ids = new Set(ctx.store.people.listByAccount(accountId).map((p) => p.id));
        const stray = positions.findIndex((p) => !ids.has(p.personId));
        if (stray >= 0) throw invalid('error.position.unknownPerson', `positions.${stray}.personId`);
        ctx.store.positions.save(accountId, layout, positions);
      });
    },
  };
}
