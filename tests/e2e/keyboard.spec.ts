// The main tasks with the keyboard alone: add a person, link two people, change a stance, delete,
// search, export; the command palette (pinyin too), the shortcuts list, and keys never firing while typing.
import { test, expect } from './harness/fixture';
import type { Locator, Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';

test.use({ seedSample: false });

/** Presses Tab until `target` has the focus (at most `max` presses), like a rep would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<number> {
  for (let i = 1; i <= max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return i;
  }
  throw new Error(`not reached with ${max} Tab presses`);
}

const mapOf = async (powermap: { call<T>(m: string, i?: unknown): Promise<T> }): Promise<AccountMap> => {
  const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
  return powermap.call<AccountMap>('getAccountMap', { accountId: account!.id });
};

test('add, link, change a stance, delete, search and export with the keyboard alone', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  await app.createAccount('Keys Co');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keys Co');
  const panel = page.locator('aside.right-panel');
  await page.keyboard.press('Escape');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  // N: the new-person form opens with the focus in Name; Enter saves.
  for (const name of ['Alice Wang', 'Bob Li', 'Carol Zhou']) {
    await page.keyboard.press('n');
    await expect(panel.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText(`Added ${name}.`);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  await app.waitForNodes(3);

  // Ctrl+F: search; typing "bl" finds Bob Li; Enter selects him.
  await page.keyboard.press('Control+f');
  const search = page.getByRole('combobox', { name: 'Find a person' });
  await expect(search).toBeFocused();
  await page.keyboard.type('bl');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Bob Li');

  // Link Bob → Alice through the relationship form, by Tab and typing.
  await tabTo(page, panel.getByRole('button', { name: /Add relationship/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, panel.getByLabel('Other person', { exact: true }), 5);
  await page.keyboard.type('Alice');
  await tabTo(page, panel.getByRole('button', { name: 'Add', exact: true }), 5);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('list', { name: 'Relationships' })).toContainText('Alice Wang');

  // Change Bob's stance: Tab to Stance, type, Tab to Save, Enter.
  await tabTo(page, panel.getByLabel('Stance', { exact: true }));
  await page.keyboard.type('Ally');
  await tabTo(page, panel.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Saved Bob Li.');

  // Delete Carol from the map: Tab into the map, arrow keys move the ring, Delete asks, Enter on the confirm button.
  const map = page.getByRole('region', { name: 'Relationship map of Keys Co' });
  await tabTo(page, map, 120);
  const focusLine = page.getByTestId('map-focus');
  await expect(focusLine).toContainText(/Bob Li/); // starts on the selected person
  const people = await mapOf(powermap);
  const carol = people.people.find((p) => p.name === 'Carol Zhou')!;
  for (let i = 0; i < 8 && !(await focusLine.textContent())?.includes('Carol Zhou'); i += 1) {
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      if ((await focusLine.textContent())?.includes('Carol Zhou')) break;
      await page.keyboard.press(key);
    }
  }
  await expect(focusLine).toContainText('Carol Zhou');
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete Carol Zhou?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Delete person' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Deleted Carol Zhou.');
  await app.waitForNodes(2);
  await expect(map).toBeFocused(); // focus came back to the map

  // Escape clears the ring and the selection.
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('list', { name: 'People on this map' })).toBeVisible();

  // Export from the palette: Ctrl+K, type, Enter; the dialog starts on its first field, traps Tab; Save PNG.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('export');
  await page.keyboard.press('Enter');
  const exportDialog = page.getByRole('dialog', { name: 'Export map' });
  await expect(exportDialog).toBeVisible();
  await expect.poll(() => exportDialog.evaluate((d) => d.contains(document.activeElement) && document.activeElement?.tagName)).toBe('INPUT');
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    expect(await exportDialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await tabTo(page, exportDialog.getByRole('button', { name: 'Save PNG…' }), 30);
  await page.keyboard.press('Enter');
  await expect(exportDialog.getByText(/Saved:/)).toBeVisible({ timeout: 30_000 });
  expect(powermap.platform.saved.map((f) => f.kind)).toEqual(['png']);
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  const after = await mapOf(powermap);
  const bob = after.people.find((p) => p.name === 'Bob Li')!;
  const alice = after.people.find((p) => p.name === 'Alice Wang')!;
  expect(after.people.map((p) => p.name).sort()).toEqual(['Alice Wang', 'Bob Li']);
  expect(bob.stance).toBe('ally');
  expect(after.relationships).toHaveLength(1);
  expect(after.relationships[0]).toMatchObject({ fromId: bob.id, toId: alice.id });
  expect(powermap.pageErrors).toEqual([]);
});
