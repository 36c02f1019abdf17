// Next steps as the rep's agenda, in both languages: visits seeded across three accounts with steps
// overdue / this week / later; the accounts list's visit line and the overdue badge; the groups and
// their order with "overdue by N days"; a person opens their account and is selected and centred on
// the map; Done moves a step to Done and offers to log the visit (Reopen undoes); the calendar file
// is saved through the save path and parses. Screenshots at 1366×768 and 1024×700.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fixedClock } from '../../electron/service/clock';
import type { NextStepItem } from '../../shared/visits/model';
import { test, expect, type Powermap } from './harness/fixture';
import { shot } from './harness/shots';

const TODAY = '2026-11-27';

const WORDS = {
  en: {
    button: /^Next steps/,
    buttonOverdue: (n: number) => `Next steps, ${n} overdue`,
    groups: ['Overdue (2)', 'This week (1)', 'Later (1)'],
    overdue4: 'overdue by 4 days',
    overdue1: 'overdue by 1 day',
    in3: 'in 3 days',
    dueOn: 'Due Nov 23, 2026',
    done: (what: string) => `Mark “${what}” as done`,
    doneNotice: 'Log the visit where this was done?',
    logVisit: 'Log the visit',
    logTitle: 'Log a visit',
    reopen: 'Reopen',
    showDone: 'Show done',
    doneGroup: 'Done (1)',
    export: 'Export to calendar (.ics)…',
    saved: /^Saved: /,
    accountNextOverdue: 'Overdue Nov 23: ',
    accountNext: 'Next step Nov 30: ',
    lastVisit: (d: string) => `Last visit ${d}`,
    summary: (what: string, account: string) => `Next step: ${what} — ${account}`,
    list: 'Account list',
  },
  'zh-CN': {
    button: /^下一步/,
    buttonOverdue: (n: number) => `下一步，${n} 项逾期`,
    groups: ['逾期（2）', '本周（1）', '以后（1）'],
    overdue4: '逾期 4 天',
    overdue1: '逾期 1 天',
    in3: '3 天后',
    dueOn: '2026年11月23日 到期',
    done: (what: string) => `将“${what}”标为完成`,
    doneNotice: '要记录完成它的那次拜访吗？',
    logVisit: '记录拜访',
    logTitle: '记录拜访',
    reopen: '重新打开',
    showDone: '显示已完成',
    doneGroup: '已完成（1）',
    export: '导出到日历 (.ics)…',
    saved: /^已保存：/,
    accountNextOverdue: '逾期 11月23日：',
    accountNext: '下一步 11月30日：',
    lastVisit: (d: string) => `上次拜访 ${d}`,
    summary: (what: string, account: string) => `下一步：${what} — ${account}`,
    list: '客户列表',
  },
} as const;

const STEPS = {
  sample: '寄送试用装样品，并确认首批试用订单的数量与价格',
  price: 'Send the price list, with the volume discount',
  engineer: '安排工程师上门演示',
  later: 'Invite 王总 to the spring trade fair',
};

interface Seeded {
  babyjoy: { id: string; name: string; sun: string; xu: string };
  acme: { id: string; name: string; wang: string };
  kids: { id: string; name: string };
}

async function seed(powermap: Powermap): Promise<Seeded> {
  const account = (name: string) => powermap.call<{ id: string; name: string }>('createAccount', { name });
  const person = async (accountId: string, name: string, stance = 'neutral') =>
    (await powermap.call<{ person: { id: string } }>('createPerson', { accountId, name, stance })).person.id;
  const visit = (accountId: string, date: string, attendees: string[], what: string, due: string, owner: 'us' | 'them') =>
    powermap.call('createVisit', { accountId, date, kind: 'visit', attendees: attendees.map((personId) => ({ personId })), nextStep: { what, due, owner } });

  const b = await account('贝乐母婴连锁（华东）');
  const sun = await person(b.id, '孙美华', 'skeptic');
  const xu = await person(b.id, '许晶', 'supporter');
  await person(b.id, '王丽');
  const a = await account('Acme Kids, East; HQ');
  const wang = await person(a.id, 'Wang Li');
  await person(a.id, 'Zhao Min');
  const k = await account('童乐坊');
  const zhou = await person(k.id, '周强');

  await visit(b.id, '2026-11-10', [sun, xu], STEPS.sample, '2026-11-23', 'us'); // overdue by 4 days
  await visit(a.id, '2026-11-20', [wang], STEPS.price, '2026-11-26', 'them'); // overdue by 1 day
  await visit(k.id, '2026-11-25', [zhou], STEPS.engineer, '2026-11-30', 'us'); // this week, in 3 days
  await visit(b.id, '2026-11-26', [sun], STEPS.later, '2026-12-20', 'us'); // later
  return { babyjoy: { ...b, sun, xu }, acme: { ...a, wang }, kids: k };
}

