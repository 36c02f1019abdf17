// PNG of the WHOLE map (not the viewport): header, map and legend composed on an offscreen canvas.
// cy.png returns "" past the canvas limit without throwing, so the map is capped with maxWidth /
// maxHeight (never `scale`) and the result is decoded and measured before it is used.
import type { Core } from 'cytoscape';
import { DARK_INK, drawHeader, drawLegend, font, LIGHT_INK, type ExportHeader } from './exportDrawCanvas';
import { withMapTheme } from './themeStyle';
import { exportGeometry, fitInside, type ExportGeometry } from './exportLayout';
import { layoutLegend, type LegendLayout, type LegendSection, type MeasureText } from './exportLegend';
import { ensureLabelFonts } from './labelFonts';
import { loadFontsFor } from '../styles/fontStack';
import { withoutTemporaryMarks } from './exportMarks';
import { revealAllLabels } from './perf/lazyLabels';
import { withReadableDashes } from './exportDashes';
import { shapeRefusal, shownExtent, type Extent } from './exportShape';

/** White (the default), transparent, or the dark theme's canvas (the map then drawn in the dark palette too). */
export type ExportBackground = 'white' | 'transparent' | 'dark';

export interface ExportContent {
  /** null: no header band (the brief prints its own). */
  header: ExportHeader | null;
  legend: LegendSection[];
  background: ExportBackground;
  /** Keep the "changed since" outline the screen shows (the legend then carries its entry). */
  includeChanged?: boolean;
}

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
}

/** A failure the rep can read: `key` is an i18n key under export.error. */
export class ExportError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'ExportError';
  }
}

export function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new ExportError('export.error.noCanvas');
  return (text, px, bold) => {
    ctx.font = font(px, bold);
    return ctx.measureText(text).width;
  };
}

/** The map's full extent (labels and badges included) in model units, as the map is styled now. */
function boundsNow(cy: Core): { w: number; h: number } {
  const bb = cy.elements(':visible').boundingBox({ includeLabels: true, includeOverlays: false });
  return { w: Math.max(1, bb.w), h: Math.max(1, bb.h) };
}

/** The map's full extent (labels and badges included) in model units, as an export draws it. */
export function mapBounds(cy: Core, keepChanged = false): { w: number; h: number } {
  return withoutUiMarks(cy, () => boundsNow(cy), keepChanged);
}

type Plan = { geometry: ExportGeometry; legendLayout: LegendLayout };

function planFor(bounds: { w: number; h: number }, longSide: number, legend: LegendSection[], measure: MeasureText, withHeader: boolean): Plan {
  const geometry = exportGeometry(longSide, bounds.w / bounds.h, (w, f) => layoutLegend(legend, w, f, measure).height, withHeader);
  return { geometry, legendLayout: layoutLegend(legend, geometry.legend.w, geometry.legendFont, measure) };
}

/** Header, map box and legend laid out for `longSide`, with the legend wrapped to the width. */
export function planExport(cy: Core, longSide: number, legend: LegendSection[], measure: MeasureText, withHeader = true, keepChanged = false): Plan {
  return planFor(mapBounds(cy, keepChanged), longSide, legend, measure, withHeader);
}

/** Runs `fn` with the screen's temporary marks off (exportMarks.ts), so the export shows the account, not the UI state. */
export function withoutUiMarks<T>(cy: Core, fn: () => T, keepChanged = false): T {
  // A big map labels only the people near the view; an image shows everyone's (once: they stay).
  revealAllLabels(cy);
  return withoutTemporaryMarks(cy, fn, { keepChanged });
}

async function decode(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  try {
    await img.decode();
  } catch {
    throw new ExportError('export.error.blank');
  }
  return img;
}

/**
 * The plan and the map image in ONE pass off the screen's state (temporary marks, theme):
 * on a big map each of those passes restyles every node and line, so bounds, plan and image share it.
 * cy.png returns "" past the canvas limit; the caller decodes and checks the result.
 */
function planAndDraw(cy: Core, longSide: number, content: ExportContent, measure: MeasureText): { plan: Plan; uri: unknown; want: { w: number; h: number } } {
  refuseThinMap(cy, longSide, content, measure);
  if (cy.elements(':visible').empty()) throw new ExportError('export.error.emptyMap');
  const keepChanged = content.includeChanged === true;
  // The screen may be dark; an export is drawn in the palette the rep chose for it (light unless asked).
  return withMapTheme(cy, content.background === 'dark' ? 'dark' : 'light', () =>
    withoutUiMarks(
      cy,
      () => {
        const bounds = boundsNow(cy);
        const plan = planFor(bounds, longSide, content.legend, measure, content.header !== null);
        const box = plan.geometry.map;
        // cy.png scales the full extent into the box: the same scale sets the dashes' length.
        const scale = Math.min(box.w / bounds.w, box.h / bounds.h);
        const uri = withReadableDashes(cy, scale, () => cy.png({ full: true, output: 'base64uri', maxWidth: Math.floor(box.w), maxHeight: Math.floor(box.h) }));
        return { plan, uri, want: fitInside(box, bounds.w / bounds.h) };
      },
      keepChanged,
    ),
  );
}

