// The words of an undo step ("Undo: change Sun Meihua's stance"): an i18n key under `undo.label.`
// and its params (listed in shared/ipc/messageParams.ts), chosen from the call and what it recorded.
import type { HistoryChange } from '../db/history';
import type { Person, Relationship } from '../../shared/domain/model';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { Visit } from '../../shared/visits/model';
import type { ServiceContext } from './context';
import type { ActiveStep } from './undoScope';
import type { UndoExtras } from './undoExtras';

export interface Label {
  messageKey: string;
  params: Record<string, string | number>;
}

const L = (key: string, params: Record<string, string | number> = {}): Label => ({ messageKey: `undo.label.${key}`, params });

function firstOf<E extends HistoryChange['entity']>(changes: HistoryChange[], entity: E): Extract<HistoryChange, { entity: E }> | undefined {
  return changes.find((c): c is Extract<HistoryChange, { entity: E }> => c.entity === entity);
}

/** What a label needs to know from before the call ran: the person as they were, for an edit of them. */
export function labelContext(ctx: ServiceContext, method: string, input: unknown): Person | null {
  return method === 'updatePerson' ? ctx.store.people.get((input as ParsedInput<'updatePerson'>).id) : null;
}

function personLabel(method: string, input: unknown, changes: HistoryChange[], before: Person | null): Label {
  const own = (id: string | undefined) => changes.find((c) => c.entity === 'person' && c.data.id === id)?.data as Person | undefined;
  if (method === 'updatePerson') {
    const after = own((input as ParsedInput<'updatePerson'>).id);
    const name = after?.name ?? '';
    // The form sends every field: name the step by what really changed.
    const fields = after && before ? (Object.keys(after) as Array<keyof Person>).filter((k) => k !== 'updatedAt' && after[k] !== before[k]) : [];
    if (fields.length === 1 && fields[0] === 'stance') return L('personStance', { name });
    if (fields.length === 1 && fields[0] === 'isTopDecisionMaker') return L('personTopDecisionMaker', { name });
    return L('personEdit', { name });
  }
  const person = changes.filter((c) => c.entity === 'person').at(-1)?.data as Person | undefined;
  return L(method === 'createPerson' ? 'personCreate' : 'personDelete', { name: person?.name ?? '' });
}

function relationshipLabel(ctx: ServiceContext, method: string, changes: HistoryChange[]): Label {
  const r = firstOf(changes, 'relationship')?.data as Relationship | undefined;
  const name = (id: string | undefined) => (id ? ctx.store.people.get(id)?.name ?? '' : '');
  const key = method === 'createRelationship' ? 'relationshipCreate' : method === 'deleteRelationship' ? 'relationshipDelete' : 'relationshipUpdate';
  return L(key, { from: name(r?.fromId), to: name(r?.toId) });
}

function visitLabel(method: string, input: unknown, changes: HistoryChange[]): Label {
  const v = firstOf(changes, 'visit')?.data as Visit | undefined;
  const date = v?.date ?? '';
  if (method === 'createVisit') return L(v?.status === 'planned' ? 'visitPlan' : 'visitLog', { date });
  if (method === 'deleteVisit') return L('visitDelete', { date });
  if (method === 'completeNextStep') {
    const done = (input as ParsedInput<'completeNextStep'>).done;
    return L(done ? 'nextStepDone' : 'nextStepReopen', { what: v?.nextStep?.what ?? '' });
  }
  return L('visitEdit', { date });
}

export function labelOf(ctx: ServiceContext, step: ActiveStep, extras: UndoExtras, before: Person | null): Label {
  const { method, input, changes } = step;
  const accountName = () => (firstOf(changes, 'account')?.data.name ?? '');
  switch (method) {
    case 'createPerson':
    case 'updatePerson':
    case 'deletePerson':
      return personLabel(method, input, changes, before);
    case 'createRelationship':
    case 'updateRelationship':
    case 'deleteRelationship':
      return relationshipLabel(ctx, method, changes);
    case 'createVisit':
    case 'updateVisit':
    case 'deleteVisit':
    case 'completeNextStep':
      return visitLabel(method, input, changes);
    case 'updateAccount':
      return L('accountEdit', { name: accountName() });
    case 'setAccountArchived':
      return L((input as ParsedInput<'setAccountArchived'>).archived ? 'accountArchive' : 'accountUnarchive', { name: accountName() });
    case 'deleteAccount':
      return L('accountDelete', { name: firstOf(changes, 'account')?.data.name ?? '' });
    case 'savePositions':
      return L('positions', { count: extras.positions?.length ?? 0 });
    case 'commitImport':
      return L('import', {
        people: changes.filter((c) => c.entity === 'person' && c.op === 'create').length,
        relationships: changes.filter((c) => c.entity === 'relationship' && c.op === 'create').length,
      });
    case 'setYearlyPurchases':
      return L('purchases');
    default:
      return L('edit');
  }
}
