// Toolbar search: a combobox that finds people by name, title or pinyin and selects + centres the chosen one.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusPerson } from '../../graph/highlightFocus';
import { graph } from '../../graph/instance';
import { STANCE_FILL } from '../../graph/palette';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { useUi } from '../../stores/ui';
import { useHighlight } from '../highlight/store';
import { isFiltering, visiblePeople } from '../highlight/visibility';
import { influenceOf } from '../ranking/influence';
import { buildSearchIndex, matchPeople } from './matchPeople';
import './search.css';

export function SearchBox() {
  const { t } = useTranslation();
  const map = useMap((s) => s.map);
  const index = useMemo(() => (map ? buildSearchIndex(map.people) : []), [map]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => matchPeople(index, query), [index, query]);
  const listId = useId();

  const choose = (personId: string) => {
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
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length ? (i + 1) % hits.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (hits.length ? (i - 1 + hits.length) % hits.length : 0));
    } else if (e.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) {
        e.preventDefault();
        choose(hit.person.id);
      }
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  const showList = open && query.trim().length > 0;
  return (
    <div className="search-box">
      <input
        type="search"
        data-command-target="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${hits[active].person.id}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
        <ul className="search-results" id={listId} role="listbox" aria-label={t('search.results')}>
          {hits.length === 0 ? (
            <li className="search-none" role="presentation">
              {t('search.none', { query: query.trim() })}
            </li>
          ) : (
            hits.map((hit, i) => (
              <li
                key={hit.person.id}
                id={`${listId}-${hit.person.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit.person.id);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className={`dot${hit.person.stance === 'unknown' ? ' dashed' : ''}`} style={{ background: STANCE_FILL[hit.person.stance] }} aria-hidden="true" />
                <span className="search-name">{hit.person.name}</span>
                {hit.person.title ? <span className="search-title">{hit.person.title}</span> : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
