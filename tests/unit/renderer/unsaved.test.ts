// Leaving a form with unsaved changes waits for the rep's answer (renderer/stores/unsaved.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerLeave, guardLeave, registerUnsaved, useLeaveRequest } from '../../../renderer/stores/unsaved';

function form(dirty: boolean, saves = true) {
  const state = { dirty, saved: 0, discarded: 0 };
  const unregister = registerUnsaved({
    name: 'Bob Li',
    dirty: () => state.dirty,
    save: async () => {
      state.saved += 1;
      if (saves) state.dirty = false;
      return saves;
    },
    discard: () => {
      state.discarded += 1;
      state.dirty = false;
    },
  });
  return { state, unregister };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  useLeaveRequest.setState({ pending: null, name: '' });
});

describe('guardLeave', () => {
  it('leaves at once when nothing is unsaved (or no form is open)', () => {
    const leave = vi.fn();
    guardLeave(leave);
    const f = form(false);
    cleanup = f.unregister;
    guardLeave(leave);
    expect(leave).toHaveBeenCalledTimes(2);
    expect(useLeaveRequest.getState().pending).toBeNull();
  });

  it('asks first with unsaved changes: stay keeps them, discard forgets them and leaves', async () => {
    const f = form(true);
    cleanup = f.unregister;
    const leave = vi.fn();
    guardLeave(leave);
    expect(leave).not.toHaveBeenCalled();
    expect(useLeaveRequest.getState().name).toBe('Bob Li');
    await answerLeave('stay');
    expect(leave).not.toHaveBeenCalled();
    expect(f.state).toMatchObject({ dirty: true, discarded: 0 });
    guardLeave(leave);
    await answerLeave('discard');
    expect(leave).toHaveBeenCalledTimes(1);
    expect(f.state.discarded).toBe(1);
  });

  it('save and continue leaves only when the save went through', async () => {
    const refused = form(true, false);
    const leave = vi.fn();
    guardLeave(leave);
    await answerLeave('save');
    expect(refused.state.saved).toBe(1);
    expect(leave).not.toHaveBeenCalled();
    refused.unregister();
    const ok = form(true, true);
    cleanup = ok.unregister;
    guardLeave(leave);
    await answerLeave('save');
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('a form that went away no longer guards', () => {
    const f = form(true);
    f.unregister();
    const leave = vi.fn();
    guardLeave(leave);
    expect(leave).toHaveBeenCalledTimes(1);
  });
});
