// The brief's title block: account, day, stage, people, support base (and its change), what moved
// since the last visit, and our cost this year.
import { useTranslation } from 'react-i18next';
import { isInSupportBase } from '../../../shared/domain/model';
import { formatDay } from '../export/content';
import { costText } from '../cost/costText';
import { sinceSentence } from './sinceSentence';
import type { BriefData } from './loadBrief';
import type { SinceWords } from './sinceWords';

export function BriefHead({ data, language, words }: { data: BriefData; language: string; words: SinceWords }) {
  const { t } = useTranslation();
  const { map, sinceVisit, cost, today } = data;
  const total = map.people.length;
  const support = map.people.filter((p) => isInSupportBase(p.stance)).length;
  return (
    <header className="brief-head">
      <h1>{map.account.name}</h1>
      <p>
        {[
          t('brief.subtitle', { date: formatDay(today, language) }),
          t('brief.stageLabel', { stage: t(`brief.stage.${map.account.stage}`) }),
          t('brief.people', { count: total }),
          `${t('brief.supportBase', { count: support, total })}${words.deltaText ? ` (${words.deltaLabel(words.deltaText)})` : ''}`,
        ].join('  ·  ')}
      </p>
      {sinceVisit ? (
        <p className="brief-since" data-testid="brief-since">
          {sinceSentence(sinceVisit, t, language, today)}
        </p>
      ) : null}
      {cost && (cost.visits > 0 || cost.purchases) ? (
        <p className="brief-cost" data-testid="brief-cost">
          {costText(t, cost, language)}
        </p>
      ) : null}
    </header>
  );
}
