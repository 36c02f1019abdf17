// Bytes of a text file → string: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK),
// with chardet consulted for the rare legacy file that is neither. Binary files are refused.
import chardet from 'chardet';
import type { ForcedEncoding } from '../../shared/import/fields';
import { importError } from './errors';

export interface DecodedText {
  text: string;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030' or another label chardet found. */
  encoding: string;
}

// Legacy encodings other than GB18030 that chardet may name. It is unreliable on short files (it
// calls a 3-line GBK file Big5 or Latin-1), so it overrides GB18030 only when it is confident.
const CHARDET_LABELS: Record<string, string> = {
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
};
const CHARDET_MIN_CONFIDENCE = 60;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.01;
}

/** Share of characters that a real text file would not contain (replacement chars, C0/C1 controls). */
function junkRatio(text: string): number {
  const n = Math.min(text.length, 64 * 1024);
  let junk = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) junk++;
  }
  return n === 0 ? 0 : junk / n;
}

export function decodeText(bytes: Uint8Array, forced: ForcedEncoding | null = null): DecodedText {
  if (forced) {
    const body = forced === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    return { text: new TextDecoder(forced).decode(body).replace(/^\ufeff/, ''), encoding: forced };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw importError('error.import.notText');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy encoding, most often GBK/GB18030 from Chinese Windows.
  }
  const top = chardet.analyse(bytes.subarray(0, 64 * 1024))[0];
  const other = top && top.confidence >= CHARDET_MIN_CONFIDENCE ? CHARDET_LABELS[top.name] : undefined;
  const label = other ?? 'gb18030';
  const text = new TextDecoder(label).decode(bytes);
  if (junkRatio(text) > 0.01) throw importError('error.import.notText');
  return { text, encoding: label };
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw importError('error.import.notText');
  }
}
