// Accounts: rename, archive / unarchive, filter, delete with a confirmation that names the counts.
import { test, expect } from './harness/fixture';
import { AppPage, literal } from './pages/AppPage';
import { shot } from './harness/shots';
import type { AccountSummary } from '../../shared/domain/model';

test('rename, archive, unarchive, filter and delete; a deleted sample does not come back', async ({ page, powermap }) => {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  await powermap.open();
  const app = new AppPage(page);
  await app.createAccount('Rainbow Kids');
  await app.createAccount('Sunny Babies');
  await expect(app.accountList.getByRole('listitem')).toHaveCount(3);

  // filter
  await page.getByLabel('Filter accounts by name').fill('sun');
  await expect(app.accountList.getByRole('listitem')).toHaveCount(1);
  await expect(app.accountList).toContainText('Sunny Babies');
  await page.getByLabel('Filter accounts by name').fill('zzz');
  await expect(page.getByText('No account matches “zzz”.')).toBeVisible();
  await page.getByLabel('Filter accounts by name').fill('');

  // rename
  await app.openAccount('Rainbow Kids');
  await page.getByRole('group', { name: 'Actions for Rainbow Kids' }).getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name for Rainbow Kids').fill('Rainbow Kids Group');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rainbow Kids Group');

  // archive, hidden until "Show archived", then unarchive
  await page.getByRole('group', { name: 'Actions for Rainbow Kids Group' }).getByRole('button', { name: 'Archive' }).click();
  await expect(app.accountButton(/Rainbow Kids Group/)).toHaveCount(0);
  await page.getByLabel('Show archived').check();
  await expect(app.accountButton(/Rainbow Kids Group/)).toContainText('Archived');
  await app.accountButton(/Rainbow Kids Group/).click();
  await page.getByRole('group', { name: 'Actions for Rainbow Kids Group' }).getByRole('button', { name: 'Unarchive' }).click();
  await expect(app.accountButton(/Rainbow Kids Group/)).not.toContainText('Archived');
  await page.getByLabel('Show archived').uncheck();
  await expect(app.accountButton(/Rainbow Kids Group/)).toBeVisible();
  await shot(page, 'accounts-list');

  // delete the sample, with the counts in the confirmation
  await app.openAccount(sample!.name);
  await page.getByRole('group', { name: `Actions for ${sample!.name}` }).getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${sample!.name}?` });
  await expect(dialog).toContainText(`This deletes ${sample!.peopleCount} people and ${sample!.relationshipCount} relationships.`);
  await shot(page, 'accounts-delete-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await powermap.call<AccountSummary[]>('listAccounts', {})).toHaveLength(3);

  await page.getByRole('group', { name: `Actions for ${sample!.name}` }).getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete account' }).click();
  await expect(app.accountButton(literal(sample!.name))).toHaveCount(0);
  const db = powermap.app.store.db;
  expect((db.prepare('SELECT count(*) AS n FROM people WHERE account_id = ?').get(sample!.id) as { n: number }).n).toBe(0);

  await powermap.restartService();
  await expect(app.accountList.getByRole('listitem')).toHaveCount(2);
  await expect(app.accountButton(literal(sample!.name))).toHaveCount(0);
  expect((await powermap.call<AccountSummary[]>('listAccounts', { includeArchived: true })).map((a) => a.name).sort()).toEqual(['Rainbow Kids Group', 'Sunny Babies']);
  expect(powermap.dialogs).toEqual([]);
});
