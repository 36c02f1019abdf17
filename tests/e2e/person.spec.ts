// The person panel: every field saved, the top decision-maker flag moves (and the UI says so),
// selecting on the map, and delete with a confirmation.
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { PersonPanel } from './pages/PersonPanel';
import { shot } from './harness/shots';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';

test.use({ seedSample: false });

test('edit every field, move the top decision-maker, select on the map, delete', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);
  await app.createAccount('Bright Start');
  await panel.addPerson({ name: 'Alice Wang', title: 'General Manager', topDecisionMaker: true, met: true });
  await panel.addPerson({ name: 'Bob Li', title: 'Buyer' });
  await panel.addRelationship('influences', 'Alice Wang', 1);

  await panel.fill({ department: 'Purchasing', buyingRole: 'Influencer', stance: 'Supporter', topDecisionMaker: true, met: true, lastContact: '2026-10-01', notes: 'Needs: on-shelf availability.\nWants: a lower price.' });
  await panel.field('Authority (1–5)').selectOption('5');
  await panel.field('Expertise (1–5)').selectOption('4');
  await panel.field('Access to the top decision-maker (1–5)').selectOption('2');
  await panel.save();
  await expect(page.getByRole('status')).toHaveText(/Bob Li is now the top decision-maker; Alice Wang no longer is\./);
  await shot(page, 'person-tdm-moved');

  const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id });
  const bob = map.people.find((p) => p.name === 'Bob Li')!;
  const alice = map.people.find((p) => p.name === 'Alice Wang')!;
  expect(bob).toMatchObject({ department: 'Purchasing', buyingRole: 'influencer', stance: 'supporter', isTopDecisionMaker: true, authority: 5, expertise: 4, accessToTop: 2, met: true, lastContact: '2026-10-01', notes: 'Needs: on-shelf availability.\nWants: a lower price.' });
  expect(alice.isTopDecisionMaker).toBe(false);
  await expect(panel.root.getByRole('heading', { level: 2 })).toContainText('Top decision-maker');

  // Tapping a node on the map selects that person.
  await panel.backToList();
  const box = (await app.mapRegion.boundingBox())!;
  const at = (await app.renderedPosition(alice.id))!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await panel.expectSelected('Alice Wang');
  await expect(panel.relationshipList).toContainText('Influenced by Bob Li (strength 1)');

  // Delete Bob: the dialog names him and his relationships.
  await panel.select('Bob Li');
  await panel.root.getByRole('button', { name: 'Delete person…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Bob Li?' });
  await expect(dialog).toContainText('This deletes Bob Li and the relationships linked to them (1).');
  await dialog.getByRole('button', { name: 'Delete person' }).click();
  await expect(page.getByRole('status')).toHaveText(/Deleted Bob Li\./);
  await app.waitForNodes(1);
  await expect(panel.peopleList.getByRole('button')).toHaveCount(1);
  const db = powermap.app.store.db;
  expect((db.prepare('SELECT count(*) AS n FROM relationships').get() as { n: number }).n).toBe(0);
  expect(powermap.pageErrors).toEqual([]);
});

