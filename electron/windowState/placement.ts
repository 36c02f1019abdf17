// Where the window opens: its saved size and position, kept on a screen that is there now. Pure
// (displays are passed in), so unplugged monitors, smaller resolutions and monitors left of the
// primary one (negative x) are unit-tested with plain objects.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindow {
  /** The normal (not maximized) bounds the rep last gave the window. */
  bounds: Rect;
  maximized: boolean;
}

export interface DisplayLike {
  /** The display's usable area (without task bar or menu bar), in screen coordinates. */
  workArea: Rect;
}

export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

export interface Placement {
  /** Without x/y the window is centred on the primary display (first start, or its screen is gone). */
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/** Less of the window than this (px each way) on a display does not count as "on" it: it could not be grabbed. */
const MIN_VISIBLE = 48;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), Math.max(min, max));

/** A saved window's placement on today's displays; `primary` is where a lost window goes. */
export function placeWindow(saved: SavedWindow | null, displays: readonly DisplayLike[], primary: DisplayLike, sizes: WindowSizes): Placement {
  const fit = (area: Rect, width: number, height: number) => ({
    width: Math.round(clamp(width, Math.min(sizes.minWidth, area.width), area.width)),
    height: Math.round(clamp(height, Math.min(sizes.minHeight, area.height), area.height)),
  });
  if (!saved) {
    return { bounds: fit(primary.workArea, sizes.width, sizes.height), maximized: false };
  }
  // The display showing most of the window, if enough of it to grab the title bar.
  let best: { display: DisplayLike; area: number } | null = null;
  for (const display of displays) {
    const o = overlap(saved.bounds, display.workArea);
    const area = o.width * o.height;
    if (o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE && (!best || area > best.area)) best = { display, area };
  }
  if (!best) {
    // Its screen is gone (unplugged, or the window was dragged off): the saved size, centred on the primary display.
    return { bounds: fit(primary.workArea, saved.bounds.width, saved.bounds.height), maximized: saved.maximized };
  }
  const area = best.display.workArea;
  const size = fit(area, saved.bounds.width, saved.bounds.height);
  // Moved only as far as needed to be wholly on that display.
  return {
    bounds: {
      ...size,
      x: Math.round(clamp(saved.bounds.x, area.x, area.x + area.width - size.width)),
      y: Math.round(clamp(saved.bounds.y, area.y, area.y + area.height - size.height)),
    },
    maximized: saved.maximized,
  };
}
