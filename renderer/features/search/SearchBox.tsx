// Toolbar search: a combobox that finds people by name, title or pinyin and selects + centres the chosen one.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../components/Combobox';
import { focusPerson } from '../../graph/highlightFocus';
import { graph } from '../../graph/instance';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { useUi } from '../../stores/ui';
import { useHighlight } from '../highlight/store';
import { isFiltering, visiblePeople } from '../highlight/visibility';
import { influenceOf } from '../ranking/influence';
import { buildSearchIndex, matchPeople, type SearchHit } from './matchPeople';
import { PersonOption } from './PersonOption';
import './search.css';

export function SearchBox() {
  const { t } = useTranslation();
  const map = useMap((s) => s.map);
  const index = useMemo(() => (map ? buildSearchIndex(map.people) : []), [map]);
  const [query, setQuery] = useState('');
  const hits = useMemo(() => matchPeople(index, query), [index, query]);

  const choose = (hit: SearchHit) => {
    const personId = hit.person.id;
    const person = map?.people.find((p) => p.id === personId);
    if (!map || !person) return;
    // A person hidden by the map filters would be selected but invisible: show everyone instead.
    const filters = useHighlight.getState();
    if (isFiltering(filters) && !visiblePeople(influenceOf(map).ranked, filters).has(personId)) {
      filters.reset();
      useUi.getState().notify({ kind: 'info', key: 'search.filtersOff', params: { name: person.name } });
    }
    useSelection.getState().selectPerson(personId);
    // Let the filter change reach the map before centring.
    requestAnimationFrame(() => focusPerson(graph.instance, personId));
    setQuery(person.name);
  };

  return (
    <Combobox
      className="search-box"
      commandTarget="search"
      ariaLabel={t('search.label')}
      listLabel={t('search.results')}
      placeholder={t('search.placeholder')}
      value={query}
      onValueChange={setQuery}
      items={hits}
      itemKey={(hit) => hit.person.id}
      renderItem={(hit) => <PersonOption person={hit.person} />}
      onChoose={choose}
      noneText={t('search.none', { query: query.trim() })}
      clearOnEscape
    />
  );
}
