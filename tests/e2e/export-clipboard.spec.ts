// "Copy image" puts a real PNG of the whole map on the clipboard: read back and decoded.
import { test, expect } from './harness/fixture';
import { PNG } from 'pngjs';
import { openExportDialog, openSampleMap, pixelStats } from './export/exportHelpers';

test('copy image: the clipboard holds a PNG of the map with header and legend', async ({ page, powermap, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openSampleMap(page, powermap);
  await openExportDialog(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Copy image' }).click();
  await expect(page.getByRole('dialog').locator('.export-status')).toHaveText(/on the clipboard/, { timeout: 30_000 });
  const b64 = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const item = items.find((i) => i.types.includes('image/png'));
    if (!item) return null;
    const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  });
  expect(b64, 'an image/png item on the clipboard').not.toBeNull();
  const png = PNG.sync.read(Buffer.from(b64!, 'base64'));
  expect(Math.max(png.width, png.height)).toBe(1600);
  const header = pixelStats(png, { x: 0, y: 0, w: png.width, h: Math.round(png.height * 0.07) });
  expect(header.dark).toBeGreaterThan(800);
  expect(pixelStats(png).colours).toBeGreaterThan(40);
  expect(powermap.platform.saved, 'copying saves no file').toHaveLength(0);
  expect(powermap.platform.copied, 'the page wrote the clipboard itself').toHaveLength(0);
});

test('without clipboard permission (as in the app) the image is copied through the main process', async ({ page, powermap }) => {
  await openSampleMap(page, powermap);
  // Make the page's Clipboard API refuse, as Electron's deny-all permission handler does.
  await page.evaluate(() => {
    Object.defineProperty(navigator.clipboard, 'write', { value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')), configurable: true });
  });
  await openExportDialog(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Copy image' }).click();
  await expect(page.getByRole('dialog').locator('.export-status')).toHaveText(/on the clipboard/, { timeout: 30_000 });
  expect(powermap.platform.copied).toHaveLength(1);
  const png = PNG.sync.read(Buffer.from(powermap.platform.copied[0]!));
  expect(Math.max(png.width, png.height)).toBe(1600);
  expect(pixelStats(png).colours).toBeGreaterThan(40);
});