/**
 * A map that would come out as a line at this size is refused before anything is drawn or restyled
 * (exportShape.ts): from positions only, so a 20,000-person org chart says so in milliseconds.
 */
export function refuseThinMap(cy: Core, longSide: number, content: Pick<ExportContent, 'legend' | 'header'>, measure: MeasureText): void {
  const extent = shownExtent(cy);
  if (!extent) throw new ExportError('export.error.emptyMap');
  refuseThinExtent(extent, longSide, content, measure);
}

/** True for the refusal of a map too thin to draw (the same at every picture of the same positions). */
export function isShapeRefusal(err: unknown): err is ExportError {
  return err instanceof ExportError && (err.key === 'export.error.tooWide' || err.key === 'export.error.tooTall');
}

/** The same for a map not drawn yet, from its people's positions (exportShape.ts extentOf). */
export function refuseThinExtent(extent: Extent, longSide: number, content: Pick<ExportContent, 'legend' | 'header'>, measure: MeasureText): void {
  const refusal = shapeRefusal(extent, planFor(extent, longSide, content.legend, measure, content.header !== null).geometry.map);
  if (refusal) throw new ExportError(refusal.way === 'wide' ? 'export.error.tooWide' : 'export.error.tooTall', { ratio: refusal.ratio });
}

/** The map image decoded and checked to be a real image of about the expected size. */
async function checkedImage(uri: unknown, box: { w: number; h: number }, want: { w: number; h: number }): Promise<HTMLImageElement> {
  if (typeof uri !== 'string' || uri.length < 100 || !uri.startsWith('data:image/png')) throw new ExportError('export.error.tooBig');
  const img = await decode(uri);
  // Cytoscape's own bounds may differ by a few px from ours; anything far off means a failed render.
  if (img.naturalWidth < 2 || img.naturalHeight < 2 || img.naturalWidth > box.w + 2 || img.naturalHeight > box.h + 2 || Math.max(img.naturalWidth / want.w, img.naturalHeight / want.h) < 0.5) {
    throw new ExportError('export.error.tooBig');
  }
  return img;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new ExportError('export.error.blank'))), 'image/png'));
}

/** Canvas text is drawn in whatever face is loaded: load the shipped faces for every text of the export first. */
export async function loadExportFonts(cy: Core, content: ExportContent): Promise<void> {
  const texts = content.legend.flatMap((s) => [s.title, ...s.items.map((i) => i.label)]);
  await Promise.all([ensureLabelFonts(cy), loadFontsFor(content.header ? [content.header.title, content.header.subtitle, ...texts] : texts)]);
}

export async function exportPng(cy: Core, longSide: number, content: ExportContent): Promise<PngExport> {
  await loadExportFonts(cy, content);
  const { plan, uri, want } = planAndDraw(cy, longSide, content, canvasMeasure());
  const { geometry: g, legendLayout } = plan;
  const ink = content.background === 'dark' ? DARK_INK : LIGHT_INK;
  const img = await checkedImage(uri, g.map, want);
  const canvas = document.createElement('canvas');
  canvas.width = g.width;
  canvas.height = g.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('export.error.noCanvas');
  if (content.background !== 'transparent') {
    ctx.fillStyle = ink.background;
    ctx.fillRect(0, 0, g.width, g.height);
  }
  if (content.header) drawHeader(ctx, g, content.header, ink);
  const dx = g.map.x + (g.map.w - img.naturalWidth) / 2;
  const dy = g.map.y + (g.map.h - img.naturalHeight) / 2;
  ctx.drawImage(img, Math.round(dx), Math.round(dy));
  drawLegend(ctx, g, legendLayout, ink);
  const blob = await toBlob(canvas);
  // A canvas past the browser's limit yields a tiny empty PNG instead of an error.
  if (blob.size < 1000) throw new ExportError('export.error.blank');
  return { blob, width: g.width, height: g.height };
}

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The legend alone as a PNG `width` px wide with labels `fontPx` tall (the brief prints it under the map). */
export async function exportLegendPng(legend: LegendSection[], width: number, fontPx: number): Promise<Blob> {
  await loadFontsFor(legend.flatMap((s) => [s.title, ...s.items.map((i) => i.label)]));
  const layout = layoutLegend(legend, width, fontPx, canvasMeasure());
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.max(1, Math.ceil(layout.height));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('export.error.noCanvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const box = { x: 0, y: 0, w: width, h: canvas.height };
  const g = { width, height: canvas.height, unit: 1, pad: 0, titleFont: fontPx, subtitleFont: fontPx, legendFont: fontPx, header: box, map: box, legend: box };
  drawLegend(ctx, g, layout);
  return toBlob(canvas);
}
