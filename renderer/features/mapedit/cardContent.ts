// What the hover card says about a person: name, title, stance, score with rank, met and last contact.
// Pure, so the words are unit-tested in both languages without a browser.
import type { TFunction } from 'i18next';
import type { AccountMap, Stance } from '../../../shared/domain/model';
import { formatDay } from '../timeline/dates';
import { influenceOf } from '../ranking/influence';

export interface CardContent {
  name: string;
  title: string;
  stance: Stance;
  isTopDecisionMaker: boolean;
  score: number;
  rank: number;
  count: number;
  met: boolean;
  lastContact: string | null;
}

export interface CardLines {
  name: string;
  title: string;
  stance: string;
  score: string;
  contact: string;
  top: string | null;
}

/** The card's facts for `personId` on `map`, or null when they are not on it. */
export function cardContent(map: AccountMap, personId: string): CardContent | null {
  const person = map.people.find((p) => p.id === personId);
  if (!person) return null;
  const influence = influenceOf(map);
  return {
    name: person.name,
    title: person.title,
    stance: person.stance,
    isTopDecisionMaker: person.isTopDecisionMaker,
    score: influence.scores.get(person.id)?.score ?? 0,
    rank: influence.rankOf.get(person.id) ?? map.people.length,
    count: map.people.length,
    met: person.met,
    lastContact: person.lastContact,
  };
}

/** The card's lines in the rep's language ("Score 85 · #2 of 25", "Met · last contact Nov 3, 2026"). */
export function cardLines(t: TFunction, c: CardContent, language: string): CardLines {
  const met = c.met ? t('mapEdit.card.met') : t('mapEdit.card.notMet');
  const contact = c.lastContact ? t('mapEdit.card.lastContact', { date: formatDay(c.lastContact, language) }) : t('mapEdit.card.noContact');
  return {
    name: c.name,
    title: c.title,
    stance: t(`stance.${c.stance}`),
    score: t('mapEdit.card.score', { score: c.score, rank: c.rank, count: c.count }),
    contact: `${met} · ${contact}`,
    top: c.isTopDecisionMaker ? t('topDecisionMaker') : null,
  };
}
