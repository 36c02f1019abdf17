// A person's visit record on their panel: "Met 4 times, last 3 Nov: agreed “trial order”", the last
// few visits (stance before → after, needs and wants), and Log a visit with the people selected.
import { useTranslation } from 'react-i18next';
import type { AccountMap, Person } from '../../../shared/domain/model';
import { personVisitHistory } from '../../../shared/visits/history';
import { useSelection } from '../../stores/selection';
import { formatDay } from '../timeline/dates';
import { useVisits, visitsOf } from './store';
import { joinNames, personHistoryText } from './visitText';
import './visits.css';

const SHOWN = 3;

export function PersonVisits({ person, map }: { person: Person; map: AccountMap }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const visits = useVisits((s) => visitsOf(s, map.account.id));
  const selected = useSelection((s) => s.personIds);
  const openForm = useVisits((s) => s.openForm);
  if (!visits) return null;
  const history = personVisitHistory(visits, person.id);
  const summary = personHistoryText(t, history, lang);
  const attendeeIds = selected.includes(person.id) ? selected : [person.id];
  const names = new Map(map.people.map((p) => [p.id, p.name]));
  const headingId = `person-visits-${person.id}`;
  return (
    <section className="person-visits" aria-labelledby={headingId}>
      <div className="section-head">
        <h3 id={headingId}>{t('visits.history.heading')}</h3>
        <button type="button" className="small" onClick={() => openForm({ mode: 'log', attendeeIds: [...attendeeIds] })}>
          {t('visits.history.logWith', { names: joinNames(attendeeIds.flatMap((id) => names.get(id) ?? []), lang) })}
        </button>
      </div>
      <p className="visit-summary" data-testid="person-visit-summary">
        {summary ?? t('visits.history.none', { name: person.name })}
      </p>
      {history.nextPlanned ? <p className="muted small">{t('visits.history.nextPlanned', { day: formatDay(history.nextPlanned.date, lang) })}</p> : null}
      {history.visits.length > 0 ? (
        <ul className="person-visit-list" aria-label={t('visits.history.list', { name: person.name })}>
          {history.visits.slice(0, SHOWN).map((v) => (
            <li key={v.visitId}>
              <span className="visit-day">{formatDay(v.date, lang)}</span> · {t(`visits.kind.${v.kind}`)}
              {v.stanceAfter && v.stanceBefore && v.stanceAfter !== v.stanceBefore ? (
                <span className="tag">{t('visits.history.stance', { from: t(`stance.${v.stanceBefore}`), to: t(`stance.${v.stanceAfter}`) })}</span>
              ) : null}
              {v.needs ? <span className="visit-line">{t('visits.history.needs', { text: v.needs })}</span> : null}
              {v.wants ? <span className="visit-line">{t('visits.history.wants', { text: v.wants })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
