// One write path: a stance change costs at most 2 contract calls (the write and one refresh), and so
// does its undo (the undo answers with what it changed: no re-read of the map), counted at the
// harness's bridge; a late answer for an account the rep has left is dropped; switching accounts
// keeps the one map instance, hidden while the next account loads.
import { test, expect } from './harness/fixture';
import { AppPage, literal } from './pages/AppPage';
import { PersonPanel } from './pages/PersonPanel';
import type { AccountMap } from '../../shared/domain/model';

test('a stance change costs at most 2 contract calls', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);
  await app.waitForNodes(25);
  const [first] = await powermap.call<{ id: string }[]>('listAccounts', {});
  const was = (await powermap.call<AccountMap>('getAccountMap', { accountId: first!.id })).people.find((p) => p.name === 'Sun Meihua')!.stance;
  expect(was).not.toBe('ally');
  await panel.select('Sun Meihua');
  // Let everything the selection asked for answer first.
  await page.waitForTimeout(1500);
  powermap.calls.length = 0;
  await panel.field('Stance').selectOption({ label: 'Ally' });
  await panel.save();
  await expect(page.getByRole('status')).toHaveText(/Saved/);
  await page.waitForTimeout(1500);
  expect(powermap.calls).toEqual(['updatePerson', 'getSupportTrends']);
  // The one local update reached the map without a re-read of it.
  const [account] = await powermap.call<{ id: string }[]>('listAccounts', {});
  const sun = (await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id })).people.find((p) => p.name === 'Sun Meihua')!;
  expect(sun.stance).toBe('ally');
  await expect.poll(() => page.evaluate((id) => window.__powermapGraph?.nodeStance(id) ?? null, sun.id)).toBe('ally');

  // Ctrl+Z on the map: the undo's answer patches the map; the stance is back on screen and in the database.
  await page.locator('.map-canvas').focus();
  powermap.calls.length = 0;
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.evaluate((id) => window.__powermapGraph?.nodeStance(id) ?? null, sun.id)).toBe(was);
  await expect(page.getByRole('status')).toHaveText(/Undone/);
  await page.waitForTimeout(1500);
  expect(powermap.calls).toEqual(['undo', 'getSupportTrends']);
  expect((await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id })).people.find((p) => p.id === sun.id)!.stance).toBe(was);
  await expect(panel.field('Stance')).toHaveValue(was);
});

test('a late answer for the account the rep left is dropped', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  await app.waitForNodes(25);
  const sample = (await powermap.call<{ id: string; name: string }[]>('listAccounts', {}))[0]!;
  await powermap.call('createAccount', { name: 'Empty Co' });
  await page.reload();
  await app.accountButton(literal(sample.name)).click();
  await app.waitForNodes(25);
  // Opening Empty Co answers slowly; meanwhile the rep goes back to the sample account.
  const release = powermap.hold('getAccountMap');
  await app.accountButton(/Empty Co/).click();
  await app.accountButton(literal(sample.name)).click();
  await app.waitForNodes(25);
  release();
  await page.waitForTimeout(800);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sample.name);
  await app.waitForNodes(25);
  await expect(page.locator('.map-canvas')).toBeVisible();
  expect(powermap.pageErrors).toEqual([]);
});

test('switching accounts keeps the one map, hidden until the next account has arrived', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  await app.waitForNodes(25);
  await powermap.call('createAccount', { name: 'Empty Co' });
  await page.reload();
  const sample = (await powermap.call<{ id: string; name: string }[]>('listAccounts', {})).find((a) => a.name !== 'Empty Co')!;
  await app.accountButton(literal(sample.name)).click();
  await app.waitForNodes(25);
  const canvas = page.locator('.map-canvas');
  await canvas.evaluate((el) => ((el as HTMLElement & { __mark?: boolean }).__mark = true));
  const release = powermap.hold('getAccountMap');
  await app.accountButton(/Empty Co/).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Empty Co');
  // The sample's people are still in the instance, but nothing of them shows under Empty Co's name.
  await expect(canvas).toBeHidden();
  await expect(page.getByRole('region', { name: /Relationship map/ })).toHaveCount(0);
  release();
  await expect(canvas).toBeVisible();
  await app.waitForNodes(0);
  await expect(page.getByText('No people on this map yet.', { exact: false })).toBeVisible();
  // The same map element (and so the same Cytoscape instance) served both accounts.
  expect(await canvas.evaluate((el) => (el as HTMLElement & { __mark?: boolean }).__mark === true)).toBe(true);
  expect(powermap.pageErrors).toEqual([]);
});
