// The highlighted map, in English and Chinese: screenshots decoded (not blank; support-base halo, stance fills and
// the top decision-maker's dark border among the pixels) and saved to /tmp/shots/h8 for people to look at.
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import { STANCE_FILL, TDM_BORDER } from '../../renderer/graph/palette';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { marks } from './pages/HighlightHook';

const SHOTS = process.env.SHOTS_DIR_H8 || '/tmp/shots/h8';
const BACKGROUND: [number, number, number] = [0xfb, 0xfb, 0xfc];

function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

/** The colour of a translucent underlay over the map background. */
function over(hex: string, alpha: number): [number, number, number] {
  const c = rgb(hex);
  return [0, 1, 2].map((i) => Math.round(alpha * c[i]! + (1 - alpha) * BACKGROUND[i]!)) as [number, number, number];
}

function count(png: PNG, target: [number, number, number], tolerance = 6): number {
  let hits = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - target[0]) <= tolerance && Math.abs(png.data[i + 1]! - target[1]) <= tolerance && Math.abs(png.data[i + 2]! - target[2]) <= tolerance) hits += 1;
  }
  return hits;
}

const WORDS = {
  en: { collapse: 'Collapse accounts', ranking: 'Ranking', legend: ['Size = influence score', 'Green halo = support base', 'Small = minor player'] },
  'zh-CN': { collapse: '收起客户列表', ranking: '影响力排名', legend: ['大小 = 影响力得分', '绿色光晕 = 支持面', '小鬼'] },
};

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`highlighted map (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('draws size by score, the support-base halo and the marks, with a legend that explains them', async ({ page, powermap }) => {
      const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
      const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
      const top = map.people.find((p) => p.isTopDecisionMaker)!;
      await powermap.open();
      const app = new AppPage(page, lang);
      await app.waitForNodes(map.people.length);

      const legend = page.getByRole('region', { name: app.words.legend });
      // The legend starts folded to one line (laptop-first); "More" opens the full key.
      await legend.getByRole('button', { name: lang === 'en' ? 'More' : '更多' }).click();
      for (const words of WORDS[lang].legend) await expect(legend).toContainText(words);

      // Support-base people carry the halo class; nobody outside it does.
      for (const p of map.people) {
        const inBase = p.stance === 'ally' || p.stance === 'supporter';
        expect((await marks(page, p.id))!.classes.includes('hl-support'), p.name).toBe(inBase);
      }

      await page.getByRole('button', { name: WORDS[lang].collapse }).click();
      await page.getByRole('tab', { name: WORDS[lang].ranking }).click();
      await page.locator(`tr[data-person-id="${top.id}"] .score-button`).click();
      await page.getByRole('button', { name: app.words.fit }).click();
      await page.waitForTimeout(400);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/highlighted-map-${lang}.png` });

      const png = PNG.sync.read(await app.mapRegion.screenshot());
      expect(png.width).toBeGreaterThan(300);
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4) colours.add(((png.data[i]! >> 3) << 10) | ((png.data[i + 1]! >> 3) << 5) | (png.data[i + 2]! >> 3));
      expect(colours.size).toBeGreaterThan(30);
      expect(count(png, over(STANCE_FILL.ally, 0.2), 5), 'support-base halo pixels').toBeGreaterThan(150);
      expect(count(png, rgb(TDM_BORDER), 10), 'top decision-maker border pixels').toBeGreaterThan(60);
      for (const stance of ['ally', 'supporter', 'skeptic', 'opponent'] as const) {
        expect(count(png, rgb(STANCE_FILL[stance])), stance).toBeGreaterThan(40);
      }
      // A larger window for the README picture.
      await page.setViewportSize({ width: 1680, height: 1000 });
      await page.getByRole('button', { name: app.words.fit }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SHOTS}/highlighted-map-${lang}-large.png` });
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
