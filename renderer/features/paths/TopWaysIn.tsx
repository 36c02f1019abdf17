// With nobody selected, the ways in to the top decision-maker (if the account has one).
import type { AccountMap } from '../../../shared/domain/model';
import { WaysIn } from './WaysIn';

export function TopWaysIn({ map }: { map: AccountMap }) {
  const top = map.people.find((p) => p.isTopDecisionMaker);
  return top ? <WaysIn key={top.id} person={top} map={map} level={2} /> : null;
}