const agenda = (page: Page) => page.locator('section.agenda-view');
const groupHeadings = (page: Page) => agenda(page).locator('.agenda-group h3');

for (const lang of ['en', 'zh-CN'] as const) {
  const w = WORDS[lang];
  test.describe(`agenda (${lang})`, () => {
    test.use({ systemLocale: lang === 'en' ? 'en-US' : 'zh-CN', seedSample: false, clock: fixedClock(`${TODAY}T09:00:00Z`) });

    test('groups, overdue days, open a person on the map, done offers logging, calendar export', async ({ page, powermap }) => {
      const s = await seed(powermap);
      await page.setViewportSize({ width: 1366, height: 768 });
      await powermap.open();

      // The accounts list: next due step (red when overdue) and the last visit.
      const list = page.getByRole('list', { name: w.list });
      const line = (name: string) => list.locator('li.account-item', { hasText: name }).getByTestId('account-visits');
      await expect(line(s.babyjoy.name).locator('.account-next')).toHaveText(`${w.accountNextOverdue}${STEPS.sample}`);
      await expect(line(s.babyjoy.name).locator('.account-next')).toHaveCSS('color', 'rgb(198, 40, 40)');
      await expect(line(s.babyjoy.name).locator('.account-last')).toHaveText(w.lastVisit(lang === 'en' ? 'Nov 26' : '11月26日'));
      await expect(line(s.kids.name).locator('.account-next')).toHaveText(`${w.accountNext}${STEPS.engineer}`);
      await expect(line(s.kids.name).locator('.account-next')).not.toHaveClass(/overdue/);
      await shot(page, `agenda-accounts-${lang}-1366`);

      // The badge counts overdue steps; the button opens the agenda.
      const button = page.getByRole('button', { name: w.button }).first();
      await expect(button).toHaveAccessibleName(w.buttonOverdue(2));
      await expect(button.getByTestId('agenda-badge')).toHaveText('2');
      await button.click();
      await expect(agenda(page)).toBeVisible();
      await expect(groupHeadings(page)).toHaveText([...w.groups]);
      const rows = agenda(page).getByTestId('agenda-row');
      await expect(rows).toHaveCount(4);
      await expect(rows.nth(0)).toContainText(STEPS.sample);
      await expect(rows.nth(0)).toContainText(w.overdue4);
      await expect(rows.nth(0)).toContainText(w.dueOn);
      await expect(rows.nth(1)).toContainText(STEPS.price);
      await expect(rows.nth(1)).toContainText(w.overdue1);
      await expect(rows.nth(2)).toContainText(STEPS.engineer);
      await expect(rows.nth(2)).toContainText(w.in3);
      await expect(rows.nth(3)).toContainText(STEPS.later);
      await expect(agenda(page).getByTestId('agenda-group-overdue').locator('h3')).toHaveCSS('color', 'rgb(198, 40, 40)');
      await shot(page, `agenda-${lang}-1366`);
      await page.setViewportSize({ width: 1024, height: 700 });
      await shot(page, `agenda-${lang}-1024`);
      await page.setViewportSize({ width: 1366, height: 768 });

      // A person opens their account, selected in the panel and centred on the map.
      await rows.nth(0).getByRole('button', { name: '许晶', exact: true }).click();
      await expect(agenda(page)).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.babyjoy.name);
      await expect(page.locator('.person-heading')).toContainText('许晶');
      await expect
        .poll(async () => {
          const box = await page.locator('.map-canvas').boundingBox();
          const at = await page.evaluate((id) => window.__powermapGraph?.renderedPosition(id) ?? null, s.babyjoy.xu);
          return box && at ? Math.round(Math.hypot(at.x - box.width / 2, at.y - box.height / 2)) : 9999;
        })
        .toBeLessThan(40);

      // The account button opens that account.
      await button.click();
      await rows.nth(2).getByRole('button', { name: s.kids.name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.kids.name);

      // Done with one click: the step leaves Overdue, the badge drops, logging the visit is offered; Reopen undoes.
      await button.click();
      await rows.nth(1).getByRole('button', { name: w.done(STEPS.price) }).click();
      const notice = agenda(page).getByTestId('agenda-done-notice');
      await expect(notice).toContainText(w.doneNotice);
      await expect(groupHeadings(page)).toHaveText([w.groups[0].replace('2', '1'), w.groups[1], w.groups[2]]);
      await expect(button).toHaveAccessibleName(w.buttonOverdue(1));
      await notice.getByRole('button', { name: w.reopen }).click();
      await expect(notice).toBeHidden();
      await expect(groupHeadings(page)).toHaveText([...w.groups]);
      await expect(button).toHaveAccessibleName(w.buttonOverdue(2));

      await rows.nth(1).getByRole('button', { name: w.done(STEPS.price) }).click();
      await expect(notice).toContainText(w.doneNotice);
      const steps = await powermap.call<NextStepItem[]>('listNextSteps', { includeDone: true });
      expect(steps.find((x) => x.what === STEPS.price)).toMatchObject({ done: true, doneOn: TODAY });
      await page.getByLabel(w.showDone).check();
      const doneGroup = agenda(page).getByTestId('agenda-group-done');
      await expect(doneGroup.locator('summary')).toHaveText(w.doneGroup);
      await expect(doneGroup.getByTestId('agenda-row')).toBeHidden(); // folded
      await doneGroup.locator('summary').click();
      await expect(doneGroup.getByTestId('agenda-row')).toContainText(STEPS.price);
      await expect(doneGroup.getByRole('button', { name: w.reopen })).toBeVisible();
      await shot(page, `agenda-done-${lang}-1366`);

      // Export: the open steps as a calendar file through the save path.
      await agenda(page).getByRole('button', { name: w.export }).click();
      await expect(agenda(page).locator('.agenda-export-status')).toHaveText(w.saved);
      const saved = powermap.platform.saved.at(-1)!;
      expect(saved.kind).toBe('ics');
      expect(saved.fileName).toMatch(/\.ics$/);
      const text = readFileSync(saved.path, 'utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      for (const l of text.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual([
        w.summary(STEPS.sample, s.babyjoy.name),
        w.summary(STEPS.engineer, s.kids.name),
        w.summary(STEPS.later, s.babyjoy.name),
      ]);
      expect(String(events[0]!.getFirstPropertyValue('dtstart'))).toBe('2026-11-23');
      expect(String(events[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-P1D');
      expect(String(events[0]!.getFirstPropertyValue('description'))).toContain('孙美华');

      // Log the visit: the agenda closes on the step's account (the visit form opens there with its people).
      await notice.getByRole('button', { name: w.logVisit }).click();
      await expect(agenda(page)).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.acme.name);
      const form = page.getByRole('dialog', { name: w.logTitle });
      await expect(form).toBeVisible();
      await expect(form.locator('.attendee-row')).toHaveCount(1);
      await expect(form.locator('.attendee-row').first()).toContainText('Wang Li');
      await page.keyboard.press('Escape');
      await expect(form).toBeHidden();

      // Opening another account from the list puts the agenda aside.
      await button.click();
      await expect(agenda(page)).toBeVisible();
      await list.getByRole('button', { name: new RegExp(`^${s.kids.name}`) }).click();
      await expect(agenda(page)).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.kids.name);

      // The accounts list at the narrow size too.
      await page.setViewportSize({ width: 1024, height: 700 });
      await shot(page, `agenda-accounts-${lang}-1024`);
      expect(powermap.pageErrors).toEqual([]);
      expect(powermap.dialogs).toEqual([]);
    });
  });
}
