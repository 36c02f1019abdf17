// Time travel and the accounts-list trend on the sample account: 60 days ago shows the fewer people
// of that day, read-only and labelled as the past; one click returns to today. Edits made with the
// harness clock move the trend and appear in the past only from their day on.
import type { Page } from '@playwright/test';
import { manualClock } from '../../electron/service/clock';
import { addDays } from '../../shared/history/days';
import type { AccountMapAsOf, SupportTrend } from '../../shared/history/types';
import type { AccountMap, AccountSummary, Position } from '../../shared/domain/model';
import { test, expect, type Powermap } from './harness/fixture';
import { AppPage } from './pages/AppPage';

const SHOTS = '/tmp/shots/h9';
const WORDS = {
  en: { control: 'View the map as of', back: 'Back to today', addPerson: 'Add person', trend: 'Support base trend' },
  'zh-CN': { control: '查看历史日期的地图', back: '回到今天', addPerson: '添加人物', trend: '支持面趋势' },
} as const;

async function sampleAccount(powermap: Powermap): Promise<AccountSummary> {
  const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
  return account!;
}

async function openSample(page: Page, powermap: Powermap, lang: 'en' | 'zh-CN'): Promise<AppPage> {
  const account = await sampleAccount(powermap);
  await powermap.open();
  const app = new AppPage(page, lang);
  await app.openAccount(account.name);
  await app.waitForNodes(25);
  return app;
}

