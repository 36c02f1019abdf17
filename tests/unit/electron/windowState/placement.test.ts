// Where the window reopens, against fake displays: kept where it was when that screen is there,
// pulled back onto it when the resolution shrank, moved to the primary screen when its screen is gone.
import { describe, expect, it } from 'vitest';
import { placeWindow, type SavedWindow } from '../../../../electron/windowState/placement';

const sizes = { width: 1280, height: 820, minWidth: 960, minHeight: 600 };
const primary = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const left = { workArea: { x: -1680, y: 0, width: 1680, height: 1010 } };
const saved = (x: number, y: number, width = 1200, height = 800, maximized = false): SavedWindow => ({ bounds: { x, y, width, height }, maximized });

describe('placeWindow', () => {
  it('first start: the default size, centred (no position)', () => {
    expect(placeWindow(null, [primary], primary, sizes)).toEqual({ bounds: { width: 1280, height: 820 }, maximized: false });
  });

  it('keeps a window that is on a screen exactly where it was, maximized or not', () => {
    expect(placeWindow(saved(100, 50), [primary], primary, sizes)).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: false });
    expect(placeWindow(saved(100, 50, 1200, 800, true), [primary], primary, sizes).maximized).toBe(true);
  });

  it('keeps a window on a monitor left of the primary one (negative x)', () => {
    expect(placeWindow(saved(-1500, 100), [primary, left], primary, sizes).bounds).toEqual({ x: -1500, y: 100, width: 1200, height: 800 });
  });

  it('the left monitor unplugged: the saved size, centred on the primary display, still maximized if it was', () => {
    expect(placeWindow(saved(-1500, 100, 1200, 800, true), [primary], primary, sizes)).toEqual({ bounds: { width: 1200, height: 800 }, maximized: true });
  });

  it('a smaller resolution: shrunk to the work area and moved wholly onto it', () => {
    const laptop = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
    expect(placeWindow(saved(900, 300, 1800, 1000), [laptop], laptop, sizes).bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    expect(placeWindow(saved(900, 300, 1000, 650), [laptop], laptop, sizes).bounds).toEqual({ x: 366, y: 78, width: 1000, height: 650 });
  });

  it('a window hanging off an edge is pulled back on; one with only a sliver showing goes to the primary display', () => {
    expect(placeWindow(saved(1500, -30), [primary], primary, sizes).bounds).toEqual({ x: 720, y: 0, width: 1200, height: 800 });
    expect(placeWindow(saved(1900, 100), [primary], primary, sizes).bounds).toEqual({ width: 1200, height: 800 });
  });

  it('never smaller than the minimum (when the screen allows), never larger than the screen', () => {
    expect(placeWindow(saved(10, 10, 300, 200), [primary], primary, sizes).bounds).toEqual({ x: 10, y: 10, width: 960, height: 600 });
    const tiny = { workArea: { x: 0, y: 0, width: 800, height: 560 } };
    expect(placeWindow(saved(10, 10, 1200, 800), [tiny], tiny, sizes).bounds).toEqual({ x: 0, y: 0, width: 800, height: 560 });
  });

  it('straddling two screens: moved wholly onto the one showing most of it', () => {
    expect(placeWindow(saved(-300, 100), [primary, left], primary, sizes).bounds).toEqual({ x: 0, y: 100, width: 1200, height: 800 });
    expect(placeWindow(saved(-1000, 100), [primary, left], primary, sizes).bounds).toEqual({ x: -1200, y: 100, width: 1200, height: 800 });
    const top = { workArea: { x: 0, y: -1080, width: 1920, height: 1040 } };
    expect(placeWindow(saved(100, -200), [primary, top], primary, sizes).bounds).toEqual({ x: 100, y: 0, width: 1200, height: 800 });
  });
});
