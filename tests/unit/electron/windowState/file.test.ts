// The window-state file: read back as written, defaults for a missing or damaged file, and a crash
// in the middle of a write (simulated by an fs that fails half-way) leaves the previous file whole.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWindowState, writeWindowState, type AtomicFs } from '../../../../electron/windowState/file';
import { trackWindowState } from '../../../../electron/windowState/track';
import type { Rect, SavedWindow } from '../../../../electron/windowState/placement';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-window-'));
  file = path.join(dir, 'window-state.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const state: SavedWindow = { bounds: { x: -1500, y: 40, width: 1300, height: 860 }, maximized: true };

describe('window state file', () => {
  it('reads back what was written; nothing else is left in the folder', () => {
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(fs.readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('a missing, empty, truncated or nonsensical file means defaults (null), never a crash', () => {
    expect(readWindowState(file)).toBeNull();
    for (const text of ['', '{"bounds":{"x":1', '[]', '{"bounds":{"x":0,"y":0,"width":-5,"height":10},"maximized":false}', '{"bounds":{"x":"a"}}']) {
      fs.writeFileSync(file, text);
      expect(readWindowState(file), text).toBeNull();
    }
  });

  it('a crash mid-write keeps the previous file whole and readable', () => {
    writeWindowState(file, state);
    const before = fs.readFileSync(file, 'utf8');
    for (const failAt of ['writeFileSync', 'fsyncSync', 'renameSync'] as const) {
      const io: AtomicFs = {
        writeFileSync: (f, d) => {
          if (failAt === 'writeFileSync') {
            fs.writeFileSync(f, d.slice(0, 7)); // half a file, then the power goes
            throw new Error('crash');
          }
          fs.writeFileSync(f, d);
        },
        openSync: (f, flags) => fs.openSync(f, flags),
        fsyncSync: (fd) => {
          if (failAt === 'fsyncSync') throw new Error('crash');
          fs.fsyncSync(fd);
        },
        closeSync: (fd) => fs.closeSync(fd),
        renameSync: (a, b) => {
          if (failAt === 'renameSync') throw new Error('crash');
          fs.renameSync(a, b);
        },
        rmSync: (f, o) => fs.rmSync(f, o),
      };
      expect(() => writeWindowState(file, { bounds: { x: 0, y: 0, width: 1000, height: 700 }, maximized: false }, io)).toThrow('crash');
      expect(fs.readFileSync(file, 'utf8')).toBe(before);
      expect(readWindowState(file)).toEqual(state);
    }
  });
});

describe('trackWindowState', () => {
  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    const win = {
      bounds: { x: 10, y: 20, width: 1100, height: 700 } as Rect,
      maximized: false,
      minimized: false,
      on: (event: string, l: () => void) => listeners.set(event, l),
      getNormalBounds: () => ({ ...win.bounds }),
      isMaximized: () => win.maximized,
      isMinimized: () => win.minimized,
      isFullScreen: () => false,
      isDestroyed: () => false,
      emit: (event: string) => listeners.get(event)!(),
    };
    return win;
  }

  it('writes once a move or resize settles, at once on maximize and close, skipping a minimized window and repeats', () => {
    const win = fakeWindow();
    const saved: SavedWindow[] = [];
    const timers: Array<() => void> = [];
    trackWindowState(win, { save: (s) => saved.push(s), setTimer: (fn) => timers.push(fn), clearTimer: () => timers.shift() });
    win.bounds = { x: 30, y: 20, width: 1100, height: 700 };
    win.emit('move');
    win.bounds = { x: 40, y: 20, width: 1200, height: 700 };
    win.emit('resize');
    expect(saved).toEqual([]);
    timers.at(-1)!();
    expect(saved).toEqual([{ bounds: { x: 40, y: 20, width: 1200, height: 700 }, maximized: false }]);
    win.maximized = true;
    win.emit('maximize');
    expect(saved.at(-1)).toEqual({ bounds: { x: 40, y: 20, width: 1200, height: 700 }, maximized: true });
    win.emit('close');
    expect(saved).toHaveLength(2);
    win.minimized = true;
    win.emit('unmaximize');
    expect(saved).toHaveLength(2);
  });
});
