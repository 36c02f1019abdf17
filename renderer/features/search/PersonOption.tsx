// One person as a combobox suggestion: stance dot, name, title — the same in every people picker.
import type { Person } from '../../../shared/domain/model';
import { STANCE_FILL } from '../../graph/palette';
import './search.css';

export function PersonOption({ person }: { person: Person }) {
  return (
    <>
      <span className={`dot${person.stance === 'unknown' ? ' dashed' : ''}`} style={{ background: STANCE_FILL[person.stance] }} aria-hidden="true" />
      <span className="search-name">{person.name}</span>
      {person.title ? <span className="search-title">{person.title}</span> : null}
    </>
  );
}
