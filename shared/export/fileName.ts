// File names the rep is offered when saving an export: safe on Windows, macOS and Linux, with the right extension.

export const SAVE_KINDS = ['png', 'svg', 'pdf', 'json', 'csv', 'ics'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

/** Largest file the renderer may hand over for saving (a 4096 px PNG is far below this). */
export const SAVE_MAX_BYTES = 100 * 1024 * 1024;

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Keeps letters of any script (Chinese names stay readable), drops path separators, control and
 * Windows-reserved characters, and ends with `.kind` (".powermap.json" is kept as is).
 */
export function safeFileName(suggested: string, kind: SaveKind): string {
  let base = Array.from(suggested.normalize('NFC'), (c) => (c.charCodeAt(0) < 32 || c === '\u007f' ? '-' : c))
    .join('')
    .replace(/[<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  const ext = `.${kind}`;
  if (base.toLowerCase().endsWith(ext)) base = base.slice(0, -ext.length).replace(/[.\s]+$/g, '');
  if (base === '' || RESERVED.test(base.split('.')[0] ?? '')) base = `powermap-${base || 'export'}`;
  // Most file systems allow 255 bytes; stay well below for multi-byte names.
  const chars = Array.from(base);
  if (chars.length > 80) base = chars.slice(0, 80).join('').trim();
  return `${base}${ext}`;
}

/** "贝乐母婴连锁 2026-11-27" style stem for exports of an account on a day. */
export function exportStem(accountName: string, day: string, suffix?: string): string {
  return [accountName, suffix, day].filter((p) => p && p.length > 0).join(' ');
}
