// The window's size, position and maximized state, kept in a small JSON file in the user-data
// folder (not the database: the window must be placed before the database is opened, and also
// when it cannot be). Written atomically — a temp file, flushed, then renamed over the old one —
// so a crash mid-write leaves the previous file whole. A missing or damaged file means defaults.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SavedWindow } from './placement';

export const WINDOW_STATE_FILE = 'window-state.json';

const coordinate = z.number().finite().min(-100_000).max(100_000);
const length = z.number().finite().min(1).max(100_000);

const savedWindowSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

/** The fs calls the writer makes (tests pass one that fails half-way, as a crash would). */
export interface AtomicFs {
  writeFileSync(file: string, data: string): void;
  openSync(file: string, flags: string): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(file: string, options: { force: boolean }): void;
}

export function readWindowState(file: string): SavedWindow | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = savedWindowSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: SavedWindow, io: AtomicFs = fs): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    io.writeFileSync(tmp, `${JSON.stringify(savedWindowSchema.parse(state))}\n`);
    const fd = io.openSync(tmp, 'r+');
    try {
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    io.renameSync(tmp, file);
  } catch (err) {
    io.rmSync(tmp, { force: true });
    throw err;
  }
}
