// SVG export: strict XML parse in the page, Chinese names intact as text, a hostile name escaped
// (present as text, no <script>, nothing executed), header and legend included.
import { test, expect } from './harness/fixture';
import { readFileSync } from 'node:fs';
import { exportAndWait, lastSaved, openExportDialog, openSampleMap } from './export/exportHelpers';

const HOSTILE = '"/><script>alert(1)</script>';

test.use({ systemLocale: 'zh-CN' });

test('SVG parses strictly, keeps Chinese labels, escapes a hostile name', async ({ page, powermap }) => {
  const accounts = await powermap.call<Array<{ id: string; name: string }>>('listAccounts', {});
  const accountId = accounts[0]!.id;
  await powermap.call('createPerson', { accountId, name: HOSTILE, title: '<b>&amp;</b>', stance: 'skeptic' });
  await openSampleMap(page, powermap);
  await openExportDialog(page, /^导出$/);
  await exportAndWait(page, '保存 SVG…', /^已保存：/);
  const saved = lastSaved(powermap);
  expect(saved.fileName).toMatch(/\.svg$/);
  const svg = readFileSync(saved.path, 'utf8');
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);

  const result = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    return {
      parseErrors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      scripts: doc.getElementsByTagName('script').length,
      handlers: Array.from(doc.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => a.name.toLowerCase().startsWith('on'))).length,
      all: texts.join('\n'),
      title: doc.querySelector('title')?.textContent ?? '',
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      // The font every text is set in: its own font-family, else the root's.
      families: [...new Set(Array.from(doc.getElementsByTagName('text')).map((t) => t.closest('[font-family]')?.getAttribute('font-family') ?? ''))],
    };
  }, svg);
  expect(result.parseErrors).toBe(0);
  expect(result.root).toBe('svg');
  expect(result.scripts).toBe(0);
  expect(result.handlers).toBe(0);
  expect(Math.max(result.width, result.height)).toBe(1600);
  // Header: the Chinese account name; map labels: Chinese names; the hostile name as plain text.
  expect(result.title).toBe(accounts[0]!.name);
  expect(result.all).toContain(accounts[0]!.name);
  expect(result.all).toContain('王丽');
  expect(result.all).toContain(HOSTILE);
  // Legend words are there too.
  expect(result.all).toContain('盟友');
  expect(result.all).toContain('最高决策者');
  // Header, legend and map labels all name the app's shipped faces first, then system faces (Chinese
  // first) for programs that open the file without them.
  expect(result.families).toHaveLength(1);
  expect(result.families[0]).toMatch(/^"Inter", "Noto Sans SC", "Noto Sans CJK SC", .*sans-serif$/);
  expect(svg).not.toContain('<script');
  expect(powermap.dialogs).toEqual([]);

  // Rendered as an image, it is a real picture (the browser could parse and draw it).
  const drawn = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${b64}`;
    await img.decode();
    return { w: img.naturalWidth, h: img.naturalHeight };
  }, Buffer.from(svg, 'utf8').toString('base64'));
  expect(Math.max(drawn.w, drawn.h)).toBe(1600);
  // For people to look at: the SVG as a browser draws it.
  await page.setViewportSize({ width: drawn.w, height: drawn.h });
  await page.setContent(`<img style="display:block" src="data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}">`);
  await page.screenshot({ path: '/tmp/shots/h10/export-svg-rendered.png' });
});

test.describe('time travel', () => {
  test.use({ systemLocale: 'en-US' });
  test('exporting while viewing a past day says "Map as of" that day and shows that day\'s map', async ({ page, powermap }) => {
    await openSampleMap(page, powermap);
    const day = new Date(Date.now() - 60 * 86_400_000);
    const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    await page.getByLabel('View the map as of').fill(iso);
    await expect(page.getByTestId('time-travel-banner')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
    await openExportDialog(page);
    await exportAndWait(page, 'Save SVG…');
    const saved = lastSaved(powermap);
    expect(saved.fileName).toContain(iso);
    const svg = readFileSync(saved.path, 'utf8');
    const longDay = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric' }).format(day);
    expect(svg).toContain(`Map as of ${longDay}`);
    const past = await powermap.call<{ people: unknown[] }>('getAccountMapAsOf', { accountId: (await powermap.call<Array<{ id: string }>>('listAccounts', {}))[0]!.id, day: iso });
    expect(svg).toContain(`${past.people.length} people`);
  });
});
