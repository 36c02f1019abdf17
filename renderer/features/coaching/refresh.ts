// Asks the coaching card to fetch again after a change it cannot see in the map (a visit logged or
// edited, a next step done): call refreshCoaching() after such a write.
import { create } from 'zustand';

export const useCoachingVersion = create<{ version: number }>()(() => ({ version: 0 }));

export function refreshCoaching(): void {
  useCoachingVersion.setState((s) => ({ version: s.version + 1 }));
}
