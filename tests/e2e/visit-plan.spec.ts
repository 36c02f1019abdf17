// Prepare the visit (拜访准备), key-account qualification and our own cost, in both languages: a
// planned visit → Prepare → the suggestions with names and reasons; the brief PDF starts with the plan;
// yearly purchases round-trip through the account details and the map's header says whether the account
// qualifies; our cost this year against this year's purchases. Screenshots at 1366×768 and 1024×700.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { addDays } from '../../shared/history/days';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import type { SupportTrend } from '../../shared/history/types';
import type { AccountPurchases } from '../../shared/visits/model';
import type { VisitPlan } from '../../shared/visits/plan';
import { test, expect } from './harness/fixture';
import { lastSaved } from './export/exportHelpers';
import { AppPage } from './pages/AppPage';
import { VisitsPage } from './pages/VisitsPage';

const SHOTS = process.env.SHOTS_DIR || '/tmp/shots/plan';
const SIZES = [
  [1366, 768],
  [1024, 700],
] as const;

const WORDS = {
  en: {
    prepare: (day: string) => `Prepare the visit on ${day}`, title: 'Prepare the visit', objective: 'Objective: Win the trial order',
    tdm: (name: string) => `${name} — top decision-maker, never met.`, listen: 'Listen more than you talk.', five: 'First visit: at most five minutes on the product.',
    close: 'Close', exportBtn: /^Export$/, openBrief: 'Open visit brief…', savePdf: 'Save PDF…', saved: /^PDF saved: /, planHeading: 'Plan for this visit', top: 'Who matters most',
    details: 'Account details…', addYear: '+ Add a year', amount: (n: number) => `Amount, row ${n}`, save: 'Save details', fit: /^Product fit/, central: /^Centralized purchasing/,
    badgeNo: 'Not key yet: central buying, sustained buying', badgeYes: '✓ Key account', qualifies: 'Qualifies as a key account.', cost: /our cost CNY\s?1,700, 6 h \(1 visit\) against purchases of CNY\s?12,000,000 — cost is 0\.014% of purchases\./,
  },
  'zh-CN': {
    prepare: (day: string) => `准备 ${day} 的拜访`, title: '拜访准备', objective: '目标：Win the trial order',
    tdm: (name: string) => `${name}——最高决策者，尚未见过。`, listen: '多听少说，真正倾听。', five: '第一次拜访：介绍产品不超过五分钟。',
    close: '关闭', exportBtn: /^导出$/, openBrief: '打开拜访简报…', savePdf: '保存 PDF…', saved: /^PDF 已保存：/, planHeading: '本次拜访计划', top: '最重要的人',
    details: '客户详情…', addYear: '+ 添加年份', amount: (n: number) => `金额，第 ${n} 行`, save: '保存详情', fit: /^产品适合/, central: /^统一采购/,
    badgeNo: '尚非大客户：缺统一采购、持续采购', badgeYes: '✓ 大客户', qualifies: '符合大客户标准。', cost: /我方投入 CNY\s?1,700，6 小时（1 次拜访），对应采购额 CNY\s?12,000,000——投入产出比 0\.014%。/,
  },
} as const;

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`visit plan, qualification and cost (${lang})`, () => {
    test.use({ systemLocale: locale });
    test('prepare a planned visit, the brief starts with the plan, purchases round-trip, cost vs purchases', async ({ page, powermap }) => {
      test.setTimeout(120_000);
      const w = WORDS[lang];
      const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
      const map = await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id });
      const [trend] = await powermap.call<SupportTrend[]>('getSupportTrends', {});
      const today = addDays(trend!.sparklineFrom, trend!.sparkline.length - 1);
      const by = (en: string, zh: string) => map.people.find((p) => p.name === en || p.name === zh)!;
      const sun = by('Sun Meihua', '孙美华');
      const wang = by('Wang Li', '王丽');
      const top = map.people.find((p) => p.isTopDecisionMaker)!;
      const date = addDays(today, 3);
      await powermap.call('createVisit', { accountId: account!.id, date, kind: 'visit', attendees: [{ personId: sun.id }, { personId: wang.id }], objective: 'Win the trial order' });
      const plan = await powermap.call<VisitPlan>('getVisitPlan', { accountId: account!.id });
      expect(plan.see.length).toBeGreaterThan(1);

      await powermap.open();
      const app = new AppPage(page, lang);
      await app.openAccount(account!.name);
      await app.waitForNodes(map.people.length);
      const v = new VisitsPage(page, app, lang);
      mkdirSync(SHOTS, { recursive: true });
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await v.openTab();
        const day = (await v.list.locator('.visit-item.planned .visit-day').first().textContent())!;
        await page.getByRole('button', { name: w.prepare(day) }).click();
        const dialog = page.getByRole('dialog', { name: w.title });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByText(w.objective)).toBeVisible();
        // Whom to see and why: the top decision-maker never met, and every suggestion by name.
        await expect(dialog.locator('li[data-reason="topDecisionMaker"]')).toContainText(w.tdm(top.name));
        for (const s of plan.see) await expect(dialog.locator(`li[data-person-id="${s.personId}"]`)).toContainText(s.name);
        await expect(dialog.getByText(w.listen)).toBeVisible();
        if (plan.firstVisit) await expect(dialog.getByText(w.five)).toBeVisible();
        // Nothing cut off sideways, the Close button on screen.
        const overflow = await dialog.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        await expect(dialog.getByRole('button', { name: w.close })).toBeInViewport();
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${SHOTS}/plan-${lang}-${width}.png` });
        await page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
      }
      await page.setViewportSize({ width: 1366, height: 768 });

      // The brief PDF: the plan is its first section, above the map and the ranking, on at most 2 pages.
      await page.getByRole('toolbar', { name: app.words.toolbar }).getByRole('button', { name: w.exportBtn }).click();
      await page.getByRole('dialog').getByRole('button', { name: w.openBrief }).click();
      const save = page.getByRole('button', { name: w.savePdf });
      await expect(save).toBeEnabled({ timeout: 30_000 });
      await expect(page.locator('.brief[data-ready="true"]')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/brief-screen-${lang}.png`, fullPage: true });
      await save.click();
      await expect(page.getByRole('status').filter({ hasText: w.saved })).toBeVisible({ timeout: 30_000 });
      const pdf = lastSaved(powermap).path;
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeLessThanOrEqual(2);
      const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
      const at = page1.indexOf(w.planHeading);
      expect(at, page1).toBeGreaterThan(-1);
      expect(at).toBeLessThan(page1.indexOf(w.top));
      expect(page1).toContain(top.name);
      expect(page1).toContain('Win the trial order');

      // Our cost this year (a logged visit with travel, samples and hours) and this year's purchases.
      const year = Number(today.slice(0, 4));
      await powermap.call('createVisit', {
        accountId: account!.id, date: today, kind: 'visit', attendees: [{ personId: wang.id }], cost: { travel: { amount: 1200, currency: 'CNY' }, samples: { amount: 500, currency: 'CNY' }, hours: 6 },
        nextStep: { what: 'Send samples', due: addDays(today, 7), owner: 'us' },
      });
      await powermap.open();
      await app.openAccount(account!.name);
      const badge = page.getByTestId('qualification-badge');
      await expect(badge).toHaveText(new RegExp(`^${w.badgeNo.slice(0, 6)}`));
      await page.getByRole('toolbar', { name: app.words.toolbar }).getByRole('button', { name: w.details }).click();
      const details = page.getByRole('dialog');
      await details.getByLabel(w.fit).setChecked(true);
      await details.getByLabel(w.central).setChecked(true);
      for (let i = 1; i <= 3; i++) {
        await details.getByRole('button', { name: w.addYear }).click();
        await details.getByLabel(w.amount(i), { exact: true }).fill(i === 1 ? '12,000,000' : '10000000');
      }
      await expect(details.getByRole('status')).toHaveText(w.qualifies);
      await expect(details.getByTestId('account-cost')).toContainText(w.cost);
      await page.screenshot({ path: `${SHOTS}/details-${lang}-1366.png` });
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.screenshot({ path: `${SHOTS}/details-${lang}-1024.png` });
      await details.getByRole('button', { name: w.save }).click();
      await expect(details).toHaveCount(0);
      const stored = await powermap.call<AccountPurchases>('getYearlyPurchases', { accountId: account!.id });
      expect(stored.yearly).toEqual([
        { year: year - 2, amount: 10_000_000, currency: 'CNY' },
        { year: year - 1, amount: 10_000_000, currency: 'CNY' },
        { year, amount: 12_000_000, currency: 'CNY' },
      ]);
      await expect(badge).toHaveText(w.badgeYes);
      await page.screenshot({ path: `${SHOTS}/header-${lang}-1024.png` });
      // The brief says the same: our cost this year against this year's purchases.
      await page.goto(`/?e2e=1#/brief/${encodeURIComponent(account!.id)}`);
      await expect(page.getByTestId('brief-cost').first()).toHaveText(w.cost);
      await page.goto('/?e2e=1');

      // After a restart: the rows come back in the dialog, and one can be removed (at 1366 px, where
      // the accounts pane is open: below 1200 px it folds to its rail).
      await page.setViewportSize({ width: 1366, height: 768 });
      await powermap.restartService();
      await powermap.open();
      await app.openAccount(account!.name);
      await page.getByRole('toolbar', { name: app.words.toolbar }).getByRole('button', { name: w.details }).click();
      await expect(details.getByLabel(w.amount(3), { exact: true })).toHaveValue('12000000');
      await details.locator('.purchase-row').first().getByRole('button').click();
      await details.getByRole('button', { name: w.save }).click();
      await expect(details).toHaveCount(0);
      expect((await powermap.call<AccountPurchases>('getYearlyPurchases', { accountId: account!.id })).yearly.map((y) => y.year)).toEqual([year - 1, year]);
      await expect(badge).not.toHaveText(w.badgeYes);
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
