// Relationships between two people of one account, under the rules of shared/domain/relationshipRules.ts
// (no self-links, no duplicates, no reports-to cycles, a strength only on `influences`), checked here
// against the store; the account-file import checks the same rules against the file.
import type { Relationship } from '../../shared/domain/model';
import { linkProblem, selfLinkProblem, storedStrength, strengthInputProblem, type RelationshipLinks, type RuleProblem } from '../../shared/domain/relationshipRules';
import { conflict, invalid, notFound, type ServiceError } from '../../shared/ipc/errors';
import { requireAccount } from './accounts';
import { record, stamp, type ServiceContext, type SyncMethods } from './context';
import { requirePerson } from './people';

type RelationshipMethods = SyncMethods<'createRelationship' | 'updateRelationship' | 'deleteRelationship'>;

function requireRelationship(ctx: ServiceContext, id: string): Relationship {
  const r = ctx.store.relationships.get(id);
  if (!r) throw notFound('relationship', id);
  return r;
}

/** The typed error a broken rule is answered with. */
export function ruleError(p: RuleProblem): ServiceError {
  return p.code === 'validation' ? invalid(p.messageKey, p.field, p.params) : conflict(p.messageKey, p.params);
}

function storeLinks(ctx: ServiceContext): RelationshipLinks {
  return {
    has: (fromId, toId, type) => ctx.store.relationships.find(fromId, toId, type) !== null,
    reportsTo: (id) => ctx.store.relationships.reportsTo(id),
  };
}

export function relationshipMethods(ctx: ServiceContext): RelationshipMethods {
  return {
    createRelationship({ accountId, fromId, toId, type, strength }) {
      return ctx.store.transaction(() => {
        requireAccount(ctx, accountId);
        const self = selfLinkProblem(fromId, toId);
        if (self) throw ruleError(self);
        const from = requirePerson(ctx, fromId);
        const to = requirePerson(ctx, toId);
        if (from.accountId !== accountId) throw invalid('error.relationship.wrongAccount', 'fromId');
        if (to.accountId !== accountId) throw invalid('error.relationship.wrongAccount', 'toId');
        const problem = strengthInputProblem(type, strength) ?? linkProblem(fromId, toId, type, storeLinks(ctx));
        if (problem) throw ruleError(problem);
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
        const problem = strengthInputProblem(before.type, strength);
        if (problem) throw ruleError(problem);
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
