// The font stacks that name the shipped faces (renderer/styles/fonts.ts), and waiting for them.
// Canvas text (Cytoscape labels, the PNG export, the timeline chart) is drawn with whatever face is
// loaded at that moment and never redrawn when a better one arrives, so it must wait for its faces.

/** The families bundled with the app, in stack order. */
export const SHIPPED_FAMILIES = ['Inter', 'Noto Sans SC'] as const;

/** UI, canvas and map labels; app.css `--font` says the same (tests/e2e/fonts.spec.ts checks the UI's). */
export const FONT_STACK = '"Inter", "Noto Sans SC", sans-serif';

/**
 * For SVG files, which are opened by other programs that do not have the app's fonts: the shipped
 * families first, then the usual system faces of the same kind (Chinese first, so CJK labels never
 * fall to a face without them), then the generic family.
 */
export const PORTABLE_FONT_STACK =
  '"Inter", "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Segoe UI", "Helvetica Neue", Arial, sans-serif';

const WEIGHTS = [400, 600, 700] as const;

const distinct = (texts: readonly string[]): string => [...new Set(texts.join(''))].filter((c) => c.trim() !== '').join('');

/** True when every shipped face that `texts` needs, in every weight, is loaded already. */
export function fontsLoadedFor(texts: readonly string[]): boolean {
  const sample = distinct(texts) || 'a';
  return WEIGHTS.every((w) => document.fonts.check(`${w} 16px ${FONT_STACK}`, sample));
}

/** Loads the shipped faces `texts` needs in every weight the app draws (a face that fails is skipped). */
export async function loadFontsFor(texts: readonly string[]): Promise<void> {
  const sample = distinct(texts) || 'a';
  await Promise.all(WEIGHTS.map((w) => document.fonts.load(`${w} 16px ${FONT_STACK}`, sample).catch(() => [])));
}

/** Every string inside a value (an i18n bundle, a chart option), for the faces to load. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}
