// Checks every entry of a ZIP (an .xlsx) against its central directory — it inflates, to the
// recorded size, with the recorded CRC-32 — before exceljs's streaming reader sees the file: on a
// damaged entry that reader neither answers nor fails (it waits forever), so the rep's import would
// stay "reading" for good. Streams each entry through zlib, so memory stays at one chunk.
import zlib from 'node:zlib';

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;

interface Entry {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function centralDirectory(bytes: Buffer): Entry[] | null {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return null;
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function entrySound(data: Buffer, e: Entry): Promise<boolean> {
  if (e.method === 0) return Promise.resolve(data.length === e.size && zlib.crc32(data) === e.crc);
  if (e.method !== 8) return Promise.resolve(false);
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw();
    let size = 0;
    let crc = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      crc = zlib.crc32(chunk, crc);
      if (size > e.size) {
        inflate.destroy();
        resolve(false);
      }
    });
    inflate.on('end', () => resolve(size === e.size && crc === e.crc));
    inflate.on('error', () => resolve(false));
    inflate.end(data);
  });
}

/** True when every entry is whole. ZIP64 files (sizes past 4 GB, far over the import limit) are left to the reader. */
export async function zipEntriesSound(bytes: Buffer): Promise<boolean> {
  const entries = centralDirectory(bytes);
  if (!entries) return false;
  for (const e of entries) {
    if (e.compressedSize === 0xffffffff || e.size === 0xffffffff || e.localOffset === 0xffffffff) return true;
    const at = e.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) return false;
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    if (start + e.compressedSize > bytes.length) return false;
    if (!(await entrySound(bytes.subarray(start, start + e.compressedSize), e))) return false;
  }
  return true;
}
