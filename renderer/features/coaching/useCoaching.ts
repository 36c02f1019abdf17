// The coaching for the open map, live: getCoaching (shared/coaching rules, evaluated by the service)
// asked again whenever the account, its people or relationships change (not when nodes move), and
// after refreshCoaching() (./refresh.ts).
import { useEffect, useState } from 'react';
import type { Coaching } from '../../../shared/coaching/types';
import type { AccountMap } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { useCoachingVersion } from './refresh';

export interface CoachingState {
  coaching: Coaching | null;
  /** False until this account's coaching has answered (or failed: the card then stays quiet). */
  ready: boolean;
}

export function useCoaching(map: AccountMap): CoachingState {
  // The last answer stays until the next arrives, so the card does not flicker after an edit.
  const [answer, setAnswer] = useState<{ accountId: string; value: Coaching | null } | null>(null);
  const { account, people, relationships } = map;
  const version = useCoachingVersion((s) => s.version);
  useEffect(() => {
    let live = true;
    call('getCoaching', { accountId: account.id })
      .catch(() => null)
      .then((value) => {
        if (live) setAnswer({ accountId: account.id, value });
      });
    return () => {
      live = false;
    };
  }, [account, people, relationships, version]);
  const ready = answer !== null && answer.accountId === account.id;
  return { coaching: ready ? answer.value : null, ready };
}
