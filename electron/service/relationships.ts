// Relationships between two people of one account: no self-links, no duplicates (either direction
// for close-to / conflicts-with), no reports-to cycles; only `influences` carries a strength. The
// rules themselves are shared/domain/relationshipRules.ts (the file import checks rows with them too).
import type { Relationship } from '../../shared/domain/model';
import { isSelfLink, relationshipRefusal, storedStrength, type RelationshipGraph } from '../../shared/domain/relationshipRules';
import { conflict, invalid, notFound } from '../../shared/ipc/errors';
import { requireAccount } from './accounts';
import { record, stamp, type ServiceContext, type SyncMethods } from './context';
import { requirePerson } from './people';

type RelationshipMethods = SyncMethods<'createRelationship' | 'updateRelationship' | 'deleteRelationship'>;

export { DEFAULT_INFLUENCE_STRENGTH } from '../../shared/domain/relationshipRules';

function requireRelationship(ctx: ServiceContext, id: string): Relationship {
  const r = ctx.store.relationships.get(id);
  if (!r) throw notFound('relationship', id);
  return r;
}

/** The account's stored relationships, as the shared rules read them. */
function storeGraph(ctx: ServiceContext): RelationshipGraph {
  return {
    has: (fromId, toId, type) => ctx.store.relationships.find(fromId, toId, type) !== null,
    managersOf: (personId) => ctx.store.relationships.reportsTo(personId),
  };
}

export function relationshipMethods(ctx: ServiceContext): RelationshipMethods {
  return {
    createRelationship({ accountId, fromId, toId, type, strength }) {
      return ctx.store.transaction(() => {
        requireAccount(ctx, accountId);
        if (isSelfLink(fromId, toId)) throw invalid('error.relationship.self', 'toId');
        const from = requirePerson(ctx, fromId);
        const to = requirePerson(ctx, toId);
        if (from.accountId !== accountId) throw invalid('error.relationship.wrongAccount', 'fromId');
        if (to.accountId !== accountId) throw invalid('error.relationship.wrongAccount', 'toId');
        const refusal = relationshipRefusal(storeGraph(ctx), { fromId, toId, type, strength });
        if (refusal?.code === 'validation') throw invalid(refusal.messageKey, refusal.field ?? '');
        if (refusal) throw conflict(refusal.messageKey, refusal.messageKey === 'error.relationship.duplicate' ? { type } : undefined);
        const stored = storedStrength(type, strength);
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
