// Turns the entities alive at the end of a day into the AccountState the history calls answer with:
// the live map's order (creation time, then creation order), relationships and visit attendees
// limited to the people there that day. Shared by the replay and the in-memory versions of a log,
// so both answer exactly alike.
import type { Account, Person, Relationship } from '../domain/model';
import type { Visit } from '../visits/model';
import type { AccountState } from './replay';

export interface AliveEntities {
  account: Account | null;
  people: ReadonlyMap<string, Person>;
  relationships: Iterable<Relationship>;
  /** In the order they last came into being (visits tied on date and creation time keep it). */
  visits: Iterable<Visit>;
  /** Seq of the entity's first row: the live store breaks created_at ties by insertion order. */
  firstSeq: (id: string) => number;
}

export function materialize(alive: AliveEntities): AccountState {
  const byCreation = (a: { id: string; createdAt: string }, b: { id: string; createdAt: string }): number => {
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return alive.firstSeq(a.id) - alive.firstSeq(b.id);
  };
  const livePeople = alive.people;
  const people = [...livePeople.values()].sort(byCreation);
  const relationships: Relationship[] = [];
  for (const r of alive.relationships) {
    // A relationship cannot outlive either end, even if a log missed the cascade.
    if (livePeople.has(r.fromId) && livePeople.has(r.toId)) relationships.push(r);
  }
  relationships.sort(byCreation);
  const visits: Visit[] = [];
  for (const v of alive.visits) {
    // Like the live store: a person who is gone drops out of the visits they attended.
    const attendees = v.attendees.filter((a) => livePeople.has(a.personId));
    const budgetOwnerId = v.budgetOwnerId !== null && livePeople.has(v.budgetOwnerId) ? v.budgetOwnerId : null;
    visits.push(attendees.length === v.attendees.length && budgetOwnerId === v.budgetOwnerId ? v : { ...v, attendees, budgetOwnerId });
  }
  visits.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return { account: alive.account, people, relationships, visits };
}
