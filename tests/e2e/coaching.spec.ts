// The coaching card on the People tab: the stage's focus and getCoaching's warnings for the live data,
// names that select people, live updates after an edit, hidden while time travelling, both languages.
import type { Page } from '@playwright/test';
import { HIGH_INFLUENCE_SCORE } from '../../shared/coaching/thresholds';
import type { Coaching, Warning } from '../../shared/coaching/types';
import { computeInfluence } from '../../shared/domain/influence';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import { rankPeople } from '../../shared/domain/ranking';
import { addDays } from '../../shared/history/days';
import { test, expect, type Powermap } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';

async function expected(powermap: Powermap): Promise<{ map: AccountMap; warnings: Warning[]; today: string }> {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
  const coaching = await powermap.call<Coaching>('getCoaching', { accountId: sample!.id });
  return { map, warnings: coaching.warnings, today: coaching.day };
}

const card = (page: Page) => page.locator('aside.right-panel section.coaching-card');

test('the sample account shows the warnings its data supports; names select people; fixing the data clears a warning', async ({ page, powermap }) => {
  const { map, warnings } = await expected(powermap);
  const ids = warnings.map((w) => w.id);
  const top = map.people.find((p) => p.isTopDecisionMaker)!;
  expect(top.met).toBe(false);
  expect(ids).toContain('topDecisionMakerNotMet');
  const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
  const against = ranked.filter((r) => r.influence.score >= HIGH_INFLUENCE_SCORE && (r.person.stance === 'skeptic' || r.person.stance === 'opponent'));
  expect(ids.includes('highInfluenceAgainst')).toBe(against.length > 0);
  const budgetKnown = map.account.budgetAmount !== null || map.account.budgetCycle.trim() !== '' || map.account.budgetProcess.trim() !== '';
  expect(ids.includes('budgetUnknown')).toBe(!budgetKnown);

  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(map.people.length);
  const c = card(page);
  await expect(c.getByRole('heading', { level: 2 })).toContainText('Coaching');
  await expect(c.locator('.coaching-focus')).toHaveText('Stage: Establish — focus on: build trust, meet the top decision-maker, check it qualifies as a key account');
  await expect(c.getByRole('heading', { level: 2 })).toContainText(warnings.length === 1 ? '1 thing to act on' : `${warnings.length} things to act on`);
  await expect(c.locator('li.coaching-item')).toHaveCount(warnings.length);
  expect(await c.locator('li.coaching-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-warning')))).toEqual(ids);

  const tdmItem = c.locator('li[data-warning="topDecisionMakerNotMet"]');
  await expect(tdmItem).toContainText(`The top decision-maker, ${top.name}, has never been met.`);
  await expect(tdmItem).toContainText(`Next step: Arrange a meeting with ${top.name}`);
  await expect(c.locator('li[data-warning="budgetUnknown"]')).toHaveCount(budgetKnown ? 0 : 1);
  if (against.length > 0) {
    const item = c.locator('li[data-warning="highInfluenceAgainst"]');
    await expect(item).toContainText('High influence and against us:');
    for (const r of against.slice(0, 6)) await expect(item.getByRole('button', { name: r.person.name, exact: true })).toBeVisible();
  }
  const shrank = warnings.find((w) => w.id === 'supportBaseShrank');
  if (shrank) await expect(c.locator('li[data-warning="supportBaseShrank"]')).toContainText(`shrank from ${shrank.params.from} to ${shrank.params.to}`);
  else await expect(c.locator('li[data-warning="supportBaseShrank"]')).toHaveCount(0);
  await shot(page, 'coaching-en');
  await c.screenshot({ path: `${process.env.SHOTS_DIR || '/tmp/shots/h15'}/coaching-card-en.png` });

  // Folding is remembered while the session lasts.
  const fold = c.getByRole('button', { name: /Coaching/ });
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(c.locator('li.coaching-item')).toHaveCount(0);
  await page.reload();
  await app.waitForNodes(map.people.length);
  await expect(card(page).getByRole('button', { name: /Coaching/ })).toHaveAttribute('aria-expanded', 'false');
  await card(page).getByRole('button', { name: /Coaching/ }).click();
  await expect(card(page).locator('li.coaching-item')).toHaveCount(warnings.length);

  // A named person is a button that opens them (person panel, map selection).
  await card(page).locator('li[data-warning="topDecisionMakerNotMet"] .coaching-what').getByRole('button', { name: top.name, exact: true }).click();
  const panel = page.locator('aside.right-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(top.name);

  // Mark them met through the UI: the warning goes, live.
  await panel.getByLabel('We have met', { exact: true }).check();
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await panel.getByRole('button', { name: /Back to people/ }).click();
  await expect(card(page).locator('li[data-warning="topDecisionMakerNotMet"]')).toHaveCount(0);
  await expect(card(page).locator('li.coaching-item')).toHaveCount(warnings.length - 1);
  const n = warnings.length - 1;
  await expect(card(page).getByRole('heading', { level: 2 })).toContainText(n === 0 ? 'Nothing to act on' : n === 1 ? '1 thing to act on' : `${n} things to act on`);

  // While time travelling the People tab shows that day's read-only list, without today's coaching.
  await page.getByLabel('View the map as of').fill(addDays((await expected(powermap)).today, -60));
  await expect(page.getByTestId('time-travel-banner')).toBeVisible();
  await expect(card(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(card(page)).toHaveCount(1);
  expect(powermap.pageErrors).toEqual([]);
});

test.describe('coaching in Chinese', () => {
  test.use({ systemLocale: 'zh-CN' });
  test('the card renders in zh-CN with the brief’s words', async ({ page, powermap }) => {
    const { map, warnings } = await expected(powermap);
    const top = map.people.find((p) => p.isTopDecisionMaker)!;
    await powermap.open();
    const app = new AppPage(page, 'zh-CN');
    await app.waitForNodes(map.people.length);
    const c = card(page);
    await expect(c.getByRole('heading', { level: 2 })).toContainText('教练提示');
    await expect(c.locator('.coaching-focus')).toHaveText('阶段：建立 — 重点：建立信任、见到最高决策者、确认是否符合大客户条件');
    await expect(c.getByRole('heading', { level: 2 })).toContainText(`${warnings.length} 件事待跟进`);
    await expect(c.locator('li[data-warning="topDecisionMakerNotMet"]')).toContainText(`从未见过最高决策者 ${top.name}。`);
    await expect(c.locator('li[data-warning="topDecisionMakerNotMet"]')).toContainText('下一步：安排与');
    await c.screenshot({ path: `${process.env.SHOTS_DIR || '/tmp/shots/h15'}/coaching-card-zh-CN.png` });
    await shot(page, 'coaching-zh-CN');
    expect(powermap.pageErrors).toEqual([]);
  });
});

test('an account with nothing to act on says so calmly', async ({ page, powermap }) => {
  const account = await powermap.call<{ id: string }>('createAccount', { name: 'Calm Co', budgetAmount: 500000, budgetCycle: 'Annual' });
  const today = (await powermap.call<{ to: string }>('getSupportSeries', { accountId: account.id })).to;
  const base = { accountId: account.id, stance: 'ally', met: true, lastContact: today } as const;
  // Fully rated: key people with a rating not given are a warning of their own.
  const { person: chen } = await powermap.call<{ person: { id: string } }>('createPerson', { ...base, name: 'Chen Top', isTopDecisionMaker: true, authority: 5, expertise: 4, accessToTop: 5 });
  await powermap.call('createPerson', { ...base, name: 'Li Ally', authority: 3, expertise: 3, accessToTop: 4 });
  await powermap.call('createPerson', { ...base, name: 'Zhou Helper', stance: 'supporter', authority: 1, expertise: 2, accessToTop: 2 });
  // A visit today with a next step: the visit cycle is in order too.
  await powermap.call('createVisit', { accountId: account.id, date: today, kind: 'visit', attendees: [{ personId: chen.id }], nextStep: { what: 'Send the samples', due: addDays(today, 7), owner: 'us' } });
  expect((await powermap.call<Coaching>('getCoaching', { accountId: account.id })).warnings).toEqual([]);

  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.openAccount('Calm Co');
  await app.waitForNodes(3);
  const c = card(page);
  await expect(c.getByRole('heading', { level: 2 })).toContainText('Nothing to act on');
  await expect(c).toContainText('No warnings: the map covers the basics.');
  await expect(c.locator('li.coaching-item')).toHaveCount(0);
  await c.screenshot({ path: `${process.env.SHOTS_DIR || '/tmp/shots/h15'}/coaching-card-calm.png` });

  // Making the only other ally a skeptic brings back "single-threaded", live.
  await page.getByRole('list', { name: app.words.people }).getByRole('button', { name: /Li Ally/ }).click();
  await page.locator('aside.right-panel').getByLabel('Stance').selectOption('skeptic');
  await page.locator('aside.right-panel').getByRole('button', { name: 'Save changes' }).click();
  await page.locator('aside.right-panel').getByRole('button', { name: /Back to people/ }).click();
  await expect(c.locator('li[data-warning="fewAllies"]')).toContainText('Single-threaded: only 1 ally.');
  await expect(c.getByRole('heading', { level: 2 })).toContainText('1 thing to act on');
  expect(powermap.pageErrors).toEqual([]);
});

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`the visit cycle in coaching (${lang})`, () => {
    test.use({ systemLocale: lang });
    test('a visit without a next step, and an overdue step, show with their dates and people', async ({ page, powermap }) => {
      const { map, today } = await expected(powermap);
      const [wang, li] = map.people.filter((p) => !p.isTopDecisionMaker);
      await powermap.call('createVisit', { accountId: map.account.id, date: addDays(today, -20), kind: 'visit', attendees: [{ personId: li!.id }], nextStep: { what: 'Send the price list', due: addDays(today, -4), owner: 'us' } });
      await powermap.call('createVisit', { accountId: map.account.id, date: addDays(today, -2), kind: 'call', attendees: [{ personId: wang!.id }], noNextStep: { reason: 'They are reorganizing' } });
      const coaching = await powermap.call<Coaching>('getCoaching', { accountId: map.account.id });
      expect(coaching.warnings.map((w) => w.id)).toEqual(expect.arrayContaining(['nextStepOverdue', 'noNextStep']));
      expect(coaching.warnings.map((w) => w.id)).not.toContain('neverVisited');

      await powermap.open();
      const app = new AppPage(page, lang);
      await app.waitForNodes(map.people.length);
      const c = card(page);
      await expect(c.locator('li.coaching-item')).toHaveCount(coaching.warnings.length);
      const late = c.locator('li[data-warning="nextStepOverdue"]');
      const none = c.locator('li[data-warning="noNextStep"]');
      if (lang === 'en') {
        await expect(late).toContainText('A next step is overdue by 4 days: “Send the price list”');
        await expect(none).toContainText('ended without a next step: “They are reorganizing”.');
        await expect(none).toContainText(`Next step: Agree the next step with ${wang!.name} now`);
      } else {
        await expect(late).toContainText('下一步已逾期 4 天：“Send the price list”');
        await expect(none).toContainText('没有下一步安排：“They are reorganizing”。');
        await expect(none).toContainText(/上次拜访（\d+月\d+日）/);
      }
      await expect(late.getByRole('button', { name: li!.name, exact: true })).toBeVisible();
      await page.setViewportSize({ width: 1366, height: 768 });
      await card(page).screenshot({ path: `${process.env.SHOTS_DIR || '/tmp/shots/h15'}/coaching-card-visits-${lang}.png` });
      await page.screenshot({ path: `${process.env.SHOTS_DIR || '/tmp/shots/h15'}/coaching-1366-${lang}.png` });
      await none.getByRole('button', { name: wang!.name, exact: true }).first().click();
      await expect(page.locator('aside.right-panel').getByRole('heading', { level: 2 })).toContainText(wang!.name);
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}

for (const [lang, locale] of [['en', 'en-US'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`${lang} at 1024×700`, () => {
    test.use({ systemLocale: locale, viewport: { width: 1024, height: 700 } });
    test(`a list of names wraps inside the card (${lang})`, async ({ page, powermap }) => {
      await powermap.open();
      await new AppPage(page).waitForNodes(25);
      const items = card(page).locator('.coaching-item');
      await expect(items.first()).toBeVisible();
      const cardBox = (await card(page).boundingBox())!;
      for (const box of await card(page).locator('.coaching-person').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.right, 'a name runs past the card').toBeLessThanOrEqual(cardBox.x + cardBox.width);
      }
    });
  });
}
