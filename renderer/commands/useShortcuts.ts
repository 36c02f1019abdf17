// Binds the global commands' keys on the window (tinykeys). A key never fires while the rep types in a
// field (unless the command says `inFields`: Ctrl/Cmd+F, Ctrl/Cmd+K), with a modal dialog open, or
// while an IME is composing. Map-scoped keys are bound on the map itself (features/map/MapKeyboard.tsx).
import { useEffect } from 'react';
import { tinykeys } from 'tinykeys';
import { COMMANDS, SELF_BOUND } from './registry';
import { commandState } from './state';
import { isTyping, modalOpen } from './typing';
import type { Command } from './types';

/** A key handler that runs `command` when it may, and lets the key through otherwise. */
export function keyHandler(command: Command): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.isComposing || e.defaultPrevented || modalOpen()) return;
    if (isTyping(e.target) && !command.inFields) return;
    const state = commandState();
    if (!command.enabled(state)) return;
    e.preventDefault();
    void Promise.resolve(command.run(state)).catch(() => undefined);
  };
}

export function bindingsOf(commands: readonly Command[]): Record<string, (e: KeyboardEvent) => void> {
  const map: Record<string, (e: KeyboardEvent) => void> = {};
  for (const command of commands) for (const key of command.keys) map[key] = keyHandler(command);
  return map;
}

export function useShortcuts(): void {
  useEffect(() => {
    const global = COMMANDS.filter((c) => (c.scope ?? 'global') === 'global' && !SELF_BOUND.has(c.id));
    return tinykeys(window, bindingsOf(global), { ignore: () => false });
  }, []);
}
