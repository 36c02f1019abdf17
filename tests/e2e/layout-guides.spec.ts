// Layout guides on the sample account at 1366×768, in both languages: the org chart draws the people
// without a manager as a group apart, labelled above it and readable at fit; the rings layout draws its
// rings with their rank bands behind the people, the top decision-maker in the centre, no band's words
// on anyone; other layouts draw no guides. Exports of the rings include the guides (part of that picture).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AccountMap, AccountSummary, LayoutName } from '../../shared/domain/model';
import { computeInfluence } from '../../shared/domain/influence';
import { rankPeople } from '../../shared/domain/ranking';
import type { Box, GuideInfo, NodeBoxes } from '../../renderer/graph/testHook';
import { bandWording, ringBands, type BandWording } from '../../renderer/graph/layouts/ringBands';
import { GUIDE_LINE } from '../../renderer/graph/palette';
import { test, expect } from './harness/fixture';
import { AppPage, type GraphHook } from './pages/AppPage';
import { exportAndWait, lastSaved, openExportDialog, readPng } from './export/exportHelpers';
import { intersects } from '../unit/layouts/geometry';
import { shot } from './harness/shots';

type G = { __powermapGraph: GraphHook };
const version = (page: Page) => page.evaluate(() => (window as unknown as G).__powermapGraph.version());
const guideCount = (page: Page) => page.evaluate(() => (window as unknown as G).__powermapGraph.guides().length);
const shrink = (b: Box): Box => ({ x1: b.x1 + 1, y1: b.y1 + 1, x2: b.x2 - 1, y2: b.y2 - 1 });
const contains = (outer: Box, inner: Box) => outer.x1 <= inner.x1 && outer.y1 <= inner.y1 && outer.x2 >= inner.x2 && outer.y2 >= inner.y2;

