// In the person panel: their influence score, rank and why — and pinning a score by hand, shown as pinned.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap, Person } from '../../../shared/domain/model';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { useMap } from '../../stores/map';
import { breakdownText } from './breakdown';
import { influenceOf } from './influence';
import './ranking.css';

export function InfluenceCard({ person, map }: { person: Person; map: AccountMap }) {
  const { t } = useTranslation();
  const updatePerson = useMap((s) => s.updatePerson);
  const { scores, rankOf } = influenceOf(map);
  const influence = scores.get(person.id);
  const [pinValue, setPinValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!influence) return null;

  const pin = async (value: number | null) => {
    setError(null);
    try {
      await updatePerson(person.id, { pinnedScore: value });
      setPinValue('');
    } catch (err) {
      setError(describeError(t, toPayload(err)).message);
    }
  };
  const typed = Number(pinValue);
  const valid = pinValue.trim() !== '' && Number.isInteger(typed) && typed >= 0 && typed <= 100;

  return (
    <section className="influence-card" aria-label={t('ranking.card.heading')}>
      <div className="influence-head">
        <span className="influence-score">{influence.score}</span>
        <span>
          <strong>{t('ranking.card.heading')}</strong>
          <span className="muted"> · {t('ranking.card.rank', { rank: rankOf.get(person.id) ?? 0, total: map.people.length })}</span>
          {influence.pinned ? <span className="tag">{t('ranking.pinned')}</span> : null}
        </span>
      </div>
      <p className="breakdown">{breakdownText(t, influence)}</p>
      {influence.pinned ? (
        <button type="button" className="small" onClick={() => void pin(null)}>
          {t('ranking.card.unpin')}
        </button>
      ) : (
        <form
          className="pin-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) void pin(typed);
          }}
        >
          <input type="number" min={0} max={100} step={1} value={pinValue} aria-label={t('ranking.card.pinLabel')} placeholder="0–100" onChange={(e) => setPinValue(e.target.value)} />
          <button type="submit" className="small" disabled={!valid}>
            {t('ranking.card.pin')}
          </button>
        </form>
      )}
      {error ? <p className="field-error">{error}</p> : null}
    </section>
  );
}
