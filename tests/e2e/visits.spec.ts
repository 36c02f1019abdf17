// Logging a visit in the browser, in both languages: two people picked on the map (Ctrl-click) →
// Log a visit → the form is prefilled with them and today → one stance changed, a next step → saved
// in one call; the map shows them met with the new stance colour, the Visits tab lists the visit, the
// person's panel has the record, the timeline and What changed show it. "No next step" needs a
// reason and warns; a service error is shown in words next to its field; the keyboard-only path is
// counted key by key.
import type { Page } from '@playwright/test';
import { addDays } from '../../shared/history/days';
import type { AccountMap, AccountSummary, Person } from '../../shared/domain/model';
import type { SupportTrend } from '../../shared/history/types';
import type { Visit } from '../../shared/visits/model';
import { formatDay } from '../../renderer/features/timeline/dates';
import { test, expect, type Powermap } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { VisitsPage } from './pages/VisitsPage';

type Lang = 'en' | 'zh-CN';
const SHOTS = process.env.SHOTS_DIR || '/tmp/shots/visits';

interface Sample {
  account: AccountSummary;
  map: AccountMap;
  today: string;
  /** Two people not met yet: `a` keeps their stance, `b` (neutral) becomes a supporter. */
  a: Person;
  b: Person;
}

async function sample(powermap: Powermap): Promise<Sample> {
  const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id });
  const [trend] = await powermap.call<SupportTrend[]>('getSupportTrends', {});
  const today = addDays(trend!.sparklineFrom, trend!.sparkline.length - 1);
  const notMet = map.people.filter((p) => !p.met && !p.isTopDecisionMaker);
  const b = notMet.find((p) => p.stance === 'neutral')!;
  const a = notMet.find((p) => p.id !== b.id)!;
  return { account: account!, map, today, a, b };
}

async function openSample(page: Page, powermap: Powermap, lang: Lang): Promise<{ s: Sample; app: AppPage; v: VisitsPage }> {
  const s = await sample(powermap);
  await powermap.open();
  const app = new AppPage(page, lang);
  await app.openAccount(s.account.name);
  await app.waitForNodes(s.map.people.length);
  return { s, app, v: new VisitsPage(page, app, lang) };
}

/** Select a, then Ctrl-click b: both ringed on the map, b's panel open. */
async function pickBoth(v: VisitsPage, s: Sample): Promise<void> {
  await v.clickNode(s.a.id);
  await v.clickNode(s.b.id, true);
  await expect.poll(() => v.selectedOnMap()).toEqual([s.a.id, s.b.id]);
}

