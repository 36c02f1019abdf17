// Painting the export header and legend on a 2D canvas (the PNG export and the clipboard image).
import type { ExportGeometry } from './exportLayout';
import type { LegendGlyph, LegendLayout } from './exportLegend';
import { SUPPORT_HALO } from './highlightStyle';
import { CHANGED_OUTLINE, DARK, EDGE_COLOUR, STANCE_FILL, TDM_BORDER } from './palette';
import { FONT_STACK } from '../styles/fontStack';

export interface ExportHeader {
  /** The account name. */
  title: string;
  /** e.g. "27 Nov 2026 · As of 1 Oct 2026 · 12 people · Support base 5 of 12". */
  subtitle: string;
}

export const TEXT_DARK = '#1f2329';
export const TEXT_MUTED = '#5f6670';

/** The words and rules of an export: dark on white by default, light on the dark canvas when the rep chose a dark export. */
export interface ExportInk {
  background: string;
  title: string;
  muted: string;
  legendText: string;
  hairline: string;
}
export const LIGHT_INK: ExportInk = { background: '#ffffff', title: TEXT_DARK, muted: TEXT_MUTED, legendText: '#333a42', hairline: '#d7dbe0' };
export const DARK_INK: ExportInk = { background: DARK.canvas, title: '#eef0f3', muted: '#b3bac4', legendText: '#d5dae0', hairline: '#3a4048' };

export const font = (px: number, bold: boolean): string => `${bold ? '700' : '400'} ${px}px ${FONT_STACK}`;

/** Cuts text to fit `max` px with an ellipsis (a very long account name must not run off the image). */
export function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${chars.slice(0, mid).join('')}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}

export function drawHeader(ctx: CanvasRenderingContext2D, g: ExportGeometry, header: ExportHeader, ink: ExportInk = LIGHT_INK): void {
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = ink.title;
  ctx.font = font(g.titleFont, true);
  const titleY = g.header.y + g.titleFont;
  ctx.fillText(fitText(ctx, header.title, g.header.w), g.header.x, titleY);
  ctx.fillStyle = ink.muted;
  ctx.font = font(g.subtitleFont, false);
  ctx.fillText(fitText(ctx, header.subtitle, g.header.w), g.header.x, titleY + g.subtitleFont * 1.7);
  // A hairline under the header separates it from the map.
  ctx.fillStyle = ink.hairline;
  ctx.fillRect(g.header.x, g.header.y + g.header.h - Math.max(1, g.unit), g.header.w, Math.max(1, Math.round(g.unit)));
}

function drawGlyph(ctx: CanvasRenderingContext2D, glyph: LegendGlyph, x: number, y: number, f: number): void {
  const r = f * 0.45;
  const cx = x + r + f * 0.05;
  ctx.save();
  ctx.lineWidth = Math.max(1, f * 0.1);
  ctx.setLineDash([]);
  switch (glyph.kind) {
    case 'stance':
      ctx.beginPath();
      ctx.arc(cx, y, r, 0, Math.PI * 2);
      ctx.fillStyle = STANCE_FILL[glyph.stance];
      ctx.fill();
      ctx.strokeStyle = glyph.stance === 'unknown' ? '#9e9e9e' : '#616161';
      if (glyph.stance === 'unknown') ctx.setLineDash([f * 0.18, f * 0.12]);
      ctx.stroke();
      break;
    case 'tdm':
      ctx.beginPath();
      ctx.moveTo(cx, y - r);
      ctx.lineTo(cx + r, y);
      ctx.lineTo(cx, y + r);
      ctx.lineTo(cx - r, y);
      ctx.closePath();
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.lineWidth = f * 0.18;
      ctx.strokeStyle = TDM_BORDER;
      ctx.stroke();
      break;
    case 'notMet':
      ctx.beginPath();
      ctx.moveTo(cx, y - r);
      ctx.lineTo(cx + r, y + r * 0.85);
      ctx.lineTo(cx - r, y + r * 0.85);
      ctx.closePath();
      ctx.fillStyle = '#ffb300';
      ctx.fill();
      ctx.strokeStyle = '#3e2723';
      ctx.stroke();
      ctx.fillStyle = '#3e2723';
      ctx.fillRect(cx - f * 0.05, y - r * 0.35, f * 0.1, r * 0.7);
      break;
    case 'ally': {
      ctx.beginPath();
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r : r * 0.45;
        ctx.lineTo(cx + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      ctx.closePath();
      ctx.fillStyle = '#ffd54f';
      ctx.fill();
      ctx.strokeStyle = '#5d4037';
      ctx.stroke();
      break;
    }
    case 'size': {
      ctx.fillStyle = '#9aa3ad';
      let px = x;
      for (const s of [0.35, 0.55, 0.8]) {
        ctx.beginPath();
        ctx.arc(px + (s * f) / 2, y, (s * f) / 2, 0, Math.PI * 2);
        ctx.fill();
        px += s * f + f * 0.12;
      }
      break;
    }
    case 'changed':
      ctx.beginPath();
      ctx.arc(cx, y, r * 0.75, 0, Math.PI * 2);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.lineWidth = f * 0.2;
      ctx.strokeStyle = CHANGED_OUTLINE;
      ctx.stroke();
      break;
    case 'halo':
      ctx.beginPath();
      ctx.arc(cx, y, r, 0, Math.PI * 2);
      ctx.fillStyle = `${SUPPORT_HALO}59`;
      ctx.fill();
      ctx.beginPath();
      ctx.arc(cx, y, r * 0.5, 0, Math.PI * 2);
      ctx.fillStyle = STANCE_FILL.supporter;
      ctx.fill();
      break;
    case 'line': {
      const w = f * 2.4;
      const colour = EDGE_COLOUR[glyph.type];
      ctx.strokeStyle = colour;
      ctx.lineWidth = glyph.type === 'influences' ? f * 0.2 : f * 0.13;
      if (glyph.type === 'close-to') ctx.setLineDash([f * 0.12, f * 0.2]);
      if (glyph.type === 'conflicts-with') ctx.setLineDash([f * 0.4, f * 0.2]);
      const arrow = glyph.type === 'reports-to' || glyph.type === 'influences';
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + (arrow ? w - f * 0.55 : w), y);
      ctx.stroke();
      if (arrow) {
        ctx.setLineDash([]);
        ctx.beginPath();
        ctx.moveTo(x + w - f * 0.6, y - f * 0.3);
        ctx.lineTo(x + w, y);
        ctx.lineTo(x + w - f * 0.6, y + f * 0.3);
        ctx.closePath();
        ctx.fillStyle = colour;
        ctx.fill();
      }
      break;
    }
  }
  ctx.restore();
}

export function drawLegend(ctx: CanvasRenderingContext2D, g: ExportGeometry, layout: LegendLayout, ink: ExportInk = LIGHT_INK): void {
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const e of layout.entries) {
    const y = g.legend.y + e.y;
    if (e.glyph) drawGlyph(ctx, e.glyph, g.legend.x + e.x, y, g.legendFont);
    ctx.font = font(g.legendFont, e.kind === 'title');
    ctx.fillStyle = e.kind === 'title' ? ink.title : ink.legendText;
    ctx.fillText(e.label, g.legend.x + e.textX, y);
  }
}