// "Not rated" is a state: a new person starts not rated (stored as NULL), the form, the score
// breakdown and the ranking say so in the rep's language, and a rating can be taken back.
const NOT_RATED = {
  en: { locale: 'en-US', save: 'Save new person', saveChanges: 'Save changes', name: 'Name', authority: 'Authority (1–5)', expertise: 'Expertise (1–5)', access: 'Access to the top decision-maker (1–5)', notRated: 'Not rated', part: 'authority (not rated) 18', ranking: 'Ranking', tag: 'not rated: authority, expertise, access to top' },
  'zh-CN': { locale: 'zh-CN', save: '保存新人物', saveChanges: '保存修改', name: '姓名', authority: '职权（1–5）', expertise: '专业度（1–5）', access: '接近最高决策者的程度（1–5）', notRated: '未评分', part: '职权（未评分） 18', ranking: '影响力排名', tag: '未评分：职权、专业、接近最高决策者' },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`not rated (${lang})`, () => {
    test.use({ systemLocale: NOT_RATED[lang].locale, viewport: { width: 1366, height: 768 } });

    test('a new person is not rated everywhere; a rating can be given and taken back', async ({ page, powermap }) => {
      const w = NOT_RATED[lang];
      await powermap.open();
      const app = new AppPage(page, lang);
      const panel = new PersonPanel(page);
      await app.createAccount(lang === 'en' ? 'Bright Start' : '贝乐母婴');
      await page.getByRole('button', { name: app.words.addPerson }).click();
      // The new-person form starts not rated (the same default as the service and the import).
      for (const label of [w.authority, w.expertise, w.access]) await expect(panel.field(label).locator('option:checked')).toHaveText(w.notRated);
      await panel.field(w.name).fill('Liu Ting');
      await panel.root.getByRole('button', { name: w.save }).click();
      await panel.expectSelected('Liu Ting');

      const stored = () => powermap.app.store.db.prepare("SELECT authority, expertise, access_to_top FROM people WHERE name = 'Liu Ting'").get();
      expect(stored()).toEqual({ authority: null, expertise: null, access_to_top: null });
      for (const label of [w.authority, w.expertise, w.access]) await expect(panel.field(label).locator('option:checked')).toHaveText(w.notRated);
      await expect(panel.root.locator('.influence-card .breakdown')).toContainText(w.part);
      await shot(page, `person-not-rated-${lang}-1366x768`);

      // Rate authority 4, save; then take it back to not rated.
      await panel.field(w.authority).selectOption('4');
      await panel.root.getByRole('button', { name: w.saveChanges }).click();
      await expect.poll(stored).toEqual({ authority: 4, expertise: null, access_to_top: null });
      await expect(panel.root.locator('.influence-card .breakdown')).not.toContainText(w.part);
      await panel.field(w.authority).selectOption({ label: w.notRated });
      await panel.root.getByRole('button', { name: w.saveChanges }).click();
      await expect.poll(stored).toEqual({ authority: null, expertise: null, access_to_top: null });
      await expect(panel.root.locator('.influence-card .breakdown')).toContainText(w.part);

      // The ranking table says which ratings are missing.
      await page.getByRole('tab', { name: w.ranking }).click();
      await expect(page.locator('tr.rank-row .rank-unrated').first()).toHaveText(w.tag);
      await shot(page, `ranking-not-rated-${lang}-1366x768`);
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}

test('opening a person hides the people list rather than rebuilding it; Back shows the same list again', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);
  await app.createAccount('Kept List Co');
  await panel.addPerson({ name: 'Alice Wang', title: 'General Manager' });
  await panel.addPerson({ name: 'Bob Li', title: 'Buyer' });
  await panel.backToList();
  await expect(panel.peopleList).toBeVisible();
  await panel.peopleList.evaluate((el) => ((el as HTMLElement & { __mark?: boolean }).__mark = true));
  await panel.select('Bob Li');
  // One panel at a time: the list is out of sight (and out of the accessibility tree) while Bob is open.
  await expect(panel.peopleList).toBeHidden();
  await expect(page.getByRole('list', { name: /people/i })).toHaveCount(0);
  // An edit made meanwhile is in the list when it comes back.
  await panel.fill({ stance: 'Ally' });
  await panel.save();
  await expect(page.getByRole('status')).toHaveText(/Saved/);
  await panel.backToList();
  await expect(panel.peopleList).toBeVisible();
  await expect(panel.peopleList.locator('li', { hasText: 'Bob Li' }).locator('.tag').first()).toHaveText('Ally');
  expect(await panel.peopleList.evaluate((el) => (el as HTMLElement & { __mark?: boolean }).__mark === true)).toBe(true);
  expect(powermap.pageErrors).toEqual([]);
});
