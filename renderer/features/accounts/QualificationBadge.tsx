// The map header's compact answer to "is this a key account?", with what is missing (details in the title).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/model';
import { qualification } from '../../../shared/visits/qualification';
import { todayOrLocal, useTrends } from '../timeline/trends';
import { usePurchases } from './purchasesStore';
import { qualificationLine, sustainedLine } from './qualificationText';

export function QualificationBadge({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const purchases = usePurchases((s) => (s.accountId === account.id ? s.purchases : null));
  const today = todayOrLocal(useTrends((s) => s.today));
  useEffect(() => {
    void usePurchases.getState().load(account.id);
  }, [account.id]);
  const q = qualification(account, purchases ?? { yearly: [], judgement: null }, today);
  const line = qualificationLine(t, q, i18n.language);
  return (
    <span className={`qualification-badge ${q.qualifies ? 'yes' : 'no'}`} data-testid="qualification-badge" title={`${line} ${sustainedLine(t, q)}`}>
      {q.qualifies ? t('accountDetails.q.badgeYes') : t('accountDetails.q.badgeNo', { missing: listShort(t, q.missing, i18n.language) })}
    </span>
  );
}

function listShort(t: ReturnType<typeof useTranslation>['t'], missing: readonly string[], lang: string): string {
  return missing.map((m) => t(`accountDetails.q.short.${m}`)).join(lang.startsWith('zh') ? '、' : ', ');
}
