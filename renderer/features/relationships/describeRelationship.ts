// A relationship in words from one person's point of view ("Reports to Wang Li").
import type { TFunction } from 'i18next';
import type { AccountMap, Person, Relationship } from '../../../shared/domain/model';

export function relationshipText(t: TFunction, r: Relationship, me: Person, map: AccountMap): string {
  const outgoing = r.fromId === me.id;
  const otherId = outgoing ? r.toId : r.fromId;
  const other = map.people.find((p) => p.id === otherId);
  return t(`relationships.${outgoing ? 'outgoing' : 'incoming'}.${r.type}`, { name: other?.name ?? '?', strength: r.strength ?? 1 });
}
