// Bad input through the UI: a clear message on screen, and nothing written to the database.
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { PersonPanel } from './pages/PersonPanel';
import { shot } from './harness/shots';
import type { Powermap } from './harness/fixture';

test.use({ seedSample: false });

function counts(powermap: Powermap) {
  const db = powermap.app.store.db;
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    accounts: one('SELECT count(*) AS n FROM accounts'),
    people: one('SELECT count(*) AS n FROM people'),
    relationships: one('SELECT count(*) AS n FROM relationships'),
    history: one('SELECT count(*) AS n FROM history'),
  };
}

test('empty, blank and over-long names are refused with a message; nothing is written', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);
  const start = counts(powermap);

  await app.createAccount('');
  await expect(page.getByRole('alert')).toHaveText('Please enter a name; it cannot be empty or only spaces.');
  await app.createAccount('    ');
  await expect(page.getByRole('alert')).toHaveText('Please enter a name; it cannot be empty or only spaces.');
  await app.createAccount('x'.repeat(200));
  await expect(page.getByRole('alert')).toHaveText('This text is too long (at most 120 characters).');
  expect(counts(powermap)).toEqual(start);

  await app.createAccount('Tidy Tots');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidy Tots');
  const afterAccount = counts(powermap);

  await page.getByRole('button', { name: 'Add person' }).click();
  await panel.fill({ name: '   ', title: 'Buyer' });
  await panel.root.getByRole('button', { name: 'Save new person' }).click();
  await expect(panel.alert).toContainText('Nothing was saved');
  await expect(panel.root.locator('.field-error')).toHaveText('Please enter a name; it cannot be empty or only spaces.');
  await expect(panel.field('Name')).toHaveAttribute('aria-invalid', 'true');

  // Pasting a 200-character name: the field does not cut it silently; the service refuses it.
  await panel.field('Name').fill('');
  await panel.field('Name').focus();
  await page.keyboard.insertText('王'.repeat(200));
  await panel.root.getByRole('button', { name: 'Save new person' }).click();
  await expect(panel.root.locator('.field-error')).toHaveText('This text is too long (at most 120 characters).');
  await expect(panel.field('Title')).toHaveValue('Buyer');

  await panel.fill({ name: 'Bell\u0007 Ringer' });
  await panel.root.getByRole('button', { name: 'Save new person' }).click();
  await expect(panel.root.locator('.field-error')).toHaveText('This text contains invisible control characters. Please retype it.');
  await shot(page, 'bad-input-person');
  expect(counts(powermap)).toEqual(afterAccount);

  // A day that does not exist, typed into the date field: refused in words beside it, nothing written.
  await panel.fill({ name: 'Bell Ringer' });
  await panel.field('Last contact').fill('2026-02-30');
  await panel.root.getByRole('button', { name: 'Save new person' }).click();
  await expect(panel.root.locator('.field-error')).toHaveText('Enter a real date (year-month-day).');
  expect(counts(powermap)).toEqual(afterAccount);
  expect(powermap.dialogs).toEqual([]);
});

test('self-links, duplicates and reporting loops are refused with a message; nothing is written', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);
  await app.createAccount('Little Steps');
  await panel.addPerson({ name: 'Alice Wang', title: 'General Manager' });
  await panel.addPerson({ name: 'Bob Li', title: 'Purchasing Director' });
  await panel.addRelationship('reports-to', 'Alice Wang');
  await expect(panel.relationshipList).toContainText('Reports to Alice Wang');
  const start = counts(powermap);

  await panel.addRelationship('close-to', 'Bob Li');
  await expect(panel.alert).toHaveText('A person cannot have a relationship with themselves. Choose someone else.');
  await panel.root.getByRole('button', { name: 'Cancel' }).click();

  await panel.addRelationship('reports-to', 'Alice Wang');
  await expect(panel.alert).toHaveText('These two people already have this relationship.');
  await panel.root.getByRole('button', { name: 'Cancel' }).click();

  await panel.select('Alice Wang');
  await panel.addRelationship('reports-to', 'Bob Li');
  await expect(panel.alert).toContainText('That would make a reporting loop');
  await shot(page, 'bad-input-cycle');
  await panel.root.getByRole('button', { name: 'Cancel' }).click();

  expect(counts(powermap)).toEqual(start);
  await expect.poll(() => app.edgeCount()).toBe(1);
  expect(powermap.pageErrors).toEqual([]);
});

test('the service refuses a malformed date sent directly (the date field cannot hold one)', async ({ powermap }) => {
  const account = await powermap.call<{ id: string }>('createAccount', { name: 'Date Check' });
  await expect(powermap.call('createPerson', { accountId: account.id, name: 'Z', lastContact: '2026-02-30' })).rejects.toThrow('error.date.invalid');
  expect(counts(powermap).people).toBe(0);
});
