// The browser harness's PlatformPort: "Save" writes into a temp folder (or is cancelled on request),
// and the brief is printed with Chromium's own PDF printer (page.pdf, headless only).
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlatformPort } from '../../../electron/service/files';

export interface HarnessPlatform extends PlatformPort {
  readonly dir: string;
  /** Every file saved so far, in order. */
  readonly saved: Array<{ path: string; fileName: string; kind: string }>;
  /** PNGs put on the clipboard through the service (the fallback when the page may not write it). */
  readonly copied: Uint8Array[];
  /** The next save dialog is cancelled by the "rep". */
  cancelNextSave(): void;
}

export function harnessPlatform(page: Page, dir: string): HarnessPlatform {
  const saved: HarnessPlatform['saved'] = [];
  const copied: Uint8Array[] = [];
  let cancel = false;
  return {
    dir,
    saved,
    copied,
    cancelNextSave() {
      cancel = true;
    },
    async saveFile({ fileName, kind, data }) {
      if (cancel) {
        cancel = false;
        return null;
      }
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${saved.length + 1}-${fileName}`);
      writeFileSync(path, data);
      saved.push({ path, fileName, kind });
      return { path };
    },
    async printPageToPdf() {
      // Same settings as electron/platform.ts: the page's @page rule decides the paper.
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    },
    async copyImage(png) {
      copied.push(new Uint8Array(png));
    },
  };
}
