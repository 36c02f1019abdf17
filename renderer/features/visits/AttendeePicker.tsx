// The attendees' search: a combobox that finds people of the account by name, title or pinyin
// ("wl" → 王丽, the toolbar search's matching) and adds the chosen one; Backspace in the empty box
// removes the last attendee.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/model';
import { STANCE_FILL } from '../../graph/palette';
import { buildSearchIndex, matchPeople } from '../search/matchPeople';
import '../search/search.css';

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
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const taken = new Set(chosen);
  const hits = matchPeople(index, query, 12).filter((h) => !taken.has(h.person.id));
  const showList = open && query.trim().length > 0;

  const add = (personId: string) => {
    onAdd(personId);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (hits.length ? (i + step + hits.length) % hits.length : 0));
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && query.trim()) {
      // Enter picks a person here; it saves the form only from other fields.
      e.preventDefault();
      const hit = hits[active] ?? hits[0];
      if (hit) add(hit.person.id);
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '' && chosen.length > 0) {
      e.preventDefault();
      onRemoveLast();
    }
  };

  return (
    <div className="attendee-picker">
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-activedescendant={showList && hits[active] ? `${listId}-${hits[active].person.id}` : undefined}
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
        <ul className="search-results attendee-results" id={listId} role="listbox" aria-label={t('visits.form.attendeeResults')}>
          {hits.length === 0 ? (
            <li className="search-none" role="presentation">
              {t('visits.form.attendeeNone', { query: query.trim() })}
            </li>
          ) : (
            hits.map((hit, i) => (
              <li
                key={hit.person.id}
                id={`${listId}-${hit.person.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(hit.person.id);
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
