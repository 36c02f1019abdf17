// A number that changes when the open account's data does: each read of the map from the service and
// each announced edit of its people or relationships (not a node dragged, not a new object identity).
// Views that ask the service for derived data (coaching, the timeline, what changed) re-ask on it.
import { useEffect, useState } from 'react';
import { onChange } from './changes';
import { useMap } from './map';

export function useDataVersion(accountId: string | null): number {
  const reads = useMap((s) => s.reads);
  const [edits, setEdits] = useState(0);
  useEffect(
    () =>
      onChange((change) => {
        if (change.accountId === accountId) setEdits((n) => n + 1);
      }),
    [accountId],
  );
  return reads * 100_000 + edits;
}
