// Screenshots for people to look at (not compared): /tmp/shots/<who>/<name>.png, overridable with SHOTS_DIR.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const SHOTS_DIR = process.env.SHOTS_DIR || '/tmp/shots/h3';

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
