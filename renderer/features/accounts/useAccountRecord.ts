// What the account details show beside the account itself: its purchasing record and its visits
// (for our cost this year). Loaded once when the dialog opens; null until then (or when unavailable).
import { useEffect, useState } from 'react';
import type { AccountPurchases, Visit } from '../../../shared/visits/model';
import { call } from '../../api/client';

export function useAccountRecord(accountId: string): { purchases: AccountPurchases | null; visits: Visit[] | null } {
  const [record, setRecord] = useState<{ purchases: AccountPurchases | null; visits: Visit[] | null }>({ purchases: null, visits: null });
  useEffect(() => {
    let alive = true;
    void Promise.all([call('getYearlyPurchases', { accountId }).catch(() => null), call('listVisits', { accountId }).catch(() => null)]).then(([purchases, visits]) => {
      if (alive) setRecord({ purchases, visits });
    });
    return () => {
      alive = false;
    };
  }, [accountId]);
  return record;
}
