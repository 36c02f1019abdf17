// Edits are never silently lost: a form with unsaved changes registers a guard, and anything that would
// take it off screen (Back, another person, another account, another tab, Escape on the map) goes through
// guardLeave. With unsaved changes the leave waits for the rep's answer (commands/UnsavedChangesHost.tsx):
// save and go, discard and go, or keep editing.
import { create } from 'zustand';

export interface UnsavedGuard {
  /** Who the form is about, for the question ("Unsaved changes to Bob Li"); '' for a new person. */
  name: string;
  dirty(): boolean;
  /** Saves; false when the service refused (the form then shows why, and the rep stays). */
  save(): Promise<boolean>;
  /** Forgets the changes (the form shows the stored values again). */
  discard(): void;
}

let guard: UnsavedGuard | null = null;

export const useLeaveRequest = create<{ pending: (() => void) | null; name: string }>()(() => ({ pending: null, name: '' }));

export function registerUnsaved(g: UnsavedGuard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}

/** Runs `leave` now, or once the rep has saved or discarded the open form's changes. */
export function guardLeave(leave: () => void): void {
  if (!guard || !guard.dirty()) {
    leave();
    return;
  }
  useLeaveRequest.setState({ pending: leave, name: guard.name });
}

/** The rep's answer to the question. */
export async function answerLeave(answer: 'save' | 'discard' | 'stay'): Promise<void> {
  const { pending } = useLeaveRequest.getState();
  const g = guard;
  if (answer === 'stay' || !pending) {
    useLeaveRequest.setState({ pending: null });
    return;
  }
  if (answer === 'save' && g && !(await g.save())) {
    useLeaveRequest.setState({ pending: null });
    return;
  }
  if (answer === 'discard') g?.discard();
  useLeaveRequest.setState({ pending: null });
  pending();
}
