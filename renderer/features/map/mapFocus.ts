// Which person has the keyboard focus ring on the map (null: none). Arrow keys move it
// (mapKeyboard.ts); the person commands act on it first, then on the selected person.
import { create } from 'zustand';

export const useMapFocus = create<{ personId: string | null }>()(() => ({ personId: null }));

export function setMapFocus(personId: string | null): void {
  useMapFocus.setState({ personId });
}
