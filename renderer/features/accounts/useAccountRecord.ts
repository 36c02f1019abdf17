// What the account details show beside the account itself: its purchasing record and its visits
// (for our cost this year). Loaded once when the dialog opens; null until then (or when unavailable).
import { useEffect, useState } from 'react';
import type { AccountPurchases, Visit } from '../../../shared/visits/model';
import { call } from '../../api/client';
import { purchasesValues, type PurchasesValues } from './purchasesForm';

interface AccountRecord {
  purchases: AccountPurchases | null;
  visits: Visit[] | null;
  /** The purchases as form values, made once when loaded (stable row keys). */
  initial: PurchasesValues | null;
}

export function useAccountRecord(accountId: string): AccountRecord {
  const [record, setRecord] = useState<AccountRecord>({ purchases: null, visits: null, initial: null });
  useEffect(() => {
    let alive = true;
    void Promise.all([call('getYearlyPurchases', { accountId }).catch(() => null), call('listVisits', { accountId }).catch(() => null)]).then(([purchases, visits]) => {
      if (alive) setRecord({ purchases, visits, initial: purchases ? purchasesValues(purchases) : null });
    });
    return () => {
      alive = false;
    };
  }, [accountId]);
  return record;
}
