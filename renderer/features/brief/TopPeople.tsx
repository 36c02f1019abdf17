// The brief's table of the people who matter most: rank, name with title and role, stance, score, met.
import { useTranslation } from 'react-i18next';
import type { RankedPerson } from '../../../shared/domain/ranking';
import { STANCE_FILL } from '../../graph/palette';

export function TopPeople({ ranked }: { ranked: RankedPerson[] }) {
  const { t } = useTranslation();
  return (
    <table className="brief-top">
      <thead>
        <tr>
          <th>{t('brief.col.rank')}</th>
          <th>{t('brief.col.name')}</th>
          <th>{t('brief.col.stance')}</th>
          <th className="num">{t('brief.col.score')}</th>
          <th>{t('brief.col.met')}</th>
          <th>{t('brief.col.lastContact')}</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map(({ rank, person: p, influence }) => (
          <tr key={p.id} className={p.isTopDecisionMaker ? 'tdm' : undefined}>
            <td className="num">{rank}</td>
            <td className="name">
              <strong>{p.name}</strong>
              {p.isTopDecisionMaker ? <span className="brief-tag">◆ {t('brief.tdm')}</span> : null}
              <div className="muted">{[p.title, t(`buyingRole.${p.buyingRole}`)].filter((x) => x !== '').join(' · ')}</div>
            </td>
            <td>
              <span className={`brief-dot${p.stance === 'unknown' ? ' dashed' : ''}`} style={{ background: STANCE_FILL[p.stance] }} aria-hidden="true" />
              {t(`stance.${p.stance}`)}
            </td>
            <td className="num">{influence.score}</td>
            <td className={p.met ? undefined : 'warn'}>{p.met ? t('brief.met') : `⚠ ${t('brief.notMet')}`}</td>
            <td>{p.lastContact ?? t('brief.never')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
