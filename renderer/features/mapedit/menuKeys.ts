// What a key does in the person menu (the WAI-ARIA menu pattern), as a pure function of the rows
// that can take focus: move (wrapping), run the active row, or close.
export type MenuKeyResult = { move: number } | { run: true } | { close: true } | null;

/** `enabled`: indexes of the rows that can be chosen, in order; `active`: the focused row. */
export function menuKey(key: string, enabled: readonly number[], active: number): MenuKeyResult {
  if (key === 'Enter' || key === ' ') return { run: true };
  if (key === 'Escape' || key === 'Tab') return { close: true };
  if (enabled.length === 0) return null;
  const at = Math.max(0, enabled.indexOf(active));
  switch (key) {
    case 'ArrowDown':
      return { move: enabled[(at + 1) % enabled.length]! };
    case 'ArrowUp':
      return { move: enabled[(at - 1 + enabled.length) % enabled.length]! };
    case 'Home':
      return { move: enabled[0]! };
    case 'End':
      return { move: enabled[enabled.length - 1]! };
    default:
      return null;
  }
}
