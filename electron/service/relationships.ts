// Relationships between two people of one account: no self-links, no duplicates (either direction
// for close-to / conflicts-with), no reports-to cycles; only `influences` carries a strength.
import { isSymmetric, type Relationship } from '../../shared/domain/model';
import { conflict, invalid, notFound } from '../../shared/ipc/errors';
import { requireAccount } from './accounts';
import { record, stamp, type ServiceContext, type SyncMethods } from './context';
import { requirePerson } from './people';

type RelationshipMethods = SyncMethods<'createRelationship' | 'updateRelationship' | 'deleteRelationship'>;

export const DEFAULT_INFLUENCE_STRENGTH = 2;

function requireRelationship(ctx: ServiceContext, id: string): Relationship {
  const r = ctx.store.relationships.get(id);
  if (!r) throw notFound('relationship', id);
  return r;
}

/** True when `from` reporting to `to` would close a loop: `to` already reports (up the chain) to `from`. */
function wouldCycle(ctx: ServiceContext, fromId: string, toId: string): boolean {
  const seen = new Set<string>();
  const queue = [toId];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (id === fromId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...ctx.store.relationships.reportsTo(id));
  }
  return false;
}

export function relationshipMethods(ctx: ServiceContext): RelationshipMethods {
  return {
    createRelationship({ accountId, fromId, toId, type, strength }) {
      return ctx.store.transaction(() => {
        requireAccount(ctx, accountId);
        if (fromId === toId) throw invalid('error.relationship.self', 'toId');
        const from = requirePerson(ctx, fromId);
        const to = requirePerson(ctx, toId);
        if (from.accountId !== accountId) throw invalid('error.relationship.wrongAccount', 'fromId');
        if (to.accountId !== accountId) throw invalid('error.relationship.wrongAccount', 'toId');
        let stored: number | null = null;
        if (type === 'influences') stored = strength ?? DEFAULT_INFLUENCE_STRENGTH;
        else if (strength !== undefined && strength !== null) throw invalid('error.relationship.strengthNotAllowed', 'strength');
        const duplicate =
          ctx.store.relationships.find(fromId, toId, type) ?? (isSymmetric(type) ? ctx.store.relationships.find(toId, fromId, type) : null);
        if (duplicate) throw conflict('error.relationship.duplicate', { type });
        if (type === 'reports-to' && wouldCycle(ctx, fromId, toId)) throw conflict('error.relationship.cycle');
        const when = stamp(ctx);
        const relationship: Relationship = { id: ctx.newId(), accountId, fromId, toId, type, strength: stored, createdAt: when.at };
        ctx.store.relationships.insert(relationship);
        record(ctx, { entity: 'relationship', op: 'create', data: relationship }, when);
        return relationship;
      });
    },

    updateRelationship({ id, strength }) {
      return ctx.store.transaction(() => {
        const before = requireRelationship(ctx, id);
        if (before.type !== 'influences') throw invalid('error.relationship.strengthNotAllowed', 'strength');
        if (before.strength === strength) return before;
        const after: Relationship = { ...before, strength };
        ctx.store.relationships.setStrength(id, strength);
        record(ctx, { entity: 'relationship', op: 'update', data: after }, stamp(ctx));
        return after;
      });
    },

    deleteRelationship({ id }) {
      ctx.store.transaction(() => {
        const r = requireRelationship(ctx, id);
        record(ctx, { entity: 'relationship', op: 'delete', data: r }, stamp(ctx));
        ctx.store.relationships.delete(id);
      });
    },
  };
}
