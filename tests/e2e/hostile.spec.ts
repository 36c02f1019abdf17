// Hostile strings that are valid text are stored and shown verbatim, and never run or break anything.
import { test, expect } from './harness/fixture';
import { AppPage, literal } from './pages/AppPage';
import { PersonPanel } from './pages/PersonPanel';
import { shot } from './harness/shots';

test.use({ seedSample: false });

const SCRIPT = '<script>alert(1)</script>';
const SQL = "'; DROP TABLE people; --";
const RTL = 'Ahmed \u202Ereversed\u202C Ali';
const EMOJI = 'Mia 👶🍼 Chen';
const IMG = '<img src=x onerror=alert(2)>';

test('script tags, SQL, RTL marks and emoji are shown verbatim and harmlessly', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);

  await app.createAccount(SCRIPT);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCRIPT);
  await expect(app.accountButton(literal(SCRIPT))).toBeVisible();

  for (const [name, title] of [[SQL, IMG], [RTL, 'Buyer'], [EMOJI, '采购 👍']] as const) await panel.addPerson({ name, title });
  await app.waitForNodes(3);
  await panel.backToList();
  for (const name of [SQL, RTL, EMOJI]) await expect(panel.peopleList.getByText(name, { exact: true })).toBeVisible();
  await expect(panel.peopleList.getByText(IMG, { exact: true })).toBeVisible();

  // The map labels carry the same text (canvas text, never parsed as HTML).
  const labels = await Promise.all((await powermap.app.store.db.prepare('SELECT id FROM people').all() as Array<{ id: string }>).map((p) => app.nodeLabel(p.id)));
  expect(labels.sort()).toEqual([`${EMOJI}\n采购 👍`, `${RTL}\nBuyer`, `${SQL}\n${IMG}`].sort());
  await shot(page, 'hostile');

  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(powermap.dialogs).toEqual([]);
  expect(powermap.pageErrors).toEqual([]);

  const db = powermap.app.store.db;
  const names = (db.prepare('SELECT name, title FROM people ORDER BY name').all() as Array<{ name: string; title: string }>).map((r) => r.name).sort();
  expect(names).toEqual([SQL, RTL, EMOJI].sort());
  expect((db.prepare('SELECT name FROM accounts').get() as { name: string }).name).toBe(SCRIPT);
  expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'people'").get()).toBeTruthy();

  await powermap.restartService();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCRIPT);
  for (const name of [SQL, RTL, EMOJI]) await expect(panel.peopleList.getByText(name, { exact: true })).toBeVisible();
  expect(powermap.dialogs).toEqual([]);
});
