// A tinykeys binding in the words a keyboard shows: '$mod+k' → 'Ctrl+K' (⌘K on macOS), '[Shift]+Equal' → '+'.
const NAMES: Record<string, string> = {
  Equal: '+',
  NumpadAdd: '+',
  Minus: '−',
  NumpadSubtract: '−',
  Digit0: '0',
  Numpad0: '0',
  Escape: 'Esc',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Enter: 'Enter',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
};

export function keyLabel(binding: string, mac: boolean): string {
  const parts = binding.split(/(?<=\w|\])\+/);
  const key = parts.pop() ?? '';
  // Optional modifiers ('[Shift]') are not part of what the rep presses.
  const mods = parts.filter((m) => !m.startsWith('[')).map((m) => (m === '$mod' ? (mac ? '⌘' : 'Ctrl') : m === 'Shift' ? (mac ? '⇧' : 'Shift') : m === 'Alt' ? (mac ? '⌥' : 'Alt') : m));
  const name = NAMES[key] ?? (/^Key[A-Z]$/.test(key) ? key.slice(3) : key.length === 1 ? key.toUpperCase() : key);
  return mac ? [...mods, name].join('') : [...mods, name].join('+');
}

export const isMac = (): boolean => typeof navigator === 'object' && /Mac|iPod|iPhone|iPad/.test(navigator.platform);
