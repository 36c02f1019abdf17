// A 2,000-person account with nothing arranged yet: the map lays it out off the UI thread (a Web
// Worker), saves the result, and the next open shows exactly those positions without a layout run.
import type { AccountMap } from '../../shared/domain/model';
import { seedBigAccount } from './harness/seedBig';
import { test, expect } from './harness/fixture';
import { AppPage, literal } from './pages/AppPage';

test.use({ seedSample: false });

test('2,000 people without saved positions: laid out in a worker, saved, reopened as saved', async ({ page, powermap }) => {
  test.setTimeout(120_000);
  const big = await seedBigAccount(powermap, 2000);
  const saved = async () => (await powermap.call<AccountMap>('getAccountMap', { accountId: big.account.id, layout: 'saved' })).positions;
  expect(await saved()).toHaveLength(0);

  await powermap.open();
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  const app = new AppPage(page, 'en');
  const started = Date.now();
  await app.accountButton(literal(big.account.name)).click();
  await app.waitForNodes(2000);
  await expect.poll(async () => (await saved()).length, { timeout: 60_000 }).toBe(2000);
  const layoutMs = Date.now() - started;
  // The layout ran in a Web Worker, not on the page's thread.
  expect(page.workers().length).toBeGreaterThan(0);
  const positions = await saved();
  const spots = new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
  expect(spots.size).toBe(2000);
  const longest = Math.max(0, ...(await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)));
  test.info().annotations.push({ type: 'timing', description: `open + first layout ${layoutMs} ms; longest main-thread task ${Math.round(longest)} ms` });
  await page.screenshot({ path: '/tmp/shots/h7/e2e-big-layout.png' });

  // Reopen: the saved arrangement comes back as is, no layout run.
  await page.reload();
  await app.accountButton(literal(big.account.name)).click();
  await app.waitForNodes(2000);
  const probe = positions.slice(0, 25);
  const shown = await page.evaluate((ids) => ids.map((id) => window.__powermapGraph?.nodePosition(id) ?? null), probe.map((p) => p.personId));
  shown.forEach((pos, i) => {
    expect(pos?.x).toBeCloseTo(probe[i]!.x, 0);
    expect(pos?.y).toBeCloseTo(probe[i]!.y, 0);
  });
});
