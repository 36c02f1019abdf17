// The attendees' search: the shared combobox finding people of the account by name, title or pinyin
// ("wl" → 王丽, the toolbar search's matching) and adding the chosen one; Backspace in the empty box
// removes the last attendee.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/model';
import { Combobox } from '../../components/Combobox';
import { buildSearchIndex, matchPeople } from '../search/matchPeople';
import { PersonOption } from '../search/PersonOption';

interface Props {
  id: string;
  people: readonly Person[];
  chosen: readonly string[];
  describedBy: string | undefined;
  invalid: boolean;
  onAdd(personId: string): void;
  onRemoveLast(): void;
}

export function AttendeePicker({ id, people, chosen, describedBy, invalid, onAdd, onRemoveLast }: Props) {
  const { t } = useTranslation();
  const index = useMemo(() => buildSearchIndex(people), [people]);
  const [query, setQuery] = useState('');
  const taken = new Set(chosen);
  const hits = matchPeople(index, query, 12).filter((h) => !taken.has(h.person.id));

  return (
    <Combobox
      id={id}
      className="attendee-picker"
      listClassName="attendee-results"
      listLabel={t('visits.form.attendeeResults')}
      describedBy={describedBy}
      invalid={invalid}
      value={query}
      onValueChange={setQuery}
      items={hits}
      itemKey={(hit) => hit.person.id}
      renderItem={(hit) => <PersonOption person={hit.person} />}
      onChoose={(hit) => {
        onAdd(hit.person.id);
        setQuery('');
      }}
      noneText={t('visits.form.attendeeNone', { query: query.trim() })}
      onExtraKey={(e) => {
        if (e.key !== 'Backspace' || query !== '' || chosen.length === 0) return false;
        e.preventDefault();
        onRemoveLast();
        return true;
      }}
    />
  );
}
