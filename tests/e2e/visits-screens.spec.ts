// Screenshots of the Visits tab, the visit form and a person's visit record at 1366×768 and 1024×700
// in both languages, for people to look at (SHOTS_DIR, default /tmp/shots/visits); each also checks
// that nothing in the form is cut off sideways and that its actions stay on screen.
import { addDays } from '../../shared/history/days';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import type { SupportTrend } from '../../shared/history/types';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { VisitsPage } from './pages/VisitsPage';

const SHOTS = process.env.SHOTS_DIR || '/tmp/shots/visits';
const SIZES = [
  [1366, 768],
  [1024, 700],
] as const;

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`visits screens (${lang})`, () => {
    test.use({ systemLocale: locale });
    test('the Visits tab, the form and a person’s record at two window sizes', async ({ page, powermap }) => {
      const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
      const map = await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id });
      const [trend] = await powermap.call<SupportTrend[]>('getSupportTrends', {});
      const today = addDays(trend!.sparklineFrom, trend!.sparkline.length - 1);
      const by = (en: string, zh: string) => map.people.find((p) => p.name === en || p.name === zh)!;
      const sun = by('Sun Meihua', '孙美华');
      const wang = by('Wang Li', '王丽');
      const chen = by('Chen Jianguo', '陈建国');
      const zh = lang === 'zh-CN';
      await powermap.call('createVisit', {
        accountId: account!.id, date: addDays(today, -20), kind: 'call', attendees: [{ personId: chen.id }],
        learned: zh ? '预算要等年初才批' : 'The budget is approved only in January',
        noNextStep: { reason: zh ? '对方正在调整组织，两周后再联系' : 'They are reorganising; call in two weeks' },
      });
      await powermap.call('createVisit', {
        accountId: account!.id, date: addDays(today, -3), kind: 'visit',
        attendees: [{ personId: sun.id, needs: zh ? '降低库存资金占用' : 'Less cash tied up in stock', stanceAfter: 'neutral' }, { personId: wang.id }],
        objective: zh ? '了解年度采购预算和审批流程' : 'Learn the yearly purchasing budget and who approves it',
        learned: zh ? '财务部每季度复核供应商账期' : 'Finance reviews supplier payment terms every quarter',
        ours: zh ? '我、周工' : 'me, engineer Zhou',
        nextStep: { what: zh ? '寄送试用订单方案' : 'Send the trial order proposal', due: addDays(today, 4), owner: 'us' },
      });
      await powermap.call('createVisit', { accountId: account!.id, date: addDays(today, 6), kind: 'site-visit', attendees: [{ personId: wang.id }], objective: zh ? '参观我司工厂' : 'Tour our factory' });

      await powermap.open();
      const app = new AppPage(page, lang);
      await app.openAccount(account!.name);
      await app.waitForNodes(map.people.length);
      const v = new VisitsPage(page, app, lang);
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await v.openTab();
        await expect(v.list.getByRole('listitem')).toHaveCount(3);
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${SHOTS}/visits-tab-${lang}-${width}.png` });

        // Two people whose nodes are in view at this window size, after fitting the map to it (with the
        // legend folded on the small window, as a rep would, so the map has room).
        if (width < 1366 && (await page.getByRole('button', { name: zh ? '隐藏图例' : 'Hide legend' }).count()) > 0) await page.getByRole('button', { name: zh ? '隐藏图例' : 'Hide legend' }).click();
        await page.getByRole('button', { name: app.words.fit }).click();
        await page.waitForTimeout(150);
        const box = (await app.mapRegion.boundingBox())!;
        const visible: string[] = [];
        for (const p of [sun, wang, chen, ...map.people]) {
          const at = await app.renderedPosition(p.id);
          if (at && at.x > 20 && at.x < box.width - 60 && at.y > 20 && at.y < box.height - 20 && !visible.includes(p.id)) visible.push(p.id);
          if (visible.length === 2) break;
        }
        await v.clickNode(visible[0]!);
        await v.clickNode(visible[1]!, true);
        await expect.poll(() => v.selectedOnMap()).toEqual(visible);
        const first = map.people.find((p) => p.id === visible[0])!;
        await page.getByRole('button', { name: v.w.log, exact: true }).click();
        await expect(v.dialog.locator('.attendee-row')).toHaveCount(2);
        await v.stance(first.name).selectOption({ label: zh ? '支持' : 'Supporter' });
        await v.field(v.w.nextWhat).fill(zh ? '带工程师现场演示' : 'Bring an engineer for a demo');
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${SHOTS}/visit-form-${lang}-${width}.png` });
        // Nothing cut off sideways; the Save button is on screen.
        const overflow = await v.dialog.evaluate((d) => [...d.querySelectorAll<HTMLElement>('input, select, textarea, button, label, legend')].filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > d.getBoundingClientRect().right + 1).map((el) => el.id || el.textContent));
        expect(overflow).toEqual([]);
        await expect(v.dialog.getByRole('button', { name: v.w.save })).toBeInViewport();
        await v.dialog.locator('.visit-form-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await v.dialog.getByText(zh ? '我方投入（可选）' : 'Our cost (optional)').click();
        await v.field(v.w.noNext).check();
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${SHOTS}/visit-form-bottom-${lang}-${width}.png` });
        await page.keyboard.press('Escape');
        await expect(v.dialog).toHaveCount(0);

        await v.tab(v.w.people).click();
        await expect(page.getByTestId('person-visit-summary')).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/person-visits-${lang}-${width}.png` });
      }
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
