// Where the header, the map and the legend go on an exported image whose long side is `longSide` px.
// Pure arithmetic, shared by PNG and SVG so both exports look the same.

export const EXPORT_SIZES = [1600, 2400, 4096] as const;
export type ExportSize = (typeof EXPORT_SIZES)[number];
/** Chromium's canvas can go far beyond this, but cy.png fails silently near its limits: never ask for more. */
export const EXPORT_MAX_LONG_SIDE = 4096;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ExportGeometry {
  width: number;
  height: number;
  /** 1 at 1600 px: every font and margin is multiplied by it. */
  unit: number;
  pad: number;
  titleFont: number;
  subtitleFont: number;
  legendFont: number;
  header: Box;
  map: Box;
  legend: Box;
}

/**
 * `mapAspect` = map width / height; `legendHeight(width)` = the legend's height when wrapped to `width`.
 * The long side is exactly `longSide` (capped at 4096); the map keeps its aspect inside its box.
 */
export function exportGeometry(longSideWanted: number, mapAspect: number, legendHeight: (width: number, font: number) => number, withHeader = true): ExportGeometry {
  const longSide = Math.round(Math.min(EXPORT_MAX_LONG_SIDE, Math.max(400, longSideWanted)));
  const aspect = Number.isFinite(mapAspect) && mapAspect > 0 ? Math.min(20, Math.max(0.05, mapAspect)) : 1.5;
  const unit = longSide / 1600;
  const pad = Math.round(32 * unit);
  const titleFont = Math.round(34 * unit);
  const subtitleFont = Math.round(17 * unit);
  const legendFont = Math.round(15 * unit);
  const gap = Math.round(pad * 0.6);
  // Without a header (the brief has its own) the map starts at the top margin.
  const headerH = withHeader ? Math.round(titleFont * 1.3 + subtitleFont * 1.6 + pad * 0.6) : -gap;

  const build = (width: number, height: number | null): ExportGeometry => {
    const innerW = width - 2 * pad;
    const legendH = Math.ceil(legendHeight(innerW, legendFont));
    const fixed = pad + headerH + gap + gap + legendH + pad;
    let mapH: number;
    let h: number;
    if (height === null) {
      mapH = Math.max(Math.round(120 * unit), Math.round(innerW / aspect));
      h = fixed + mapH;
    } else {
      h = height;
      mapH = Math.max(1, h - fixed);
    }
    const header: Box = { x: pad, y: pad, w: innerW, h: headerH };
    const map: Box = { x: pad, y: pad + headerH + gap, w: innerW, h: mapH };
    const legend: Box = { x: pad, y: map.y + mapH + gap, w: innerW, h: legendH };
    return { width, height: h, unit, pad, titleFont, subtitleFont, legendFont, header, map, legend };
  };

  const wide = build(longSide, null);
  if (wide.height <= longSide) return wide;
  // Taller than wide: fix the height, then narrow the width to the map (never below 70%, for header and legend).
  let width = longSide;
  let g = build(width, longSide);
  for (let i = 0; i < 3; i++) {
    width = Math.min(longSide, Math.max(Math.round(longSide * 0.7), Math.round(g.map.h * aspect + 2 * pad)));
    g = build(width, longSide);
  }
  return g;
}

/** The largest size that keeps `aspect` inside a box (what cy.png does with maxWidth/maxHeight). */
export function fitInside(box: { w: number; h: number }, aspect: number): { w: number; h: number } {
  return box.w / box.h > aspect ? { w: box.h * aspect, h: box.h } : { w: box.w, h: box.w / aspect };
}
