// Saves the window's placement as the rep changes it: shortly after a move or resize settles, at
// once on maximize / unmaximize, and on close. The window and the timer are passed in (tests use fakes).
import type { Rect, SavedWindow } from './placement';

export interface TrackedWindowLike {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
}

export interface TrackOptions {
  save(state: SavedWindow): void;
  /** How long a move or resize must settle before it is written (ms). */
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  onError?: (err: unknown) => void;
}

export function trackWindowState(win: TrackedWindowLike, options: TrackOptions): void {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let pending: unknown = null;
  let last = '';
  const saveNow = () => {
    if (pending !== null) clearTimer(pending);
    pending = null;
    // A minimized or full-screen window keeps the placement it had before.
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    const state: SavedWindow = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    const text = JSON.stringify(state);
    if (text === last) return;
    try {
      options.save(state);
      last = text;
    } catch (err) {
      options.onError?.(err);
    }
  };
  const later = () => {
    if (pending !== null) clearTimer(pending);
    pending = setTimer(saveNow, options.delayMs ?? 400);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', saveNow);
  win.on('unmaximize', saveNow);
  win.on('close', saveNow);
}
