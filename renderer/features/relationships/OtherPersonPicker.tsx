// "Other person" of a new relationship: the shared combobox over the account's people, by name, title
// or pinyin ("wl" → 王丽). Editing the text after a choice clears the choice.
import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/model';
import { Combobox } from '../../components/Combobox';
import { buildSearchIndex, matchPeople } from '../search/matchPeople';
import { PersonOption } from '../search/PersonOption';

interface Props {
  id: string;
  people: readonly Person[];
  onChange(person: Person | null): void;
  /** Lists everyone (by name) while the box is empty. */
  listWhenEmpty?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function OtherPersonPicker({ id, people, onChange, listWhenEmpty = false, inputRef }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const everyone = useMemo(() => [...people].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [people]);
  const index = useMemo(() => buildSearchIndex(everyone), [everyone]);
  const found = query.trim() ? matchPeople(index, query, 20).map((h) => h.person) : listWhenEmpty ? everyone : [];
  return (
    <Combobox
      id={id}
      inputRef={inputRef}
      listLabel={t('relationships.otherResults')}
      placeholder={t('relationships.choose')}
      value={query}
      onValueChange={(v) => {
        setQuery(v);
        onChange(null);
      }}
      items={found}
      itemKey={(p: Person) => p.id}
      renderItem={(p) => <PersonOption person={p} />}
      onChoose={(p) => {
        setQuery(p.name);
        onChange(p);
      }}
      noneText={t('relationships.otherNone', { query: query.trim() })}
      listWhenEmpty={listWhenEmpty}
    />
  );
}
