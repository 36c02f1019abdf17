// The ranking tab: the sample account's order on screen is the service's order, with breakdowns,
// sorting, filters, and selection shared with the map.
import { computeInfluence } from '../../shared/domain/influence';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import { rankPeople } from '../../shared/domain/ranking';
import { test, expect, type Powermap } from './harness/fixture';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { marks, offCentre } from './pages/HighlightHook';

const SHOTS = '/tmp/shots/h8';

async function sampleMap(powermap: Powermap): Promise<AccountMap> {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  return powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
}

function rankingTable(page: Page, lang: 'en' | 'zh-CN') {
  return page.getByRole('table', { name: lang === 'en' ? 'Influence ranking' : '影响力排名' });
}

async function openRanking(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
  await page.getByRole('tab', { name: lang === 'en' ? 'Ranking' : '影响力排名' }).click();
  await expect(rankingTable(page, lang)).toBeVisible();
}

const rowNames = (page: Page, lang: 'en' | 'zh-CN') => rankingTable(page, lang).locator('tbody tr.rank-row .rank-name').allTextContents();

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`ranking (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('the sample account ranking on screen matches the service order', async ({ page, powermap }) => {
      const map = await sampleMap(powermap);
      const expected = rankPeople(map.people, computeInfluence(map.people, map.relationships));
      await powermap.open();
      await openRanking(page, lang);
      expect(await rowNames(page, lang)).toEqual(expected.map((r) => r.person.name));
      // Scores on screen are the service-side scores, rank 1 first.
      const first = rankingTable(page, lang).locator('tbody tr.rank-row').first();
      await expect(first.locator('td.col-rank')).toHaveText('1');
      await expect(first.locator('.score-value')).toHaveText(String(expected[0]!.influence.score));
      await page.screenshot({ path: `${SHOTS}/ranking-${lang}.png` });
      expect(powermap.pageErrors).toEqual([]);
    });

    for (const [width, height] of [[1024, 700], [1366, 768]] as const) {
      test(`at ${width}×${height} every column is inside the panel, with the contact and the buying role shown`, async ({ page, powermap }) => {
        const map = await sampleMap(powermap);
        await page.setViewportSize({ width, height });
        await powermap.open();
        await openRanking(page, lang);
        const table = rankingTable(page, lang);
        const fit = await table.evaluate((el) => {
          const panel = el.closest('section')!.getBoundingClientRect();
          const cells = [...el.querySelectorAll('th, td')].filter((c) => (c as HTMLElement).offsetParent !== null);
          const right = Math.max(...cells.map((c) => c.getBoundingClientRect().right));
          // A header is one line (or two words), never a character a line.
          const tallest = Math.max(...[...el.querySelectorAll('thead button.sort')].map((b) => b.getBoundingClientRect().height));
          return { right, panelRight: panel.right, scroll: el.scrollWidth - el.clientWidth, tallest };
        });
        expect(fit.right, 'the last column ends inside the panel').toBeLessThanOrEqual(fit.panelRight + 0.5);
        expect(fit.scroll).toBeLessThanOrEqual(0);
        expect(fit.tallest, 'no header wraps a character a line').toBeLessThan(48);
        // The top decision-maker's row says not met; a met person's says when (this year: day and month).
        const tdm = map.people.find((p) => p.isTopDecisionMaker)!;
        const tdmRow = table.locator('tbody tr.rank-row', { hasText: tdm.name });
        await expect(tdmRow.locator('.col-contact')).toContainText(lang === 'en' ? 'Not met' : '未见面');
        const met = map.people.find((p) => p.met && p.lastContact)!;
        const metRow = table.locator('tbody tr.rank-row', { hasText: met.name }).first();
        const [, m, d] = met.lastContact!.split('-').map(Number);
        await expect(metRow.locator('.col-contact')).toContainText(lang === 'en' ? new RegExp(`✓.*${d} [A-Z][a-z]{2}`) : `${m}月${d}日`);
        // The buying role is on screen: its own column, or under the stance when the panel is narrow.
        const role = metRow.locator('.col-role:visible, .stance-role:visible');
        await expect(role).toHaveCount(1);
        await expect(role).not.toHaveText('');
        await page.screenshot({ path: `${SHOTS}/ranking-${width}-${lang}.png` });
      });
    }
  });
}

test.describe('ranking (en) interactions', () => {
  test('a score opens its breakdown, whose parts add up to it', async ({ page, powermap }) => {
    const map = await sampleMap(powermap);
    const expected = rankPeople(map.people, computeInfluence(map.people, map.relationships));
    await powermap.open();
    await openRanking(page, 'en');
    const top = expected[0]!;
    await page.getByRole('button', { name: `Show why ${top.person.name} scores ${top.influence.score}` }).click();
    const text = (await rankingTable(page, 'en').locator('.breakdown').first().textContent()) ?? '';
    expect(text.startsWith(`${top.influence.score} = `)).toBe(true);
    const points = [...text.slice(text.indexOf('=') + 1).matchAll(/ (\d+)(?= \+|$)/g)].map((m) => Number(m[1]));
    expect(points.reduce((a, b) => a + b, 0)).toBe(top.influence.score);
    const via = top.influence.parts.find((p) => p.kind === 'network' && p.via);
    if (via?.via) expect(text).toContain(`via ${via.via.name}`);
    expect(text).toContain('authority');
  });

  test('sorts by column and filters by stance, role and text', async ({ page, powermap }) => {
    const map = await sampleMap(powermap);
    await powermap.open();
    await openRanking(page, 'en');
    const table = rankingTable(page, 'en');
    await table.getByRole('button', { name: /^Person/ }).click();
    const byName = [...map.people.map((p) => p.name)].sort((a, b) => new Intl.Collator('zh-CN').compare(a, b));
    expect(await rowNames(page, 'en')).toEqual(byName);
    await expect(table.getByRole('columnheader', { name: /Person/ })).toHaveAttribute('aria-sort', 'ascending');
    await table.getByRole('button', { name: /^Person/ }).click();
    expect(await rowNames(page, 'en')).toEqual([...byName].reverse());

    await page.getByLabel('Stance filter').selectOption({ label: 'Ally' });
    const allies = map.people.filter((p) => p.stance === 'ally').map((p) => p.name).sort();
    expect((await rowNames(page, 'en')).sort()).toEqual(allies);
    await expect(page.getByText(`${allies.length} of ${map.people.length} people`)).toBeVisible();
    await page.getByLabel('Stance filter').selectOption({ label: 'All stances' });

    await page.getByLabel('Buying role filter').selectOption({ label: 'Gatekeeper' });
    const gatekeepers = map.people.filter((p) => p.buyingRole === 'gatekeeper').map((p) => p.name).sort();
    expect((await rowNames(page, 'en')).sort()).toEqual(gatekeepers);
    await page.getByLabel('Buying role filter').selectOption({ label: 'All roles' });

    const someone = map.people.find((p) => p.title.length > 0)!;
    await page.getByLabel('Filter by name or title').fill(someone.title);
    expect(await rowNames(page, 'en')).toContain(someone.name);
    await page.getByLabel('Filter by name or title').fill('zzzz-nobody');
    await expect(page.getByText('No one matches these filters.')).toBeVisible();
  });

  test('selecting a row selects and centres the person on the map, and a map tap selects the row', async ({ page, powermap }) => {
    const map = await sampleMap(powermap);
    const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
    await powermap.open();
    const app = new AppPage(page, 'en');
    await app.waitForNodes(map.people.length);
    await openRanking(page, 'en');
    const last = ranked[ranked.length - 1]!;
    const row = rankingTable(page, 'en').locator(`tr[data-person-id="${last.person.id}"]`);
    // Anywhere on the row but the score (which opens its breakdown): the name.
    await row.locator('.rank-name').click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => marks(page, last.person.id).then((m) => m?.classes ?? [])).toContain('selected');
    await expect.poll(() => offCentre(page, last.person.id)).toBeLessThan(3);

    // Tap another person on the map: their row becomes the selected one.
    await page.getByRole('button', { name: 'Fit map to window' }).click();
    const other = ranked[1]!;
    const box = await app.mapRegion.boundingBox();
    const at = await app.renderedPosition(other.person.id);
    await page.mouse.click(box!.x + at!.x, box!.y + at!.y);
    const otherRow = rankingTable(page, 'en').locator(`tr[data-person-id="${other.person.id}"]`);
    await expect(otherRow).toHaveAttribute('aria-selected', 'true');
    await expect(row).toHaveAttribute('aria-selected', 'false');
    await expect(otherRow).toBeInViewport();
  });
});

test('a pinned score is shown as pinned, moves the person in the ranking, and can be unpinned', async ({ page, powermap }) => {
  const map = await sampleMap(powermap);
  const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
  const last = ranked[ranked.length - 1]!;
  await powermap.open();
  await new AppPage(page, 'en').waitForNodes(map.people.length);
  await page.getByRole('combobox', { name: 'Find a person' }).fill(last.person.name);
  await page.getByRole('combobox', { name: 'Find a person' }).press('Enter');
  const card = page.getByRole('region', { name: 'Influence score' });
  await expect(card).toContainText(`rank ${ranked.length} of ${ranked.length}`);
  await expect(card).toContainText(`${last.influence.score} = `);
  await page.screenshot({ path: `${SHOTS}/person-influence-en.png` });
  await card.getByLabel('Pin a score (0–100)').fill('99');
  await card.getByRole('button', { name: 'Pin score' }).click();
  await expect(card).toContainText('rank 1 of');
  await expect(card).toContainText(`99 = pinned by you 99. Ratings and network give ${last.influence.computed.score}`);
  const saved = await sampleMap(powermap);
  expect(saved.people.find((p) => p.id === last.person.id)!.pinnedScore).toBe(99);

  await openRanking(page, 'en');
  const first = rankingTable(page, 'en').locator('tbody tr.rank-row').first();
  await expect(first.locator('.rank-name')).toHaveText(last.person.name);
  await expect(first.locator('.score-button.pinned .score-value')).toHaveText('99');
  const expected = rankPeople(saved.people, computeInfluence(saved.people, saved.relationships));
  expect(await rowNames(page, 'en')).toEqual(expected.map((r) => r.person.name));

  await page.getByRole('tab', { name: 'People' }).click();
  await card.getByRole('button', { name: 'Unpin: use the computed score' }).click();
  await expect(card).toContainText(`rank ${ranked.length} of ${ranked.length}`);
  expect((await sampleMap(powermap)).people.find((p) => p.id === last.person.id)!.pinnedScore).toBeNull();
});
