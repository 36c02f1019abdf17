// The coaching for the open map, live: getCoaching (shared/coaching rules, evaluated by the service)
// asked again when the account is read, when an edit of its people or relationships is announced
// (stores/changes.ts; not when nodes move), and after refreshCoaching() (./refresh.ts).
import { useEffect, useState } from 'react';
import type { Coaching } from '../../../shared/coaching/types';
import type { AccountMap } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { useCoachingVersion } from './refresh';
import { useDataVersion } from '../../stores/useDataVersion';

export interface CoachingState {
  coaching: Coaching | null;
  /** False until this account's coaching has answered (or failed: the card then stays quiet). */
  ready: boolean;
}

export function useCoaching(map: AccountMap): CoachingState {
  // The last answer stays until the next arrives, so the card does not flicker after an edit.
  const [answer, setAnswer] = useState<{ accountId: string; value: Coaching | null } | null>(null);
  const accountId = map.account.id;
  const version = useCoachingVersion((s) => s.version);
  const data = useDataVersion(accountId);
  useEffect(() => {
    let live = true;
    call('getCoaching', { accountId })
      .catch(() => null)
      .then((value) => {
        if (live) setAnswer({ accountId, value });
      });
    return () => {
      live = false;
    };
  }, [accountId, data, version]);
  const ready = answer !== null && answer.accountId === accountId;
  return { coaching: ready ? answer.value : null, ready };
}
