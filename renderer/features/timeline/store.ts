// The open account's daily support series (whole history; ranges are cut in the view) and the chosen range.
import { create } from 'zustand';
import type { SupportSeries } from '../../../shared/history/types';
import { call } from '../../api/client';
import type { Range } from './headline';

interface TimelineState {
  series: SupportSeries | null;
  error: unknown;
  range: Range;
  setRange(range: Range): void;
  load(accountId: string): Promise<void>;
}

let request = 0;

export const useTimeline = create<TimelineState>()((set) => ({
  series: null,
  error: null,
  range: 90,
  setRange(range) {
    set({ range });
  },
  async load(accountId) {
    const mine = ++request;
    try {
      const series = await call('getSupportSeries', { accountId });
      // A slower answer for an account the rep already left must not overwrite the new one.
      if (mine === request) set({ series, error: null });
    } catch (error) {
      if (mine === request) set({ series: null, error });
    }
  },
}));
