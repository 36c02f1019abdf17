// Named snapshots on the sample account: create (name + day), a taken name refused in words, rename,
// compare with today (opens What changed from the snapshot's day), delete after confirming.
import { addDays } from '../../shared/history/days';
import type { Snapshot } from '../../shared/history/types';
import type { AccountSummary } from '../../shared/domain/model';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';

const SHOTS = '/tmp/shots/h9';

test('create, refuse a taken name, rename, compare with today, delete', async ({ page, powermap }) => {
  const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const today = (await powermap.call<{ to: string }>('getSupportSeries', { accountId: account!.id })).to;
  const visitDay = addDays(today, -24);
  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.openAccount(account!.name);
  await page.getByRole('tab', { name: 'Support over time' }).click();

  const section = page.getByRole('region', { name: 'Named snapshots' });
  await expect(section.getByText('No snapshots yet.')).toBeVisible();
  await expect(section.getByLabel('Day')).toHaveAttribute('data-value', today);
  await section.getByLabel('Snapshot name').fill('before visit 3 Nov');
  await section.getByLabel('Day').fill(visitDay);
  await section.getByRole('button', { name: 'Save snapshot' }).click();
  const list = section.getByRole('list', { name: 'Snapshots' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const dayText = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${visitDay}T00:00:00Z`));
  await expect(list.getByRole('listitem').first()).toContainText('before visit 3 Nov');
  await expect(list.getByRole('listitem').first()).toContainText(dayText);
  let stored = await powermap.call<Snapshot[]>('listSnapshots', { accountId: account!.id });
  expect(stored.map((s) => [s.name, s.day])).toEqual([['before visit 3 Nov', visitDay]]);

  // The same name again is refused in words; nothing is added. The day defaults back to today.
  await expect(section.getByLabel('Day')).toHaveAttribute('data-value', today);
  await section.getByLabel('Snapshot name').fill('before visit 3 Nov');
  await section.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(section.getByRole('alert')).toHaveText('This account already has a snapshot named “before visit 3 Nov”. Choose another name.');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await section.getByLabel('Snapshot name').fill('');

  // Rename.
  const actions = list.getByRole('group', { name: 'Actions for snapshot “before visit 3 Nov”' });
  await actions.getByRole('button', { name: 'Rename' }).click();
  await list.getByLabel('New name for “before visit 3 Nov”').fill('after the price letter');
  await list.getByRole('button', { name: 'Save name' }).click();
  await expect(list.getByRole('listitem').first()).toContainText('after the price letter');
  stored = await powermap.call<Snapshot[]>('listSnapshots', { accountId: account!.id });
  expect(stored.map((s) => s.name)).toEqual(['after the price letter']);
  // The snapshot is drawn on the chart as a labelled line (the 30-day range holds its day).
  await page.getByRole('group', { name: 'Time range' }).getByRole('button', { name: '30 days' }).click();
  await page.getByTestId('timeline-chart').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/snapshots-en.png` });

  // Compare with today: What changed opens on snapshot day → today, and lists what moved since.
  await list.getByRole('button', { name: 'Compare with today' }).click();
  await expect(page.getByRole('tab', { name: 'What changed' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('From', { exact: true })).toHaveAttribute('data-value', visitDay);
  await expect(page.getByLabel('To', { exact: true })).toHaveAttribute('data-value', today);
  const changes = await powermap.call<{ left: Array<{ name: string }> }>('getChanges', { accountId: account!.id, from: visitDay, to: today });
  const left = page.getByRole('list', { name: 'Left the support base' });
  await expect(left.getByRole('listitem')).toHaveCount(changes.left.length);

  // Delete after confirming; cancelling first keeps it.
  await page.getByRole('tab', { name: 'Support over time' }).click();
  const item = section.getByRole('list', { name: 'Snapshots' }).getByRole('listitem');
  await section.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the snapshot “after the price letter”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(item).toHaveCount(1);
  await section.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete snapshot' }).click();
  await expect(section.getByText('No snapshots yet.')).toBeVisible();
  expect(await powermap.call<Snapshot[]>('listSnapshots', { accountId: account!.id })).toEqual([]);
  expect(powermap.pageErrors).toEqual([]);
});
