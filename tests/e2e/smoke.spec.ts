// The whole path through the UI: create account → people → every link type → stance → drag →
// restart the service on the same file → everything is still there, on screen and in the database.
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { PersonPanel } from './pages/PersonPanel';
import { shot } from './harness/shots';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';

test.use({ seedSample: false });

test('create, link, change, drag, restart: all kept', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  const panel = new PersonPanel(page);

  await app.createAccount('Happy Baby Stores');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Happy Baby Stores');

  await panel.addPerson({ name: 'Alice Wang', title: 'General Manager', department: 'Executive Office', buyingRole: 'Decision-maker', stance: 'Neutral', topDecisionMaker: true });
  await panel.expectSelected('Alice Wang');
  await expect(panel.root.getByRole('note')).toContainText('Top decision-maker never met');
  await panel.addPerson({ name: 'Bob Li', title: 'Purchasing Director', stance: 'Ally', met: true, lastContact: '2026-11-20', notes: 'Wants fewer SKUs; needs margin.' });
  await panel.addPerson({ name: 'Carol Zhang', title: 'Category Manager', stance: 'Supporter', buyingRole: 'Evaluator' });
  await panel.addPerson({ name: 'Dan Zhou', title: 'Finance Director', stance: 'Skeptic', buyingRole: 'Approver' });
  await app.waitForNodes(4);
  await expect(panel.root.getByRole('status').or(page.getByRole('status'))).toContainText('Added Dan Zhou');

  await panel.select('Bob Li');
  await panel.addRelationship('reports-to', 'Alice Wang');
  await expect(panel.relationshipList).toContainText('Reports to Alice Wang');
  await panel.addRelationship('close-to', 'Carol Zhang');
  await expect(panel.relationshipList).toContainText('Close to Carol Zhang');
  await panel.select('Carol Zhang');
  await panel.addRelationship('influences', 'Alice Wang', 3);
  await expect(panel.relationshipList).toContainText('Influences Alice Wang (strength 3)');
  await panel.select('Dan Zhou');
  await panel.addRelationship('conflicts-with', 'Carol Zhang');
  await expect(panel.relationshipList).toContainText('In conflict with Carol Zhang');
  await expect.poll(() => app.edgeCount()).toBe(4);

  await panel.fill({ stance: 'Opponent' });
  await panel.save();
  await expect(page.getByRole('status')).toContainText('Saved Dan Zhou');

  const accounts = await powermap.call<AccountSummary[]>('listAccounts', {});
  const accountId = accounts[0]!.id;
  let map = await powermap.call<AccountMap>('getAccountMap', { accountId });
  const bob = map.people.find((p) => p.name === 'Bob Li')!;
  const before = (await app.nodePosition(bob.id))!;
  await app.dragNode(bob.id, 120, 60);
  await expect.poll(async () => (await powermap.call<AccountMap>('getAccountMap', { accountId, layout: 'saved' })).positions.find((p) => p.personId === bob.id)?.x ?? null).not.toBe(null);
  map = await powermap.call<AccountMap>('getAccountMap', { accountId, layout: 'saved' });
  const saved = map.positions.find((p) => p.personId === bob.id)!;
  expect(Math.hypot(saved.x - before.x, saved.y - before.y)).toBeGreaterThan(30);
  await shot(page, 'smoke-before-restart');

  await powermap.restartService();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Happy Baby Stores');
  await app.waitForNodes(4);
  await expect.poll(() => app.edgeCount()).toBe(4);
  for (const name of ['Alice Wang', 'Bob Li', 'Carol Zhang', 'Dan Zhou']) await expect(panel.peopleList).toContainText(name);
  await expect(panel.peopleList.getByRole('button', { name: /^Dan Zhou/ })).toContainText('Opponent');
  const after = (await app.nodePosition(bob.id))!;
  expect(after.x).toBeCloseTo(saved.x, 0);
  expect(after.y).toBeCloseTo(saved.y, 0);
  await panel.select('Bob Li');
  await expect(panel.relationshipList).toContainText('Reports to Alice Wang');
  await expect(panel.relationshipList).toContainText('Close to Carol Zhang');
  await expect(panel.field('Last contact')).toHaveAttribute('data-value', '2026-11-20');
  await expect(panel.field('Notes (needs vs wants)')).toHaveValue('Wants fewer SKUs; needs margin.');
  await shot(page, 'smoke-after-restart-person');

  // The database itself, read after the restart.
  const db = powermap.app.store.db;
  const people = db.prepare('SELECT name, stance, is_top_decision_maker AS tdm FROM people ORDER BY name').all() as Array<{ name: string; stance: string; tdm: number }>;
  expect(people.map((p) => `${p.name}:${p.stance}:${p.tdm}`)).toEqual(['Alice Wang:neutral:1', 'Bob Li:ally:0', 'Carol Zhang:supporter:0', 'Dan Zhou:opponent:0']);
  const types = db.prepare('SELECT type, strength FROM relationships ORDER BY type').all() as Array<{ type: string; strength: number | null }>;
  expect(types).toEqual([
    { type: 'close-to', strength: null },
    { type: 'conflicts-with', strength: null },
    { type: 'influences', strength: 3 },
    { type: 'reports-to', strength: null },
  ]);
  expect(powermap.dialogs).toEqual([]);
  expect(powermap.pageErrors).toEqual([]);
});
