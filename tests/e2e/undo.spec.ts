// Undo and redo as the rep uses them: Ctrl+Z after a stance change restores it on the map and in the
// panel, Ctrl+Shift+Z redoes it, the map's Undo button brings a deleted person back with their
// relationships, the stack survives a reload, an account deletion offers "Undo", and the labels
// read in both languages.
import { test, expect } from './harness/fixture';
import { AppPage, literal } from './pages/AppPage';
import { PersonPanel } from './pages/PersonPanel';
import type { AccountMap, AccountSummary, Person } from '../../shared/domain/model';

test.use({ seedSample: false });

test('Ctrl+Z / Ctrl+Shift+Z a stance change; Undo a person delete; the stack survives a reload', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);
  await app.createAccount('Bright Start');
  await panel.addPerson({ name: 'Sun Meihua', title: 'CFO', stance: 'Neutral' });
  await panel.addPerson({ name: 'Wang Li', title: 'Buyer' });
  await panel.addRelationship('influences', 'Sun Meihua', 2);
  await expect(panel.relationshipList).toContainText('Sun Meihua');
  const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const people = async () => (await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id })).people;
  const sun = (await people()).find((p: Person) => p.name === 'Sun Meihua')!;
  const undoButton = page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: /^Undo/ });
  const redoButton = page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: /^Redo|Nothing to redo/ });

  await panel.select('Sun Meihua');
  await panel.fill({ stance: 'Ally' });
  await panel.save();
  await expect.poll(() => app.nodeStance(sun.id)).toBe('ally');
  await expect(undoButton).toHaveAttribute('title', 'Undo: change Sun Meihua’s stance (Ctrl+Z)');

  // Typing in a field: Ctrl+Z belongs to the field, the map keeps the ally.
  await panel.field('Title').click();
  await page.keyboard.press('Control+z');
  expect(await app.nodeStance(sun.id)).toBe('ally');

  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => app.nodeStance(sun.id)).toBe('neutral');
  await expect(panel.field('Stance')).toHaveValue('neutral');
  await expect(page.getByRole('status')).toHaveText(/Undone: change Sun Meihua’s stance/);
  await expect(redoButton).toHaveAttribute('title', 'Redo: change Sun Meihua’s stance (Ctrl+Shift+Z)');

  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => app.nodeStance(sun.id)).toBe('ally');
  await expect(panel.field('Stance')).toHaveValue('ally');
  expect((await people()).find((p) => p.id === sun.id)?.stance).toBe('ally');

  // Delete Wang Li: the confirmation says it can be undone; Undo brings them back with the relationship.
  await panel.select('Wang Li');
  await panel.root.getByRole('button', { name: 'Delete person…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Wang Li?' });
  await expect(dialog).toContainText('You can undo it');
  await dialog.getByRole('button', { name: 'Delete person' }).click();
  await app.waitForNodes(1);
  await expect(undoButton).toHaveAttribute('title', 'Undo: delete Wang Li (Ctrl+Z)');
  await undoButton.click();
  await app.waitForNodes(2);
  expect(await app.edgeCount()).toBe(1);
  await panel.select('Sun Meihua');
  await expect(panel.relationshipList).toContainText('Wang Li');

  // Reload the page: the stack is in the database, so the next undo is still offered.
  await page.reload();
  await app.openAccount('Bright Start');
  await expect(undoButton).toHaveAttribute('title', 'Undo: change Sun Meihua’s stance (Ctrl+Z)');
  await undoButton.click();
  await expect.poll(() => app.nodeStance(sun.id)).toBe('neutral');
  expect(powermap.pageErrors).toEqual([]);
});

test('a drag is one undo step: Ctrl+Z puts the person back where they were', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);
  await app.createAccount('Drag Co');
  await panel.addPerson({ name: 'Zhao Lei', title: 'CTO' });
  await panel.addPerson({ name: 'Qian Yu', title: 'Buyer' });
  await app.waitForNodes(2);
  const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const zhao = (await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id })).people.find((p) => p.name === 'Zhao Lei')!;
  // Nothing was arranged yet: grabbing keeps the spots before the drag (no undo step of its own).
  const before = (await app.nodePosition(zhao.id))!;
  await app.dragNode(zhao.id, -90, 60);
  const undoButton = page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: /^Undo/ });
  await expect(undoButton).toHaveAttribute('title', 'Undo: move people on the map (1) (Ctrl+Z)');
  expect((await app.nodePosition(zhao.id))!.x).not.toBeCloseTo(before.x, 0);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await app.nodePosition(zhao.id))!.x)).toBe(Math.round(before.x));
  expect(Math.round((await app.nodePosition(zhao.id))!.y)).toBe(Math.round(before.y));
  await expect(undoButton).toHaveAttribute('title', 'Undo: add Qian Yu (Ctrl+Z)');
});

test('deleting an account offers Undo, which brings it back whole', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);
  await app.createAccount('Acme Baby');
  await panel.addPerson({ name: 'Li Na', title: 'GM' });
  await page.getByRole('group', { name: 'Actions for Acme Baby' }).getByRole('button', { name: 'Delete…' }).click();
  await expect(page.getByRole('dialog')).toContainText('You can undo it');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete account' }).click();
  await expect(app.accountButton(literal('Acme Baby'))).toHaveCount(0);
  const notice = page.locator('.deleted-account');
  await expect(notice).toContainText('Deleted “Acme Baby”.');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(app.accountButton(literal('Acme Baby'))).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Baby');
  await app.waitForNodes(1);
  await expect(notice).toHaveCount(0);
});

test.describe('in Chinese', () => {
  test.use({ systemLocale: 'zh-CN' });
  test('the undo label reads in Chinese', async ({ page, powermap }) => {
    const account = await powermap.call<{ id: string }>('createAccount', { name: '贝乐母婴' });
    const { person } = await powermap.call<{ person: Person }>('createPerson', { accountId: account.id, name: '孙美华', stance: 'neutral' });
    await powermap.call('updatePerson', { id: person.id, patch: { stance: 'ally' } });
    await powermap.open();
    const app = new AppPage(page, 'zh-CN');
    await app.openAccount('贝乐母婴');
    const undoButton = page.getByRole('group', { name: '撤销和重做' }).getByRole('button', { name: /^撤销/ });
    await expect(undoButton).toHaveAttribute('title', '撤销：修改孙美华的立场 (Ctrl+Z)');
    await page.keyboard.press('Control+z');
    await expect.poll(() => app.nodeStance(person.id)).toBe('neutral');
    await expect(page.getByRole('status')).toHaveText(/已撤销：修改孙美华的立场/);
  });
});
