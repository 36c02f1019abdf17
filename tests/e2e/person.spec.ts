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
