// The open account's named snapshots: listed in the timeline tab and drawn on its chart.
import { create } from 'zustand';
import type { Snapshot } from '../../../shared/history/types';
import { call } from '../../api/client';

interface SnapshotsState {
  accountId: string | null;
  list: Snapshot[];
  load(accountId: string): Promise<void>;
}

let request = 0;

export const useSnapshots = create<SnapshotsState>()((set) => ({
  accountId: null,
  list: [],
  async load(accountId) {
    const mine = ++request;
    try {
      const list = await call('listSnapshots', { accountId });
      if (mine === request) set({ accountId, list });
    } catch {
      if (mine === request) set({ accountId, list: [] });
    }
  },
}));
