// The visit brief, printed by Chromium from the app's own page: A4 landscape, 1–2 pages, the
// account, the top people (Chinese and English names), warnings; only the shipped fonts embedded (poppler tools).
import { test, expect } from './harness/fixture';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Powermap } from './harness/fixture';
import { lastSaved, openExportDialog, openSampleMap } from './export/exportHelpers';
import { manualClock } from '../../electron/service/clock';

const SHOTS = '/tmp/shots/h10';

async function saveBrief(page: Page, powermap: Powermap, exportName: RegExp, openName: string, saveName: string, savedPrefix: RegExp): Promise<string> {
  await openSampleMap(page, powermap);
  await openExportDialog(page, exportName);
  await page.getByRole('dialog').getByRole('button', { name: openName }).click();
  const save = page.getByRole('button', { name: saveName });
  await expect(save).toBeEnabled({ timeout: 30_000 });
  await expect(page.locator('.brief[data-ready="true"]')).toBeVisible();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: savedPrefix })).toBeVisible({ timeout: 30_000 });
  return lastSaved(powermap).path;
}

/**
 * The font families embedded in a PDF, checking that each font is embedded (emb), subset (sub) with a
 * ToUnicode map (uni) and is one of the app's shipped faces (renderer/styles/fonts.ts): Chromium embeds
 * them as named CID TrueType subsets such as "ABCDEF+Inter-Bold" or "ABCDEF+NotoSansSCThin-Regular"
 * (the PostScript name of Google's static Noto Sans SC instances). A system font would show here by
 * its own name, a variable or CFF font as a nameless Type 3 font.
 */
function shippedFontsIn(path: string): string[] {
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  const rows = fonts.split('\n').slice(2).filter((l) => l.trim() !== '');
  expect(rows.length, fonts).toBeGreaterThan(0);
  const families = new Set<string>();
  for (const row of rows) {
    const cols = row.trim().split(/\s+/);
    const [emb, sub, uni] = cols.slice(-5, -2);
    expect([emb, sub, uni], row).toEqual(['yes', 'yes', 'yes']);
    const family = /^[A-Z]{6}\+(Inter|NotoSansSC)(?:Thin)?-(?:Regular|Bold|SemiBold)\s/.exec(row)?.[1];
    expect(family, `a font the app does not ship: ${row}`).toBeDefined();
    families.add(family!);
  }
  return [...families].sort();
}

function pdfInfo(path: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

test.describe('in Chinese', () => {
  test.use({ systemLocale: 'zh-CN' });
  test('brief PDF: A4 landscape, Chinese text extractable, the shipped fonts embedded', async ({ page, powermap }) => {
    const accounts = await powermap.call<Array<{ id: string; name: string }>>('listAccounts', {});
    const path = await saveBrief(page, powermap, /^导出$/, '打开拜访简报…', '保存 PDF…', /^PDF 已保存：/);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/brief-screen-zh.png`, fullPage: true });
    copyFileSync(path, `${SHOTS}/brief-zh.pdf`);
    expect(lastSaved(powermap).fileName).toMatch(/拜访简报 \d{4}-\d{2}-\d{2}\.pdf$/);
    const { pages, width, height } = pdfInfo(path);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // A4 landscape: 842 x 595 pt.
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain(accounts[0]!.name);
    expect(text).toContain('拜访简报');
    // Top people by influence: the chairman and his purchasing director lead the sample.
    const ranking = await powermap.call<{ people: Array<{ name: string }> }>('getAccountMap', { accountId: accounts[0]!.id });
    expect(ranking.people.length).toBeGreaterThan(10);
    expect(text).toContain('周振华');
    expect(text).toContain('王丽');
    expect(text).toContain('风险提示与下一步');
    expect(text).toMatch(/从未见过最高决策者|盟友|预算不明|未联系的关键人/);
    // Only the shipped faces, embedded and subset with a ToUnicode map: the Chinese glyphs travel with
    // the file, the text stays searchable, and the brief looks the same whatever fonts the machine has.
    expect(shippedFontsIn(path)).toEqual(['Inter', 'NotoSansSC']);
  });
});

test('brief PDF in English: names, warnings with next steps, 1–2 pages', async ({ page, powermap }) => {
  const path = await saveBrief(page, powermap, /^Export$/, 'Open visit brief…', 'Save PDF…', /^PDF saved: /);
  copyFileSync(path, `${SHOTS}/brief-en.pdf`);
  const { pages, width, height } = pdfInfo(path);
  expect(pages).toBeLessThanOrEqual(2);
  expect(width).toBeGreaterThan(height);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  expect(text).toContain('BabyJoy');
  expect(text).toContain('Zhou Zhenhua');
  expect(text).toContain('Wang Li');
  expect(text).toContain('Warnings and next steps');
  expect(text).toContain('Next step:');
  expect(text).toContain('Who matters most');
  // The English brief is set in Inter, with no font the app does not ship.
  expect(shippedFontsIn(path)).toContain('Inter');
  // Back to the map: the main window is there again.
  await page.getByRole('button', { name: /Back to the map/ }).click();
  await expect(page.locator('aside.accounts-pane')).toBeVisible();
});

test.describe("the service's clock decides the brief's day", () => {
  test.use({ clock: manualClock('2026-06-01T10:00:00.000Z') });
  test('a brief made on 1 Jun 2026 (service time) shows that day and a 90-day trend ending on it', async ({ page, powermap }) => {
    await openSampleMap(page, powermap);
    await openExportDialog(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Open visit brief…' }).click();
    await expect(page.locator('.brief[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.brief-head p').first()).toContainText('Visit brief  ·  Jun 1, 2026');
    const trend = page.getByRole('img', { name: 'Support base over 90 days' });
    await expect(trend).toBeVisible();
    await expect(trend).toContainText('2026-06-01');
    await expect(trend).toContainText('2026-03-03');
  });
});

test('the brief draws everyone even while a filter hides people on the live map', async ({ page, powermap }) => {
  await openSampleMap(page, powermap);
  const briefImageSize = async () => {
    await openExportDialog(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Open visit brief…' }).click();
    await expect(page.locator('.brief[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    const size = await page.locator('.brief img.map-image').evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, h: img.naturalHeight }));
    await page.getByRole('button', { name: /Back to the map/ }).click();
    await expect(page.locator('.map-canvas')).toBeVisible();
    return size;
  };
  // Everyone on the live map: the brief's picture comes from it.
  const whole = await briefImageSize();
  // Support base only: the live map shows a few; the brief still shows the whole account (its own map).
  await page.getByLabel('Support base only').check();
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of 25 people/ })).toBeVisible();
  const filtered = await briefImageSize();
  expect(Math.abs(filtered.w - whole.w)).toBeLessThanOrEqual(4);
  expect(Math.abs(filtered.h - whole.h)).toBeLessThanOrEqual(4);
});
