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
  /** People and relationships come already in that order (creation time, then first seq): skip sorting them. */
  sorted?: boolean;
}

/**
 * Sorted by creation time, then first seq: the keys are read once per item, not once per comparison
 * (at 20,000 people and 38,000 relationships the comparisons are a million). Stable, like sort().
 */
function byCreation<T extends { id: string; createdAt: string }>(items: readonly T[], firstSeq: (id: string) => number): T[] {
  const keyed = items.map((item) => ({ item, createdAt: item.createdAt, first: firstSeq(item.id) }));
  keyed.sort((a, b) => (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.first - b.first));
  return keyed.map((k) => k.item);
}

export function materialize(alive: AliveEntities): AccountState {
  const livePeople = alive.people;
  const people = alive.sorted ? [...livePeople.values()] : byCreation([...livePeople.values()], alive.firstSeq);
  const linked: Relationship[] = [];
  for (const r of alive.relationships) {
    // A relationship cannot outlive either end, even if a log missed the cascade.
    if (livePeople.has(r.fromId) && livePeople.has(r.toId)) linked.push(r);
  }
  const relationships = alive.sorted ? linked : byCreation(linked, alive.firstSeq);
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
