// People on an account's map, with the one-top-decision-maker rule: setting the flag moves it.
import type { Person } from '../../shared/domain/model';
import type { ParsedInput, PersonWriteResult } from '../../shared/ipc/contract';
import { LIMITS } from '../../shared/domain/limits';
import { PERSON_DEFAULTS as D } from '../../shared/domain/personDefaults';
import { conflict, notFound } from '../../shared/ipc/errors';
import { applyPatch, requireAccount, sameFields } from './accounts';
import { record, stamp, type ServiceContext, type SyncMethods } from './context';

type PeopleMethods = SyncMethods<'createPerson' | 'updatePerson' | 'deletePerson'>;

export function requirePerson(ctx: ServiceContext, id: string): Person {
  const person = ctx.store.people.get(id);
  if (!person) throw notFound('person', id);
  return person;
}

/** Takes the flag from whoever holds it in the account (other than `keepId`); returns them after the change. */
function clearTopDecisionMaker(ctx: ServiceContext, accountId: string, keepId: string, when: { at: string; day: string }): Person | null {
  const current = ctx.store.people.topDecisionMaker(accountId);
  if (!current || current.id === keepId) return null;
  const demoted: Person = { ...current, isTopDecisionMaker: false, updatedAt: when.at };
  ctx.store.people.update(demoted);
  record(ctx, { entity: 'person', op: 'update', data: demoted }, when);
  return demoted;
}

/**
 * Creates one person with its history row (moving the top-decision-maker flag). The caller runs it
 * inside a transaction and has already checked the account and the people limit: a bulk import
 * checks the limit once, not with a count per row (which made 20,000-row imports quadratic).
 * Fields not given take the shared defaults (ratings: not rated).
 */
export function insertNewPerson(ctx: ServiceContext, input: ParsedInput<'createPerson'>): PersonWriteResult {
  const when = stamp(ctx);
  const person: Person = {
    id: ctx.newId(),
    accountId: input.accountId,
    name: input.name,
    title: input.title ?? D.title,
    department: input.department ?? D.department,
    buyingRole: input.buyingRole ?? D.buyingRole,
    stance: input.stance ?? D.stance,
    isTopDecisionMaker: input.isTopDecisionMaker ?? D.isTopDecisionMaker,
    authority: input.authority ?? D.authority,
    expertise: input.expertise ?? D.expertise,
    accessToTop: input.accessToTop ?? D.accessToTop,
    pinnedScore: input.pinnedScore ?? D.pinnedScore,
    met: input.met ?? D.met,
    lastContact: input.lastContact ?? D.lastContact,
    notes: input.notes ?? D.notes,
    createdAt: when.at,
    updatedAt: when.at,
  };
  const previousTopDecisionMaker = person.isTopDecisionMaker ? clearTopDecisionMaker(ctx, person.accountId, person.id, when) : null;
  ctx.store.people.insert(person);
  record(ctx, { entity: 'person', op: 'create', data: person }, when);
  return { person, previousTopDecisionMaker };
}

export function peopleMethods(ctx: ServiceContext): PeopleMethods {
  return {
    createPerson(input): PersonWriteResult {
      return ctx.store.transaction(() => {
        requireAccount(ctx, input.accountId);
        if (ctx.store.people.countByAccount(input.accountId) >= LIMITS.peoplePerAccountMax) {
          throw conflict('error.account.tooManyPeople', { max: LIMITS.peoplePerAccountMax });
        }
        return insertNewPerson(ctx, input);
      });
    },

    updatePerson({ id, patch }): PersonWriteResult {
      return ctx.store.transaction(() => {
        const before = requirePerson(ctx, id);
        const changed = applyPatch(before, patch);
        if (sameFields(before, changed)) return { person: before, previousTopDecisionMaker: null };
        const when = stamp(ctx);
        const person: Person = { ...changed, updatedAt: when.at };
        const previousTopDecisionMaker =
          person.isTopDecisionMaker && !before.isTopDecisionMaker
            ? clearTopDecisionMaker(ctx, person.accountId, person.id, when)
            : null;
        ctx.store.people.update(person);
        record(ctx, { entity: 'person', op: 'update', data: person }, when);
        return { person, previousTopDecisionMaker };
      });
    },

    deletePerson({ id }) {
      return ctx.store.transaction(() => {
        const person = requirePerson(ctx, id);
        const links = ctx.store.relationships.listByPerson(id);
        const when = stamp(ctx);
        // The person's relationships go with them (FK cascade); log each so history replays stay consistent.
        for (const r of links) record(ctx, { entity: 'relationship', op: 'delete', data: r }, when);
        record(ctx, { entity: 'person', op: 'delete', data: person }, when);
        ctx.store.people.delete(id);
        return { people: 1, relationships: links.length };
      });
    },
  };
}
