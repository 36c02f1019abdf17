// The "Support over time" and "What changed" tabs on the sample account's real 120-day history:
// headline numbers match the service's series, ranges cut the chart, the tooltip shows a day's numbers,
// What changed lists the finance director as having left the support base and outlines her on the map.
import type { Page } from '@playwright/test';
import { addDays } from '../../shared/history/days';
import type { AccountChanges, SupportSeries } from '../../shared/history/types';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import { test, expect, type Powermap } from './harness/fixture';
import { AppPage } from './pages/AppPage';

const SHOTS = '/tmp/shots/h9';
const TAB = { en: { timeline: 'Support over time', changes: 'What changed' }, 'zh-CN': { timeline: '支持面趋势', changes: '变化对比' } } as const;

async function sample(powermap: Powermap): Promise<{ account: AccountSummary; series: SupportSeries; map: AccountMap }> {
  const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const series = await powermap.call<SupportSeries>('getSupportSeries', { accountId: account!.id });
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id });
  return { account: account!, series, map };
}

async function openSample(page: Page, powermap: Powermap, name: string, lang: 'en' | 'zh-CN'): Promise<AppPage> {
  await powermap.open();
  const app = new AppPage(page, lang);
  await app.openAccount(name);
  await app.waitForNodes(25);
  return app;
}