const listJoin = (lang: Lang, names: string[]) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(names);

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`visits (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('log a visit with two people picked on the map: met, stance, Visits tab, person record, timeline, What changed', async ({ page, powermap }) => {
      const { s, v } = await openSample(page, powermap, lang);
      await pickBoth(v, s);
      await v.openTab();
      const both = listJoin(lang, [s.a.name, s.b.name]);
      await expect(page.locator('.visits-chosen')).toContainText(both);
      await page.getByRole('button', { name: v.w.log, exact: true }).click();

      // Prefilled: today, both attendees, next step due a week later; focus in the first field.
      await expect(v.dialog).toBeVisible();
      await expect(v.dialog.getByRole('heading', { name: v.w.logTitle })).toBeVisible();
      await expect(v.field(v.w.date)).toHaveAttribute('data-value', s.today);
      await expect(v.field(v.w.date)).toBeFocused();
      await expect(v.dialog.locator('.attendee-row')).toHaveCount(2);
      await expect(v.dialog.locator('.attendee-row').nth(0)).toContainText(s.a.name);
      await expect(v.dialog.locator('.attendee-row').nth(1)).toContainText(s.b.name);
      await expect(v.field(v.w.nextDue)).toHaveAttribute('data-value', addDays(s.today, 7));

      await v.stance(s.b.name).selectOption({ label: v.w.supporter });
      await v.field(v.w.nextWhat).fill(lang === 'en' ? 'Send samples' : '送样品');
      await page.waitForTimeout(100);
      await page.screenshot({ path: `${SHOTS}/flow-form-${lang}.png` });
      await v.dialog.getByRole('button', { name: v.w.save }).click();
      await expect(v.dialog).toHaveCount(0);

      // The database: one visit, both met today, b a supporter; the map draws b as a supporter.
      const visits = await powermap.call<Visit[]>('listVisits', { accountId: s.account.id });
      expect(visits).toHaveLength(1);
      expect(visits[0]!.attendees.map((x) => x.personId)).toEqual([s.a.id, s.b.id]);
      expect(visits[0]!.nextStep).toMatchObject({ what: lang === 'en' ? 'Send samples' : '送样品', due: addDays(s.today, 7), owner: 'us' });
      const after = await powermap.call<AccountMap>('getAccountMap', { accountId: s.account.id });
      const pa = after.people.find((p) => p.id === s.a.id)!;
      const pb = after.people.find((p) => p.id === s.b.id)!;
      expect([pa.met, pa.lastContact, pa.stance]).toEqual([true, s.today, s.a.stance]);
      expect([pb.met, pb.lastContact, pb.stance]).toEqual([true, s.today, 'supporter']);
      await expect.poll(() => v.nodeStance(s.b.id)).toBe('supporter');
      expect(await v.nodeStance(s.a.id)).toBe(s.a.stance);
      const day = formatDay(s.today, lang);
      await expect(page.locator('.notice')).toContainText(both);

      // The Visits tab lists it: day, kind, who, the next step with due date and owner.
      const item = v.list.getByRole('listitem').first();
      await expect(item).toContainText(day);
      await expect(item).toContainText(lang === 'en' ? `With ${both}` : `参加：${both}`);
      const due = formatDay(addDays(s.today, 7), lang);
      await expect(item).toContainText(lang === 'en' ? `Send samples — due ${due}, by us` : `送样品（${due}前，我方负责）`);

      // The person's panel: their record, and "We have met" ticked.
      await v.tab(v.w.people).click();
      await expect(page.getByTestId('person-visit-summary')).toHaveText(
        lang === 'en' ? `Met once, last ${day}: agreed “Send samples”` : `见过 1 次，最近一次 ${day}：约定“送样品”`,
      );
      await expect(page.locator('aside.right-panel').getByLabel(lang === 'en' ? 'We have met' : '已见过面', { exact: true })).toBeChecked();

      // The timeline: a visit mark, and today's tooltip says who attended and what was agreed.
      await v.tab(v.w.timeline).click();
      const chart = page.getByTestId('timeline-chart');
      await expect(chart.locator('canvas')).toHaveCount(1);
      const box = (await chart.boundingBox())!;
      await page.mouse.move(box.x + box.width - 46, box.y + box.height / 2);
      const tooltip = page.locator('.timeline-tooltip');
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText(lang === 'en' ? `Visit with ${both}` : `拜访：${both}`);
      await expect(tooltip).toContainText(lang === 'en' ? 'Agreed: Send samples' : '约定：送样品');
      await page.screenshot({ path: `${SHOTS}/flow-timeline-${lang}.png` });

      // What changed (default range ends today): the visit held and its next step agreed.
      await v.tab(v.w.changes).click();
      const held = page.getByRole('list', { name: new RegExp(lang === 'en' ? 'Visits held' : '已进行的拜访') });
      await expect(held.getByRole('listitem')).toHaveCount(1);
      await expect(held).toContainText(s.b.name);
      const steps = page.getByRole('list', { name: new RegExp(lang === 'en' ? '^Next steps' : '^下一步') });
      await expect(steps).toContainText(lang === 'en' ? 'agreed' : '约定');
      expect(powermap.pageErrors).toEqual([]);
    });

    test('"No next step" needs a reason and shows the warning; a service error is shown in words next to its field', async ({ page, powermap }) => {
      const { s, v } = await openSample(page, powermap, lang);
      await v.clickNode(s.a.id);
      await v.openTab();
      await page.getByRole('button', { name: v.w.log, exact: true }).click();
      await expect(v.dialog.locator('.attendee-row')).toHaveCount(1);

      // The service refuses a next step due before the visit: the words under "Due", with the date written out.
      await v.field(v.w.nextWhat).fill('X');
      await v.field(v.w.nextDue).fill(addDays(s.today, -1));
      await v.field(v.w.nextWhat).press('Enter');
      const day = formatDay(s.today, lang);
      await expect(v.field(v.w.nextDue)).toHaveAttribute('aria-invalid', 'true');
      await expect(await v.errorOf(v.w.nextDue)).toHaveText(lang === 'en' ? `The next step cannot be due before the visit (${day}).` : `下一步的截止日期不能早于拜访日期（${day}）。`);
      await expect(v.dialog).not.toContainText('{{');
      expect(await powermap.call<Visit[]>('listVisits', { accountId: s.account.id })).toHaveLength(0);

      // No next step: the method's warning in words, and a reason is required.
      await v.field(v.w.noNext).check();
      await expect(v.field(v.w.nextWhat)).toHaveCount(0);
      await expect(v.dialog.getByRole('note')).toContainText(lang === 'en' ? 'one of the method’s mistakes' : '没有下一步的行动安排是拜访的大忌');
      await v.dialog.getByRole('button', { name: v.w.save }).click();
      await expect(v.field(v.w.noNextReason)).toHaveAttribute('aria-invalid', 'true');
      await expect(await v.errorOf(v.w.noNextReason)).toHaveText(lang === 'en' ? 'Say why there is no next step, or enter one.' : '请写明没有下一步的原因，或填写下一步。');
      expect(await powermap.call<Visit[]>('listVisits', { accountId: s.account.id })).toHaveLength(0);
      await page.screenshot({ path: `${SHOTS}/no-next-${lang}.png` });

      const reason = lang === 'en' ? 'They are reorganising; call in two weeks' : '对方正在调整组织，两周后再联系';
      await v.field(v.w.noNextReason).fill(reason);
      await v.field(v.w.noNextReason).press('Enter');
      await expect(v.dialog).toHaveCount(0);
      const [saved] = await powermap.call<Visit[]>('listVisits', { accountId: s.account.id });
      expect([saved!.nextStep, saved!.noNextStepReason]).toEqual([null, reason]);
      const item = v.list.getByRole('listitem').first();
      await expect(item).toContainText(lang === 'en' ? `No next step: ${reason}` : `没有下一步：${reason}`);
      await expect(item.getByRole('img', { name: lang === 'en' ? 'Warning: no next step' : '警告：没有下一步' })).toBeVisible();

      // Edit, then delete (confirmed): the visit goes, what it changed on the map stays.
      await item.getByRole('button', { name: new RegExp(lang === 'en' ? '^Edit the visit' : '^编辑') }).click();
      await expect(v.field(v.w.noNext)).toBeChecked();
      await expect(v.field(v.w.noNextReason)).toHaveValue(reason);
      await page.keyboard.press('Escape');
      await expect(v.dialog).toHaveCount(0);
      await item.getByRole('button', { name: new RegExp(lang === 'en' ? '^Delete the visit' : '^删除') }).click();
      await page.getByRole('dialog').getByRole('button', { name: lang === 'en' ? 'Delete visit' : '删除拜访' }).click();
      await expect(v.list).toHaveCount(0);
      expect(await powermap.call<Visit[]>('listVisits', { accountId: s.account.id })).toHaveLength(0);
      const after = await powermap.call<AccountMap>('getAccountMap', { accountId: s.account.id });
      expect(after.people.find((p) => p.id === s.a.id)!.met).toBe(true);
      expect(powermap.pageErrors).toEqual([]);
    });

    test('keyboard only: shortcut, fill, Ctrl+Enter — the key presses are counted', async ({ page, powermap }) => {
      const { s, v } = await openSample(page, powermap, lang);
      // The prefill (two people picked on the map) happens before the count starts.
      await pickBoth(v, s);
      let keys = 0;
      const press = async (key: string) => {
        keys += 1;
        await page.keyboard.press(key);
      };
      const isFocused = (target: ReturnType<VisitsPage['field']>) => target.evaluate((el) => el === document.activeElement);
      /** Tab until the field has focus, counting each press; fails if it takes more than a whole form. */
      const tabTo = async (target: ReturnType<VisitsPage['field']>) => {
        for (let i = 0; i < 30 && !(await isFocused(target)); i += 1) await press('Tab');
        await expect(target).toBeFocused();
      };

      await press('Control+Shift+L');
      await expect(v.dialog).toBeVisible();
      await expect(v.field(v.w.date)).toBeFocused();
      await expect(v.dialog.locator('.attendee-row')).toHaveCount(2);
      await tabTo(v.stance(s.b.name));
      await press('ArrowDown');
      await press('ArrowDown');
      await expect(v.stance(s.b.name)).toHaveValue('supporter');
      await tabTo(v.field(v.w.nextWhat));
      const what = lang === 'en' ? 'Bring an engineer' : '带工程师来';
      await page.keyboard.type(what);
      await press('Control+Enter');
      await expect(v.dialog).toHaveCount(0);

      const [saved] = await powermap.call<Visit[]>('listVisits', { accountId: s.account.id });
      expect(saved!.attendees.map((a) => [a.personId, a.stanceAfter])).toEqual([[s.a.id, null], [s.b.id, 'supporter']]);
      expect(saved!.nextStep).toMatchObject({ what, due: addDays(s.today, 7), owner: 'us' });
      await expect.poll(() => v.nodeStance(s.b.id)).toBe('supporter');
      test.info().annotations.push({ type: 'key presses', description: `${keys} (plus the typed next step)` });
      console.log(`[visits ${lang}] keyboard-only visit: ${keys} key presses plus the typed next step`);
      expect(keys).toBeLessThanOrEqual(20);
    });

    test('the form keeps focus inside, Tab follows the visual order, Escape cancels and focus returns to the opener', async ({ page, powermap }) => {
      const { s, v } = await openSample(page, powermap, lang);
      await pickBoth(v, s);
      await v.openTab();
      const opener = page.getByRole('button', { name: v.w.log, exact: true });
      await opener.focus();
      await page.keyboard.press('Enter');
      await expect(v.field(v.w.date)).toBeFocused();

      // One full round of Tab: every stop is below, or to the right on the same line, of the one before; then back to Date.
      // (A date input takes several Tabs itself, one per part of the date; it counts as one stop.)
      const stops: Array<{ id: string; top: number; left: number; label: string }> = [];
      for (let i = 0; i < 80; i += 1) {
        const at = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const r = el.getBoundingClientRect();
          // Inside the scrolling body: its position in the body; the action bar sits below the whole body.
          const scroller = el.closest('.visit-form-body');
          const top = scroller ? r.top + scroller.scrollTop : r.top + 100_000;
          return { id: el.id || `${el.tagName}:${el.textContent}`, top, left: r.left, label: el.getAttribute('aria-label') || el.id || el.tagName };
        });
        if (stops.length > 1 && at.id === stops[0]!.id) break;
        if (stops.at(-1)?.id !== at.id) stops.push(at);
        await page.keyboard.press('Tab');
      }
      await expect(v.field(v.w.date)).toBeFocused();
      expect(stops.length).toBeGreaterThan(12);
      for (let i = 1; i < stops.length; i += 1) {
        const [a, b] = [stops[i - 1]!, stops[i]!];
        const sameLine = Math.abs(b.top - a.top) <= 30;
        expect(sameLine ? b.left > a.left : b.top > a.top, `stop ${i} (${b.label}) after ${a.label}`).toBe(true);
      }
      await page.keyboard.press('Shift+Tab');
      await expect(v.dialog.getByRole('button', { name: v.w.save })).toBeFocused();

      await page.keyboard.press('Escape');
      await expect(v.dialog).toHaveCount(0);
      await expect(opener).toBeFocused();
      expect(await powermap.call<Visit[]>('listVisits', { accountId: s.account.id })).toHaveLength(0);
    });

    test('plan a visit, then log it when it has happened', async ({ page, powermap }) => {
      const { s, v } = await openSample(page, powermap, lang);
      await v.clickNode(s.a.id);
      await v.openTab();
      await page.getByRole('button', { name: v.w.plan, exact: true }).click();
      await expect(v.field(v.w.date)).toHaveAttribute('data-value', addDays(s.today, 7));
      await expect(v.field(v.w.nextWhat)).toHaveCount(0);
      await expect(v.stance(s.a.name)).toHaveCount(0);
      await v.field(lang === 'en' ? 'Objective (set beforehand)' : '拜访目标（事先设定）').fill(lang === 'en' ? 'Meet the budget owner' : '见预算负责人');
      await v.dialog.getByRole('button', { name: lang === 'en' ? 'Save plan' : '保存计划' }).click();
      await expect(v.dialog).toHaveCount(0);
      const item = v.list.getByRole('listitem').first();
      await expect(item).toContainText(lang === 'en' ? 'Planned' : '计划中');
      let [plan] = await powermap.call<Visit[]>('listVisits', { accountId: s.account.id });
      expect([plan!.status, plan!.date]).toEqual(['planned', addDays(s.today, 7)]);
      const before = await powermap.call<AccountMap>('getAccountMap', { accountId: s.account.id });
      expect(before.people.find((p) => p.id === s.a.id)!.met).toBe(false);

      // Log it: held today (the plan's day is still ahead), now with the outcome fields.
      await item.getByRole('button', { name: new RegExp(lang === 'en' ? '^Log the visit planned' : '^将计划于') }).click();
      await expect(v.field(v.w.date)).toHaveAttribute('data-value', s.today);
      await v.field(v.w.nextWhat).fill(lang === 'en' ? 'Send the proposal' : '发方案');
      await v.dialog.getByRole('button', { name: v.w.save }).click();
      await expect(v.dialog).toHaveCount(0);
      [plan] = await powermap.call<Visit[]>('listVisits', { accountId: s.account.id });
      expect([plan!.status, plan!.date, plan!.objective, plan!.nextStep?.what]).toEqual(['logged', s.today, lang === 'en' ? 'Meet the budget owner' : '见预算负责人', lang === 'en' ? 'Send the proposal' : '发方案']);
      const after = await powermap.call<AccountMap>('getAccountMap', { accountId: s.account.id });
      expect(after.people.find((p) => p.id === s.a.id)!.met).toBe(true);
      expect(powermap.pageErrors).toEqual([]);
    });

    test('the attendee search matches pinyin and Backspace removes the last attendee', async ({ page, powermap }) => {
      const { s, v } = await openSample(page, powermap, lang);
      const wangLi = s.map.people.find((p) => p.name === (lang === 'en' ? 'Wang Li' : '王丽'))!;
      await v.clickNode(s.a.id);
      await v.openTab();
      await page.getByRole('button', { name: v.w.log, exact: true }).click();
      const search = v.field(v.w.attendeeSearch);
      await search.fill('wl');
      await expect(v.dialog.getByRole('listbox').getByRole('option').first()).toContainText(wangLi.name);
      await search.press('Enter');
      await expect(v.dialog.locator('.attendee-row')).toHaveCount(2);
      await expect(v.dialog.locator('.attendee-row').nth(1)).toContainText(wangLi.name);
      await expect(search).toHaveValue('');
      await search.press('Backspace');
      await expect(v.dialog.locator('.attendee-row')).toHaveCount(1);
      await v.dialog.getByRole('button', { name: v.w.remove(s.a.name) }).click();
      await expect(v.dialog.locator('.attendee-row')).toHaveCount(0);
      await v.field(v.w.nextWhat).fill('X');
      await v.dialog.getByRole('button', { name: v.w.save }).click();
      await expect(v.dialog.getByRole('alert')).toContainText(lang === 'en' ? 'Choose at least one person of the account who attended.' : '请至少选择一位参加拜访的客户人员。');
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
