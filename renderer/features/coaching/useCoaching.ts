// The warnings for the open map, live: the same rules as the visit brief (brief/warnings.ts), with the
// last 30 days' changes fetched again whenever people or relationships change (not when nodes move).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { addDays } from '../../../shared/history/days';
import type { AccountChanges } from '../../../shared/history/types';
import { call } from '../../api/client';
import { computeWarnings, type Warning } from '../brief/warnings';
import { localDay } from '../export/content';
import { influenceOf } from '../ranking/influence';

export interface Coaching {
  warnings: Warning[];
  /** False until this account's 30-day changes have answered (or failed: the rest still shows). */
  ready: boolean;
}

export function useCoaching(map: AccountMap): Coaching {
  const { i18n } = useTranslation();
  // The last answer stays until the next arrives, so the card does not flicker after an edit.
  const [changes, setChanges] = useState<{ accountId: string; value: AccountChanges | null } | null>(null);
  const { account, people, relationships } = map;
  useEffect(() => {
    let live = true;
    const today = localDay();
    call('getChanges', { accountId: account.id, from: addDays(today, -30), to: today, limit: 20 })
      .catch(() => null)
      .then((value) => {
        if (live) setChanges({ accountId: account.id, value });
      });
    return () => {
      live = false;
    };
  }, [account, people, relationships]);
  const ready = changes !== null && changes.accountId === account.id;
  const warnings = computeWarnings(map, influenceOf(map).ranked, ready ? changes.value : null, localDay(), i18n.language);
  return { warnings, ready };
}