const changedOnMap = (page: Page) => page.evaluate(() => (window as unknown as { __powermapChanged?: () => string[] }).__powermapChanged?.() ?? []);

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`support over time (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('the headline matches the service series; ranges change the chart; the tooltip shows a day', async ({ page, powermap }) => {
      const { account, series } = await sample(powermap);
      const last = series.points.at(-1)!;
      const then = series.points.find((p) => p.day === addDays(last.day, -30))!;
      const delta = last.supportBase - then.supportBase;
      await openSample(page, powermap, account.name, lang);
      await page.getByRole('tab', { name: TAB[lang].timeline }).click();

      const headline = page.getByTestId('timeline-headline');
      const sign = delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '';
      if (lang === 'en') {
        await expect(headline).toHaveText(delta === 0 ? `Support base: ${last.supportBase} of ${last.people}, no change in 30 days` : `Support base: ${last.supportBase} of ${last.people}, ${sign} in 30 days`);
      } else {
        await expect(headline).toHaveText(delta === 0 ? `支持面：${last.people} 人中 ${last.supportBase} 人，30 天内没有变化` : `支持面：${last.people} 人中 ${last.supportBase} 人，30 天内 ${sign}`);
      }
      // The sample's support base grew over its history, to 10 today.
      expect(series.points[0]!.supportBase).toBeLessThanOrEqual(1);
      expect(last.supportBase).toBe(10);

      const chart = page.getByTestId('timeline-chart');
      await expect(chart.locator('canvas')).toHaveCount(1);
      const ranges = page.getByRole('group', { name: lang === 'en' ? 'Time range' : '时间范围' });
      const events = page.locator('.timeline-events li');

      // 30 days: only the changes of the last 30 days are listed; All: the full history (capped list + "earlier").
      await ranges.getByRole('button', { name: lang === 'en' ? '30 days' : '30 天' }).click();
      await expect(ranges.getByRole('button', { name: lang === 'en' ? '30 days' : '30 天' })).toHaveAttribute('aria-pressed', 'true');
      const from30 = addDays(last.day, -30);
      const expected30 = series.points.filter((p) => p.day >= from30).reduce((n, p) => n + p.events.length, 0);
      await expect(events).toHaveCount(Math.min(12, expected30));
      const label30 = await chart.getAttribute('aria-label');
      await ranges.getByRole('button', { name: lang === 'en' ? 'All' : '全部' }).click();
      await expect(ranges.getByRole('button', { name: lang === 'en' ? 'All' : '全部' })).toHaveAttribute('aria-pressed', 'true');
      await expect(chart).not.toHaveAttribute('aria-label', label30 ?? '');
      const all = series.points.reduce((n, p) => n + p.events.length, 0);
      await expect(events).toHaveCount(Math.min(12, all));
      await expect(page.getByText(lang === 'en' ? `${all - 12} earlier changes are on the chart.` : `更早的 ${all - 12} 项变化见图表。`)).toBeVisible();

      // Hover over the right end of the chart: the tooltip gives that day's numbers.
      await ranges.getByRole('button', { name: lang === 'en' ? '90 days' : '90 天' }).click();
      await page.screenshot({ path: `${SHOTS}/timeline-${lang}-plain.png` });
      const box = (await chart.boundingBox())!;
      await page.mouse.move(box.x + box.width - 50, box.y + box.height / 2);
      const tooltip = page.locator('.timeline-tooltip');
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText(lang === 'en' ? 'Support base' : '支持面');
      await expect(tooltip).toContainText(/\d+ \/ 25/);
      await page.screenshot({ path: `${SHOTS}/timeline-${lang}.png` });

      // An event's day opens the map as it was that day.
      const lastEventDay = [...series.points].reverse().find((p) => p.events.length > 0)!.day;
      const longDay = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${lastEventDay}T00:00:00Z`));
      await page.mouse.move(0, 0);
      await events.first().getByRole('button', { name: lang === 'en' ? `Show the map as of ${longDay}` : `在地图上查看 ${longDay} 的状态` }).click();
      await expect(page.getByTestId('time-travel-banner')).toContainText(longDay);
      await page.getByRole('button', { name: lang === 'en' ? 'Back to today' : '回到今天' }).click();
      await expect(page.getByTestId('time-travel-banner')).toHaveCount(0);
      expect(powermap.pageErrors).toEqual([]);
    });

    test('what changed in 30 days lists the finance director as having left, and outlines the changed people', async ({ page, powermap }) => {
      const { account, series, map } = await sample(powermap);
      const today = series.to;
      const cfo = map.people.find((p) => p.title === (lang === 'en' ? 'Finance Director' : '财务总监'))!;
      const changes = await powermap.call<AccountChanges>('getChanges', { accountId: account.id, from: addDays(today, -30), to: today });
      expect(changes.left.map((m) => m.personId)).toContain(cfo.id);

      await openSample(page, powermap, account.name, lang);
      await page.getByRole('tab', { name: TAB[lang].changes }).click();
      await expect(page.getByLabel(lang === 'en' ? 'From' : '从', { exact: true })).toHaveAttribute('data-value', addDays(today, -30));
      await expect(page.getByLabel(lang === 'en' ? 'To' : '到', { exact: true })).toHaveAttribute('data-value', today);
      const left = page.getByRole('list', { name: lang === 'en' ? 'Left the support base' : '离开支持面' });
      await expect(left.getByRole('listitem')).toHaveCount(changes.left.length);
      const row = left.getByRole('listitem').filter({ hasText: cfo.name });
      await expect(row).toContainText(lang === 'en' ? 'Supporter' : '支持');
      await expect(row).toContainText(lang === 'en' ? 'Skeptic' : '怀疑');
      const joined = page.getByRole('list', { name: lang === 'en' ? 'Joined the support base' : '加入支持面' });
      await expect(joined.getByRole('listitem')).toHaveCount(changes.joined.length);

      // The map outlines everyone who changed, the finance director among them.
      await expect.poll(() => changedOnMap(page)).toContain(cfo.id);
      const outlined = await changedOnMap(page);
      const moved = new Set([...changes.joined, ...changes.left, ...changes.stanceMoves, ...changes.added].map((m) => m.personId));
      for (const id of moved) expect(outlined).toContain(id);
      // The legend names the ring while the tab is open.
      await expect(page.locator('section.legend')).toContainText(lang === 'en' ? 'Changed since' : '以来有变化');
      await page.screenshot({ path: `${SHOTS}/changes-${lang}.png` });

      // A narrower window (before she turned): she is not in "left"; leaving the tab clears the outline.
      await page.getByLabel(lang === 'en' ? 'From' : '从', { exact: true }).fill(addDays(today, -60));
      await page.getByLabel(lang === 'en' ? 'To' : '到', { exact: true }).fill(addDays(today, -40));
      await expect(page.getByTestId('changes-summary')).toBeVisible();
      await expect(left.getByRole('listitem').filter({ hasText: cfo.name })).toHaveCount(0);
      await page.getByRole('tab', { name: lang === 'en' ? 'People' : '人物', exact: true }).click();
      await expect.poll(() => changedOnMap(page)).toEqual([]);
      await expect(page.locator('section.legend')).not.toContainText(lang === 'en' ? 'Changed since' : '以来有变化');
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
