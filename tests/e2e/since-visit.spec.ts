// "Since the last visit": What changed and the visit brief start at the day of the last logged visit,
// and the brief says what moved since ("Since your visit on …: support base 9 → 11, 许晶 ally → opponent,
// …, next step overdue by 4 days"), in both languages; a young account starts at its first day.
import { test, expect, type Powermap } from './harness/fixture';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import type { AccountChanges } from '../../shared/history/types';
import { addDays } from '../../shared/history/days';
import { openExportDialog, openSampleMap } from './export/exportHelpers';
import { AppPage } from './pages/AppPage';
import { manualClock } from '../../electron/service/clock';

const SHOTS = process.env.SHOTS_DIR || '/tmp/shots/h15';
const WORDS = {
  en: { tab: 'What changed', export: /^Export$/, open: 'Open visit brief…', since: 'Since your last visit', ally: 'ally', opponent: 'opponent', sentence: 'Since your visit on', overdue: 'next step overdue by 3 days', sep: ', ' },
  'zh-CN': { tab: '变化对比', export: /^导出$/, open: '打开拜访简报…', since: '自上次拜访', ally: '盟友', opponent: '反对', sentence: '拜访以来：', overdue: '下一步已逾期 3 天', sep: '、' },
} as const;

/** A visit 10 days ago with an ally, whose next step fell due 3 days ago; the ally then turns opponent today. */
async function visitThenTurn(powermap: Powermap) {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id });
  const today = (await powermap.call<{ to: string }>('getSupportSeries', { accountId: sample!.id })).to;
  const ally = map.people.find((p) => p.stance === 'ally' && !p.isTopDecisionMaker)!;
  const visitDay = addDays(today, -10);
  await powermap.call('createVisit', { accountId: sample!.id, date: visitDay, kind: 'visit', attendees: [{ personId: ally.id }], nextStep: { what: 'Trial order', due: addDays(today, -3), owner: 'us' } });
  await powermap.call('updatePerson', { id: ally.id, patch: { stance: 'opponent' } });
  const changes = await powermap.call<AccountChanges>('getChanges', { accountId: sample!.id, from: visitDay, to: today });
  return { sample: sample!, ally, visitDay, today, changes };
}

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`since the last visit (${lang})`, () => {
    test.use({ systemLocale: lang });
    test('What changed and the brief start at the last visit', async ({ page, powermap }) => {
      const w = WORDS[lang];
      const { ally, visitDay, changes } = await visitThenTurn(powermap);
      expect(changes.stanceMoves.map((m) => m.name)).toContain(ally.name);

      await openSampleMap(page, powermap);
      await page.getByRole('tab', { name: w.tab }).click();
      await expect(page.getByLabel(lang === 'en' ? 'From' : '从')).toHaveAttribute('data-value', visitDay);
      await expect(page.getByTestId('changes-since')).toContainText(w.since);
      await expect(page.getByTestId('changes-summary')).toContainText(`${changes.supportBase.from} → ${changes.supportBase.to}`);

      await openExportDialog(page, w.export);
      await page.getByRole('dialog').getByRole('button', { name: w.open }).click();
      await expect(page.locator('.brief[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
      const since = page.getByTestId('brief-since').first();
      await expect(since).toContainText(w.sentence);
      await expect(since).toContainText(`${changes.supportBase.from} → ${changes.supportBase.to}`);
      await expect(since).toContainText(`${ally.name} ${w.ally} → ${w.opponent}`);
      await expect(since).toContainText(w.overdue);
      if (lang === 'zh-CN') await expect(since).toContainText(/^自 \d+月\d+日 拜访以来：支持面 \d+ → \d+、/);
      // The brief's coaching has the overdue step too, from the same call as the card.
      await expect(page.locator('.brief-warnings li[data-warning="nextStepOverdue"]').first()).toBeVisible();
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: `${SHOTS}/brief-since-${lang}.png` });
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}

test.describe('a young account', () => {
  const clock = manualClock('2026-03-01T10:00:00.000Z');
  test.use({ clock });
  test('What changed starts at its first day, so the ally who turned opponent shows as a move, not as new', async ({ page, powermap }) => {
    clock.set(new Date('2026-03-01T10:00:00.000Z'));
    const account = await powermap.call<{ id: string }>('createAccount', { name: 'Young Co' });
    const { person: xu } = await powermap.call<{ person: { id: string } }>('createPerson', { accountId: account.id, name: '许晶', stance: 'ally' });
    await powermap.call('createPerson', { accountId: account.id, name: 'Li Na', stance: 'supporter' });
    clock.set(new Date('2026-03-03T10:00:00.000Z'));
    await powermap.call('updatePerson', { id: xu.id, patch: { stance: 'opponent' } });
    clock.set(new Date('2026-03-05T10:00:00.000Z'));
    await powermap.open();
    const app = new AppPage(page, 'en');
    await app.openAccount('Young Co');
    await app.waitForNodes(2);
    await page.getByRole('tab', { name: 'What changed' }).click();
    await expect(page.getByLabel('From')).toHaveAttribute('data-value', '2026-03-01');
    await expect(page.getByTestId('changes-since')).toContainText('Since the account’s first day');
    const moved = page.getByRole('list', { name: 'Changed stance' });
    await expect(moved.getByRole('listitem')).toHaveCount(1);
    await expect(moved).toContainText('许晶');
    await expect(moved).toContainText('Ally → Opponent');
    // Nobody shows as "not on the map → supporter": they were there on the first day.
    await expect(page.getByRole('list', { name: 'Joined the support base' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Added to the map' })).toHaveCount(0);
    expect(powermap.pageErrors).toEqual([]);
  });
});