const sumPositions = (ps: Position[]) => ps.reduce((n, p) => n + p.x + p.y, 0);

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`time travel (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('60 days ago shows fewer people, read-only and labelled; Back to today restores the map', async ({ page, powermap }) => {
      const account = await sampleAccount(powermap);
      const today = (await powermap.call<{ to: string }>('getSupportSeries', { accountId: account.id })).to;
      const day = addDays(today, -60);
      const past = await powermap.call<AccountMapAsOf>('getAccountMapAsOf', { accountId: account.id, day });
      expect(past.people.length).toBeLessThan(25);
      const app = await openSample(page, powermap, lang);
      const w = WORDS[lang];
      const anchor = past.people[0]!.id;
      await expect.poll(async () => (await app.nodePosition(anchor)) !== null).toBe(true);
      const todayAt = (await app.nodePosition(anchor))!;

      await page.getByLabel(w.control).fill(day);
      const banner = page.getByTestId('time-travel-banner');
      await expect(banner).toBeVisible();
      const shown = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
      await expect(banner).toContainText(lang === 'en' ? `Viewing ${shown} — read-only` : `正在查看 ${shown} 的状态 — 只读`);
      await app.waitForNodes(past.people.length);
      expect((await page.evaluate(() => (window as unknown as { __powermapGraph: { nodeIds(): string[] } }).__powermapGraph.nodeIds())).sort()).toEqual(past.people.map((p) => p.id).sort());
      await expect(page.locator('.toolbar-title .muted')).toContainText(String(past.people.length));

      // Read-only: no "Add person", the person's fields are disabled, dragging saves nothing.
      await expect(page.getByRole('button', { name: w.addPerson })).toHaveCount(0);
      const person = past.people.find((p) => p.stance !== 'unknown')!;
      await page.getByRole('list', { name: app.words.people }).getByRole('button', { name: person.name }).click();
      const panel = page.locator('aside.right-panel');
      await expect(panel.getByRole('combobox').first()).toBeDisabled();
      await expect(panel.getByRole('textbox').first()).toBeDisabled();
      await expect(panel.getByRole('textbox').first()).toHaveValue(person.name);
      const before = sumPositions((await powermap.call<AccountMap>('getAccountMap', { accountId: account.id, layout: 'saved' })).positions);
      await app.dragNode(person.id, 80, 40);
      const after = sumPositions((await powermap.call<AccountMap>('getAccountMap', { accountId: account.id, layout: 'saved' })).positions);
      expect(after).toBe(before);
      await page.screenshot({ path: `${SHOTS}/timetravel-${lang}.png` });

      await page.getByRole('button', { name: w.back }).click();
      await expect(banner).toHaveCount(0);
      await app.waitForNodes(25);
      await expect(page.getByRole('button', { name: w.addPerson })).toBeVisible();
      await expect(page.getByLabel(w.control)).toHaveAttribute('data-value', today);
      // Today's arrangement comes back as it was.
      await expect.poll(async () => {
        const at = await app.nodePosition(anchor);
        return at ? Math.round(Math.abs(at.x - todayAt.x) + Math.abs(at.y - todayAt.y)) : -1;
      }).toBe(0);

      // A day before the account existed is refused in words; the map stays on today.
      await page.getByLabel(w.control).fill('2001-01-01');
      await expect(page.locator('.time-travel-control [role="alert"]')).toContainText(lang === 'en' ? 'This account was added on' : '该客户添加于');
      await expect(banner).toHaveCount(0);
      expect(await app.nodeCount()).toBe(25);
      expect(powermap.pageErrors).toEqual([]);
    });

    test('the accounts list shows each account’s trend: arrow, 30-day delta and a sparkline', async ({ page, powermap }) => {
      const [trend] = await powermap.call<SupportTrend[]>('getSupportTrends', {});
      await openSample(page, powermap, lang);
      const badge = page.getByTestId('account-trend');
      const words = lang === 'en'
        ? { up: `up ${trend!.delta30} in 30 days`, down: `down ${-trend!.delta30} in 30 days`, flat: 'no change in 30 days' }
        : { up: `30 天内增加 ${trend!.delta30} 人`, down: `30 天内减少 ${-trend!.delta30} 人`, flat: '30 天内没有变化' };
      await expect(badge).toHaveAttribute('aria-label', `${WORDS[lang].trend}${lang === 'en' ? ': ' : '：'}${words[trend!.direction]}`);
      const points = (await badge.locator('polyline').getAttribute('points'))!.trim().split(' ');
      expect(points).toHaveLength(trend!.sparkline.length);
    });
  });
}

test.describe('edits over days with the harness clock', () => {
  const clock = manualClock(new Date());
  test.use({ clock });

  test('a stance change moves the trend, the timeline, and shows in the past only from its day', async ({ page, powermap }) => {
    const account = await sampleAccount(powermap);
    const map = await powermap.call<AccountMap>('getAccountMap', { accountId: account.id });
    const neutral = map.people.find((p) => p.stance === 'neutral')!;
    const [before] = await powermap.call<SupportTrend[]>('getSupportTrends', {});
    const editDay = (await powermap.call<{ to: string }>('getSupportSeries', { accountId: account.id })).to;

    // Today the rep wins over a neutral person; three days pass.
    await powermap.call('updatePerson', { id: neutral.id, patch: { stance: 'ally' } });
    clock.advanceDays(3);
    const [after] = await powermap.call<SupportTrend[]>('getSupportTrends', {});
    expect(after!.supportBase).toBe(before!.supportBase + 1);
    expect(after!.sparkline.at(-4)).toBe(before!.supportBase + 1);

    const app = await openSample(page, powermap, 'en');
    await expect(page.getByTestId('account-trend')).toHaveAttribute('aria-label', `Support base trend: ${after!.delta30 > 0 ? `up ${after!.delta30}` : after!.delta30 < 0 ? `down ${-after!.delta30}` : 'no change'} in 30 days`);
    await page.getByRole('tab', { name: 'Support over time' }).click();
    await expect(page.getByTestId('timeline-headline')).toContainText('Support base: 11 of 25');
    await expect(page.locator('.timeline-events li').first()).toContainText(`${neutral.name}: Neutral → Ally`);

    // The day before the edit: neutral; the edit day: ally.
    await page.getByRole('tab', { name: 'People', exact: true }).click();
    for (const [day, stance] of [[addDays(editDay, -1), 'Neutral'], [editDay, 'Ally']] as const) {
      await page.getByLabel('View the map as of').fill(day);
      await expect(page.getByTestId('time-travel-banner')).toBeVisible();
      await page.getByRole('list', { name: app.words.people }).getByRole('button', { name: neutral.name }).click();
      await expect(page.locator('aside.right-panel').getByLabel('Stance', { exact: true })).toHaveValue(stance.toLowerCase());
      await page.getByRole('button', { name: '← Back' }).or(page.locator('aside.right-panel button.back')).first().click();
    }
    await page.getByRole('button', { name: 'Back to today' }).click();
    await app.waitForNodes(25);
    await page.screenshot({ path: `${SHOTS}/accounts-trend-up-en.png`, clip: { x: 0, y: 0, width: 300, height: 320 } });
    expect(powermap.pageErrors).toEqual([]);
  });
});

test.describe('accounts list trends over 40 days of edits', () => {
  // Starts 40 days ago; the test walks the clock to today while the rep works on two more accounts.
  const clock = manualClock(new Date(Date.now() - 40 * 86_400_000));
  test.use({ clock });

  test('a growing and a shrinking account show up and down arrows with their 30-day deltas', async ({ page, powermap }) => {
    const person = async (accountId: string, name: string, stance: string) =>
      (await powermap.call<{ person: { id: string } }>('createPerson', { accountId, name, stance })).person.id;
    const growing = await powermap.call<{ id: string }>('createAccount', { name: 'Happy Baby Stores' });
    const shrinking = await powermap.call<{ id: string }>('createAccount', { name: 'Little Stars Retail' });
    await person(growing.id, 'Ma Lin', 'supporter');
    await person(growing.id, 'Guo Rui', 'supporter');
    const n1 = await person(growing.id, 'Tang Yu', 'neutral');
    const n2 = await person(growing.id, 'Bai Xue', 'neutral');
    await person(shrinking.id, 'Jiang Tao', 'ally');
    const s1 = await person(shrinking.id, 'Lu Ping', 'supporter');
    const s2 = await person(shrinking.id, 'Fang Hui', 'supporter');
    await person(shrinking.id, 'Kong Jie', 'supporter');
    clock.advanceDays(20);
    await powermap.call('updatePerson', { id: n1, patch: { stance: 'ally' } });
    await powermap.call('updatePerson', { id: n2, patch: { stance: 'supporter' } });
    clock.advanceDays(5);
    await person(growing.id, 'Yin Na', 'supporter');
    await powermap.call('updatePerson', { id: s1, patch: { stance: 'skeptic' } });
    await powermap.call('updatePerson', { id: s2, patch: { stance: 'opponent' } });
    clock.advanceDays(15);

    const trends = await powermap.call<SupportTrend[]>('getSupportTrends', {});
    const of = (id: string) => trends.find((tr) => tr.accountId === id)!;
    expect([of(growing.id).direction, of(growing.id).delta30]).toEqual(['up', 3]);
    expect([of(shrinking.id).direction, of(shrinking.id).delta30]).toEqual(['down', -2]);

    await powermap.open();
    const app = new AppPage(page, 'en');
    const trendOf = (name: string) => app.accountButton(name).getByTestId('account-trend');
    await expect(trendOf('Happy Baby Stores')).toHaveAttribute('aria-label', 'Support base trend: up 3 in 30 days');
    await expect(trendOf('Happy Baby Stores')).toContainText('▲ +3');
    await expect(trendOf('Little Stars Retail')).toHaveAttribute('aria-label', 'Support base trend: down 2 in 30 days');
    await expect(trendOf('Little Stars Retail')).toContainText('▼ −2');
    // 40 days of history: one sparkline point per day, ending today.
    const points = (await trendOf('Happy Baby Stores').locator('polyline').getAttribute('points'))!.split(' ');
    expect(points).toHaveLength(of(growing.id).sparkline.length);
    await page.screenshot({ path: `${SHOTS}/accounts-en.png`, clip: { x: 0, y: 0, width: 300, height: 470 } });
    const zh = await app.switchLanguage('zh-CN');
    await expect(zh.accountButton('Happy Baby Stores').getByTestId('account-trend')).toHaveAttribute('aria-label', '支持面趋势：30 天内增加 3 人');
    await page.screenshot({ path: `${SHOTS}/accounts-zh-CN.png`, clip: { x: 0, y: 0, width: 300, height: 470 } });
    expect(powermap.pageErrors).toEqual([]);
  });
});
