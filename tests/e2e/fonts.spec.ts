// The app draws in its own fonts (renderer/styles/fonts.ts), not the machine's: the interface, the
// map's labels and the export's words use Inter and Noto Sans SC, loaded from the app's files, and no
// character on screen falls through to a system font. The browser sees only harness/fonts.conf
// (DejaVu): a character measured differently with DejaVu Sans and with DejaVu Sans Mono behind the
// shipped families was drawn by DejaVu, i.e. by a font the project does not ship.
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';

const SHIPPED = '"Inter", "Noto Sans SC"';

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`shipped fonts (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('the interface, the map labels and the words on screen are drawn in the shipped faces only', async ({ page, powermap }) => {
      const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
      const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id });
      await powermap.open();
      await new AppPage(page, lang).waitForNodes(map.people.length);
      await page.evaluate(() => document.fonts.ready);

      // The stack names the shipped families first, and they are served by the app itself.
      const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(family).toMatch(/^"?Inter"?, "?Noto Sans SC"?/);
      const faces = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status })));
      expect(faces.some((f) => f.family === 'Inter' && f.status === 'loaded'), 'Inter loaded').toBe(true);
      expect(await page.evaluate(() => document.fonts.check('14px Inter', 'Powermap'))).toBe(true);
      if (lang === 'zh-CN') {
        expect(faces.some((f) => f.family === 'Noto Sans SC' && f.status === 'loaded'), 'Noto Sans SC loaded').toBe(true);
        expect(await page.evaluate(() => document.fonts.check('14px "Noto Sans SC"', '王丽'))).toBe(true);
      }

      // Everything on screen and every map label (names and titles, Chinese and Latin).
      const labels = map.people.map((p) => `${p.name} ${p.title ?? ''}`);
      const screenText = await page.evaluate(() => document.body.innerText);
      const text = [screenText, ...labels].join('');
      expect(text).toMatch(lang === 'zh-CN' ? /[\u4e00-\u9fff]/ : /[A-Za-z]/);

      const report = await page.evaluate(
        async ({ text, labels, shipped }) => {
          const chars = [...new Set(text)].filter((c) => c.trim() !== '');
          // Every text on screen is drawn in a loaded face of its own weight and family (not a fallback
          // waiting for its face), and so is every map label, in each weight the map draws labels in.
          const unloaded: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const value = n.textContent?.trim();
            const el = n.parentElement;
            if (!value || !el || el.closest('[hidden], script, style')) continue;
            const cs = getComputedStyle(el);
            if (!document.fonts.check(`${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`, value)) unloaded.push(`${cs.fontWeight} ${value}`);
          }
          for (const w of [400, 600, 700]) if (!document.fonts.check(`${w} 15px ${shipped}`, labels.join(''))) unloaded.push(`labels at ${w}`);
          const ranges = [...document.fonts]
            .filter((f) => ['Inter', 'Noto Sans SC'].includes(f.family.replace(/"/g, '')))
            .flatMap((f) =>
              f.unicodeRange.split(',').map((r) => {
                const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
                return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
              }),
            );
          const ctx = document.createElement('canvas').getContext('2d')!;
          const width = (font: string, c: string) => {
            ctx.font = font;
            return ctx.measureText(c).width;
          };
          // The probe works: DejaVu Sans and DejaVu Sans Mono do differ.
          const probe = width('40px "DejaVu Sans"', 'iiii') !== width('40px "DejaVu Sans Mono"', 'iiii');
          for (const w of [400, 700]) await document.fonts.load(`${w} 40px ${shipped}`, chars.join(''));
          const fallback: string[] = [];
          for (const c of chars) {
            const cp = c.codePointAt(0)!;
            const inRange = ranges.some(([a, b]) => cp >= a && cp <= b);
            const same = [400, 700].every((w) => width(`${w} 40px ${shipped}, "DejaVu Sans"`, c) === width(`${w} 40px ${shipped}, "DejaVu Sans Mono"`, c));
            if (!inRange || !same) fallback.push(`${c} U+${cp.toString(16).toUpperCase()}`);
          }
          return { probe, unloaded, fallback, count: chars.length };
        },
        { text, labels, shipped: SHIPPED },
      );
      expect(report.probe, 'DejaVu Sans and DejaVu Sans Mono from harness/fonts.conf').toBe(true);
      expect(report.count).toBeGreaterThan(lang === 'zh-CN' ? 200 : 50);
      expect(report.unloaded, 'text on screen whose shipped face is not loaded').toEqual([]);
      expect(report.fallback, 'characters drawn in a font the app does not ship').toEqual([]);

      // Each label's box is its widest line in the shipped face plus the same padding as every other
      // label: a label measured before its face had loaded keeps the fallback's box, and is cut or
      // loose on screen (Cytoscape never measures the same text and font again).
      const cut = await page.evaluate((stack) => {
        const g = window.__powermapGraph!;
        const ctx = document.createElement('canvas').getContext('2d')!;
        const rows = g.nodeBoxes().map((b) => {
          const { lines, font } = g.labelLines(b.id) ?? { lines: [], font: '' };
          ctx.font = font;
          if (!font.replaceAll("'", '"').includes(stack)) return { name: `${lines[0]} in ${font}`, extra: NaN };
          const need = Math.max(0, ...lines.map((l) => ctx.measureText(l).width));
          return { name: lines[0] ?? b.id, extra: b.label.x2 - b.label.x1 - need };
        });
        const padding = rows.map((r) => r.extra).filter((e) => !Number.isNaN(e)).sort((a, b) => a - b)[Math.floor(rows.length / 2)]!;
        const odd = rows.filter((r) => !(Math.abs(r.extra - padding) <= 1.5)).map((r) => `${r.name}: ${r.extra.toFixed(1)} px beside its text, ${padding.toFixed(1)} for the others`);
        return padding >= 0 && padding <= 12 ? odd : [`padding ${padding}`];
      }, SHIPPED);
      expect(cut, 'labels not measured in the shipped face').toEqual([]);
    });
  });
}
