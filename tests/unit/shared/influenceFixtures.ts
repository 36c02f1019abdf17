// Builders for Person / Relationship objects in influence tests.
import type { Person, Relationship, RelationshipType } from '../../../shared/domain/model';
import { PERSON_DEFAULTS } from '../../../shared/domain/personDefaults';

export function person(id: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    accountId: 'acc',
    name: id,
    ...PERSON_DEFAULTS,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

export function link(fromId: string, toId: string, type: RelationshipType, strength: number | null = null): Relationship {
  return {
    id: `${type}:${fromId}>${toId}`,
    accountId: 'acc',
    fromId,
    toId,
    type,
    strength: type === 'influences' ? (strength ?? 1) : null,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}
