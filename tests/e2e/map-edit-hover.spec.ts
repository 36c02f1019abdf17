// The hover card beside a person, in both languages: name, title, stance, score with rank, met and
// last contact, inside the map, never while dragging; double-click opens the person.
import { computeInfluence } from '../../shared/domain/influence';
import { rankPeople } from '../../shared/domain/ranking';
import { formatDay } from '../../renderer/features/timeline/dates';
import { test, expect } from './harness/fixture';
import { byName, openMapEdit as open } from './pages/MapEditPage';

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`hover card (${lang})`, () => {
    test.use({ systemLocale: lang === 'en' ? 'en-US' : 'zh-CN' });
    test('pointing at a person shows name, title, stance, score with rank, met and last contact; never while dragging', async ({ page, powermap }) => {
      const { map, edit } = await open(page, powermap, lang);
      const chen = byName(map, lang === 'en' ? 'Chen Jianguo' : '陈建国');
      const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
      const mine = ranked.find((r) => r.person.id === chen.id)!;
      await edit.hover(chen.id);
      const card = edit.card;
      await expect(card).toBeVisible();
      const words =
        lang === 'en'
          ? { stance: 'Supporter', score: `Score ${mine.influence.score} · #${mine.rank} of ${map.people.length}`, contact: `Met · last contact ${formatDay(chen.lastContact!, 'en')}` }
          : { stance: '支持', score: `影响力 ${mine.influence.score} · 第 ${mine.rank} / ${map.people.length} 名`, contact: `已见面 · 最近联系 ${formatDay(chen.lastContact!, 'zh-CN')}` };
      await expect(card.locator('.hover-card-name')).toHaveText(chen.name);
      await expect(card.locator('.hover-card-title')).toHaveText(chen.title);
      await expect(card.locator('.hover-card-stance')).toHaveText(words.stance);
      await expect(card.locator('.hover-card-score')).toHaveText(words.score);
      await expect(card.locator('.hover-card-contact')).toHaveText(words.contact);
      // Beside the node and inside the map.
      const cardBox = (await card.boundingBox())!;
      const mapBox = (await page.locator('.map-canvas').boundingBox())!;
      const at = await edit.at(chen.id);
      expect(Math.abs(cardBox.x + cardBox.width / 2 - at.x)).toBeLessThan(cardBox.width);
      expect(cardBox.x).toBeGreaterThanOrEqual(mapBox.x);
      expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(mapBox.x + mapBox.width);
      expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(mapBox.y + mapBox.height);
      await page.screenshot({ path: `/tmp/shots/mapedit/hover-${lang}.png` });

      // The top decision-maker, never met: the card says so.
      const top = map.people.find((p) => p.isTopDecisionMaker)!;
      await edit.hover(top.id);
      await expect(card.locator('.hover-card-name')).toContainText(top.name);
      await expect(card.locator('.hover-card-contact')).toHaveText(lang === 'en' ? 'Not met yet · no contact logged' : '尚未见面 · 没有联系记录');

      // Dragging the node: no card.
      const from = await edit.at(chen.id);
      await edit.hover(chen.id);
      await expect(card).toBeVisible();
      await page.mouse.down();
      await page.mouse.move(from.x + 30, from.y + 20, { steps: 6 });
      await expect(card).toBeHidden();
      await page.mouse.up();
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}

test('double-click opens the person with focus in their form; a click then a Ctrl-click on someone else does not', async ({ page, powermap }) => {
  const { map, edit } = await open(page, powermap);
  const chen = byName(map, 'Chen Jianguo');
  const other = map.people.find((p) => p.id !== chen.id && !p.isTopDecisionMaker)!;
  await page.getByRole('tab', { name: 'Ranking' }).click();
  const at = await edit.at(chen.id);
  await page.mouse.dblclick(at.x, at.y);
  const panel = page.locator('aside.right-panel');
  await expect(page.getByRole('tab', { name: 'People', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(chen.name);
  await expect(panel.getByLabel('Name', { exact: true })).toBeFocused();

  // Two people picked quickly (click, Ctrl-click) stay two people picked.
  await page.mouse.click(10, 10);
  // Where they are now: the panel that opened may have moved the map.
  const a = await edit.at(chen.id);
  const b = await edit.at(other.id);
  await page.mouse.click(a.x, a.y);
  await page.keyboard.down('Control');
  await page.mouse.click(b.x, b.y);
  await page.keyboard.up('Control');
  await expect.poll(() => page.evaluate(() => window.__powermapGraph?.selectedIds())).toEqual([chen.id, other.id]);
  expect(powermap.pageErrors).toEqual([]);
});