const WORDS = {
  en: { layout: 'Layout', names: { 'org-chart': 'Org chart', rings: 'Rings', 'influence-network': 'Network', saved: 'Mine' }, group: 'No manager on the map', lone: ['Lone Buyer', 'Lone Planner', 'Lone Auditor'] },
  'zh-CN': { layout: '布局', names: { 'org-chart': '组织架构', rings: '排名环', 'influence-network': '关系网络', saved: '我的排列' }, group: '未标上级', lone: ['孤立采购', '孤立计划', '孤立审计'] },
} as const;
const bandText = (lang: 'en' | 'zh-CN', w: BandWording): string => {
  if (lang === 'en') return w.key === 'top' ? `Top ${w.to}` : w.key === 'range' ? `Ranks ${w.from}–${w.to}` : w.key === 'from' ? `Ranks ${w.from}+` : `Rank ${w.from}`;
  return w.key === 'top' ? `前 ${w.to} 名` : w.key === 'range' ? `第 ${w.from}–${w.to} 名` : w.key === 'from' ? `第 ${w.from} 名及以后` : `第 ${w.from} 名`;
};

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(lang, () => {
    test.use({ systemLocale: locale });
    test(`org chart groups people without a manager apart, labelled; rings show rank bands (${lang})`, async ({ page, powermap }) => {
      test.setTimeout(120_000);
      const words = WORDS[lang];
      await page.setViewportSize({ width: 1366, height: 768 });
      const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
      const lone: string[] = [];
      for (const name of words.lone) lone.push((await powermap.call<{ person: { id: string } }>('createPerson', { accountId: sample!.id, name, title: 'Buyer' })).person.id);
      const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id });
      await powermap.open();
      const app = new AppPage(page, lang);
      await app.waitForNodes(map.people.length);
      const choose = async (layout: LayoutName) => {
        const before = await version(page);
        await page.getByRole('radiogroup', { name: words.layout }).getByRole('radio', { name: words.names[layout] }).click();
        await expect.poll(() => version(page), { timeout: 15_000 }).toBeGreaterThan(before);
        await page.waitForTimeout(500);
      };
      const read = () => page.evaluate(() => ({ guides: (window as unknown as G).__powermapGraph.guides(), boxes: (window as unknown as G).__powermapGraph.nodeBoxes() }));

      await choose('org-chart');
      let { guides, boxes }: { guides: GuideInfo[]; boxes: NodeBoxes[] } = await read();
      const groups = guides.filter((g) => g.kind === 'group');
      expect(groups.map((g) => g.text)).toEqual([words.group]);
      const group = groups[0]!;
      const byId = new Map(boxes.map((b) => [b.id, b]));
      for (const id of lone) expect(contains(group.shape, byId.get(id)!.withLabel), `${id} inside the group`).toBe(true);
      const tree = boxes.filter((b) => !lone.includes(b.id));
      for (const b of tree) {
        expect(intersects(shrink(b.withLabel), group.shape), `${b.id} clear of the group`).toBe(false);
        expect(intersects(shrink(b.withLabel), group.label), `${b.id} clear of the group's label`).toBe(false);
      }
      expect(group.label.y2, 'label above the group').toBeLessThanOrEqual(group.shape.y1 + 1);
      expect(group.shape.y1, 'group below the whole chart').toBeGreaterThan(Math.max(...tree.map((b) => b.withLabel.y2)));
      expect(group.screenPx, 'label readable at fit, px').toBeGreaterThanOrEqual(10);
      await shot(page, `guides-org-chart-${lang}`);

      await choose('rings');
      ({ guides, boxes } = await read());
      const tdm = map.people.find((p) => p.isTopDecisionMaker)!;
      const centre = (await app.nodePosition(tdm.id))!;
      expect(Math.hypot(centre.x, centre.y), 'top decision-maker in the centre').toBe(0);
      const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
      const rankOf = new Map(ranked.map((r) => [r.person.id, r.rank]));
      const positions = Object.fromEntries(await Promise.all(map.people.map(async (p) => [p.id, (await app.nodePosition(p.id))!] as const)));
      const bands = ringBands(positions, rankOf);
      const expected = bands.map((b) => bandText(lang, bandWording(b)));
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(guides.filter((g) => g.kind === 'band').map((g) => g.text)).toEqual(expected);
      // Each ring drawn where its people stand (rings are ellipses; the radius is half the height).
      expect(guides.filter((g) => g.kind === 'ring').map((g) => Math.round(g.radius))).toEqual(bands.map((b) => Math.round(b.radius)));
      for (const band of guides.filter((g) => g.kind === 'band')) {
        expect(band.shown, `${band.text} drawn`).toBe(true);
        expect(band.screenPx, `${band.text} readable, px`).toBeGreaterThanOrEqual(10);
        for (const b of boxes) expect(intersects(shrink(b.withLabel), band.label), `${band.text} clear of ${b.id}`).toBe(false);
      }
      await shot(page, `guides-rings-${lang}`);

      // Exports of the rings carry the guides: they explain the picture, they are not a screen mark.
      if (lang === 'en') {
        await openExportDialog(page);
        await exportAndWait(page, 'Save SVG…');
        const svg = readFileSync(lastSaved(powermap).path, 'utf8');
        for (const text of expected) expect(svg, `SVG has "${text}"`).toContain(text);
        await exportAndWait(page, 'Save PNG…');
        const png = readPng(lastSaved(powermap).path);
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(GUIDE_LINE.slice(i, i + 2), 16));
        let ring = 0;
        for (let i = 0; i < png.data.length; i += 4) if (Math.abs(png.data[i]! - r!) + Math.abs(png.data[i + 1]! - g!) + Math.abs(png.data[i + 2]! - b!) < 12) ring++;
        expect(ring, 'ring guide pixels in the PNG').toBeGreaterThan(500);
        await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      }

      for (const layout of ['influence-network', 'saved'] as const) {
        await choose(layout);
        await expect.poll(() => guideCount(page), { message: `no guides in ${layout}` }).toBe(0);
      }
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
