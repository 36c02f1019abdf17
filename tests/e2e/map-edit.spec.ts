// Editing on the map with the mouse and keyboard: the right-click menu
// (stance stored and restyled after a reload, top decision-maker, path to the top, delete), the menu
// by keyboard alone, and drag-to-connect (type and strength asked in place; Escape creates nothing;
// the relationship rules answer in words). Nothing of it shows in an export.
import type { AccountMap } from '../../shared/domain/model';
import { test, expect } from './harness/fixture';
import { byName, openMapEdit as open, personNow, sampleMap } from './pages/MapEditPage';
import { exportAndWait, lastSaved, openExportDialog, readPng } from './export/exportHelpers';

test('right-click → stance is stored (after a reload too) and the node restyled; the menu marks the top decision-maker', async ({ page, powermap }) => {
  const { map, app, edit } = await open(page, powermap);
  const chen = byName(map, 'Chen Jianguo');
  const previousTop = map.people.find((p) => p.isTopDecisionMaker)!;
  await edit.rightClick(chen.id);
  const menu = edit.menu(chen.name);
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('group', { name: 'Stance' }).getByRole('menuitemradio', { name: 'Supporter' })).toHaveAttribute('aria-checked', 'true');
  await page.screenshot({ path: '/tmp/shots/mapedit/menu-en.png' });
  const canvas = page.locator('.map-canvas');
  const canvasBefore = await canvas.boundingBox();
  const nodeBefore = await page.evaluate((id) => window.__powermapGraph?.renderedPosition(id), chen.id);
  // Ally: the first item, focused when the menu opens (clicking it keeps Chromium's :focus-visible on).
  await menu.getByRole('menuitemradio', { name: 'Ally' }).click();
  await expect(menu).toBeHidden();
  await expect.poll(async () => (await personNow(powermap, chen.id)).stance).toBe('ally');
  await expect.poll(() => page.evaluate((id) => window.__powermapGraph?.nodeStance(id), chen.id)).toBe('ally');
  const notice = page.getByRole('status').filter({ hasText: 'Chen Jianguo is now: Ally.' });
  await expect(notice).toBeVisible();
  // The notice floats over the map's top edge: the map keeps its size and nobody moves on screen.
  expect(await canvas.boundingBox()).toEqual(canvasBefore);
  // …then used the mouse: focus is back on the map, but with no keyboard ring (drawing it redraws every person).
  await expect(canvas).toBeFocused();
  expect(await page.evaluate(() => window.__powermapGraph?.keyboardRing().ids)).toEqual([]);
  expect(await page.evaluate((id) => window.__powermapGraph?.renderedPosition(id), chen.id)).toEqual(nodeBefore);
  const [noticeBox, areaBox] = [await notice.boundingBox(), await page.locator('.map-area').boundingBox()];
  expect(noticeBox!.y).toBeGreaterThanOrEqual(areaBox!.y);
  expect(noticeBox!.x + noticeBox!.width).toBeLessThanOrEqual(areaBox!.x + areaBox!.width);
  await page.reload();
  await app.waitForNodes(map.people.length);
  await expect.poll(() => page.evaluate((id) => window.__powermapGraph?.nodeStance(id), chen.id)).toBe('ally');

  // Top decision-maker from the menu: the flag moves, and the app says who lost it.
  await edit.rightClick(chen.id);
  const toggle = menu.getByRole('menuitemcheckbox', { name: 'Top decision-maker' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await expect(page.getByText(`Chen Jianguo is now the top decision-maker; ${previousTop.name} no longer is.`)).toBeVisible();
  const after = await sampleMap(powermap);
  expect(after.people.find((p) => p.id === chen.id)!.isTopDecisionMaker).toBe(true);
  expect(after.people.find((p) => p.id === previousTop.id)!.isTopDecisionMaker).toBe(false);
  await edit.rightClick(chen.id);
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  // The top decision-maker has no path to themself.
  await expect(menu.getByRole('menuitem', { name: 'Show the path to the top decision-maker' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  expect(powermap.pageErrors).toEqual([]);
});

test('the menu by keyboard: arrows, Home/End, Enter and Space run, Escape closes, focus goes back to the map; Shift+F10 opens it on the selected person', async ({ page, powermap }) => {
  const { map, edit } = await open(page, powermap);
  const chen = byName(map, 'Chen Jianguo');
  const mapCanvas = page.locator('.map-canvas');
  await edit.rightClick(chen.id);
  const menu = edit.menu(chen.name);
  const ally = menu.getByRole('menuitemradio', { name: 'Ally' });
  await expect(ally).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Delete person…' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(ally).toBeFocused();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Top decision-maker' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(menu).toBeHidden();
  await expect(mapCanvas).toBeFocused();
  await expect.poll(async () => (await personNow(powermap, chen.id)).isTopDecisionMaker).toBe(true);

  // Select Chen, then open the menu from the keyboard on the focused map.
  await page.locator('aside.right-panel').getByRole('list', { name: 'People on this map' }).getByRole('button', { name: /^Chen Jianguo/ }).click();
  await mapCanvas.focus();
  await page.keyboard.press('Shift+F10');
  await expect(ally).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect.poll(async () => (await personNow(powermap, chen.id)).stance).toBe('supporter');
  await expect(mapCanvas).toBeFocused();

  // Escape closes with nothing changed; so does Tab.
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Delete person…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(mapCanvas).toBeFocused();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();

  // Delete from the menu asks first (today's confirmation); Cancel keeps the person.
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Delete Chen Jianguo?' });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  expect((await sampleMap(powermap)).people.some((p) => p.id === chen.id)).toBe(true);
  await edit.rightClick(chen.id);
  await menu.getByRole('menuitem', { name: 'Delete person…' }).click();
  await confirm.getByRole('button', { name: 'Delete person' }).click();
  await expect(confirm).toBeHidden();
  await expect.poll(async () => (await sampleMap(powermap)).people.some((p) => p.id === chen.id)).toBe(false);
  expect(powermap.pageErrors).toEqual([]);
});

test('drag from one person to another asks type and strength in place and creates that relationship; Escape creates nothing; the rules answer in words', async ({ page, powermap }) => {
  const { map, app, edit } = await open(page, powermap);
  const linked = (a: string, b: string, m: AccountMap) => m.relationships.some((r) => (r.fromId === a && r.toId === b) || (r.fromId === b && r.toId === a));
  const chen = byName(map, 'Chen Jianguo');
  const [target, other] = map.people.filter((p) => p.id !== chen.id && !linked(chen.id, p.id, map));
  const edges = map.relationships.length;

  await edit.dragConnect(chen.id, chen.name, target!.id);
  const dialog = page.getByRole('dialog', { name: `Connect ${chen.name} and ${target!.name}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Relationship')).toBeFocused();
  await dialog.getByLabel('Relationship').selectOption({ label: '… influences' });
  await dialog.getByLabel('Strength').selectOption('3');
  await page.screenshot({ path: '/tmp/shots/mapedit/connect-en.png' });
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await sampleMap(powermap)).relationships.length).toBe(edges + 1);
  const made = (await sampleMap(powermap)).relationships.find((r) => r.fromId === chen.id && r.toId === target!.id)!;
  expect({ type: made.type, strength: made.strength }).toEqual({ type: 'influences', strength: 3 });
  await expect.poll(() => app.edgeCount()).toBe(edges + 1);

  // Escape in the form: nothing.
  await edit.dragConnect(chen.id, chen.name, other!.id);
  const second = page.getByRole('dialog', { name: `Connect ${chen.name} and ${other!.name}` });
  await expect(second).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(second).toBeHidden();
  // Escape while the line is still being drawn: nothing either, and no form.
  await edit.dragConnect(chen.id, chen.name, other!.id, false);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.waitForTimeout(200);
  expect((await sampleMap(powermap)).relationships.length).toBe(edges + 1);
  await expect.poll(() => app.edgeCount()).toBe(edges + 1);

  // The same influence again: refused with the rule's words, nothing created.
  await edit.dragConnect(chen.id, chen.name, target!.id);
  const again = page.getByRole('dialog', { name: `Connect ${chen.name} and ${target!.name}` });
  await again.getByLabel('Relationship').selectOption({ label: '… influences' });
  await again.getByRole('button', { name: 'Connect' }).click();
  await expect(again.getByRole('alert')).toHaveText('These two people already have this relationship.');
  await page.keyboard.press('Escape');
  expect((await sampleMap(powermap)).relationships.length).toBe(edges + 1);
  expect(powermap.pageErrors).toEqual([]);
});

test('path to the top decision-maker from the menu; hover card, menu and path never reach an export', async ({ page, powermap }) => {
  const { map, edit } = await open(page, powermap);
  await openExportDialog(page);
  await exportAndWait(page, 'Save PNG…');
  const clean = readPng(lastSaved(powermap).path);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  const chen = byName(map, 'Chen Jianguo');
  await edit.rightClick(chen.id);
  await edit.menu(chen.name).getByRole('menuitem', { name: 'Show the path to the top decision-maker' }).click();
  const top = map.people.find((p) => p.isTopDecisionMaker)!;
  await expect(page.getByText(new RegExp(`^Path to the top decision-maker: Chen Jianguo → .*${top.name}$`))).toBeVisible();
  const faded = map.relationships.find((r) => r.fromId !== chen.id && r.toId !== chen.id && r.fromId !== top.id && r.toId !== top.id)!;
  await expect.poll(() => page.evaluate((id) => window.__powermapGraph?.edgeOpacity(id), faded.id)).toBeLessThan(0.5);
  await edit.hover(chen.id);
  await expect(edit.card).toBeVisible();

  await openExportDialog(page);
  await exportAndWait(page, 'Save PNG…');
  const marked = readPng(lastSaved(powermap).path);
  expect(marked.width).toBe(clean.width);
  expect(marked.height).toBe(clean.height);
  expect(Buffer.compare(marked.data, clean.data)).toBe(0);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  expect(powermap.pageErrors).toEqual([]);
});

test('"Add relationship…" from the menu: the in-place form picks the other person by pinyin-aware search, all by keyboard', async ({ page, powermap }) => {
  const { map, edit } = await open(page, powermap);
  const chen = byName(map, 'Chen Jianguo');
  const target = map.people.find((p) => p.id !== chen.id && !map.relationships.some((r) => (r.fromId === chen.id && r.toId === p.id) || (r.toId === chen.id && r.fromId === p.id)))!;
  await edit.rightClick(chen.id);
  const menu = edit.menu(chen.name);
  await menu.getByRole('menuitem', { name: 'Add relationship…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `New relationship for ${chen.name}` });
  const other = dialog.getByRole('combobox', { name: 'Other person' });
  await expect(other).toBeFocused();
  await page.keyboard.type(target.name.toLowerCase());
  await expect(dialog.getByRole('listbox', { name: 'People to connect' }).getByRole('option').first()).toContainText(target.name);
  await page.keyboard.press('Enter');
  await expect(other).toHaveValue(target.name);
  // The type is the field before: "Chen Jianguo … is close to [whom]".
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByLabel('Relationship')).toBeFocused();
  await dialog.getByLabel('Relationship').selectOption({ label: '… is close to' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Connect' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.map-canvas')).toBeFocused();
  await expect
    .poll(async () => (await sampleMap(powermap)).relationships.some((r) => r.fromId === chen.id && r.toId === target.id && r.type === 'close-to'))
    .toBe(true);
  expect(powermap.pageErrors).toEqual([]);
});

test('in the past the map is read-only: the card still shows, the menu can only show the path, no connect handle', async ({ page, powermap }) => {
  const { map, edit } = await open(page, powermap);
  const chen = byName(map, 'Chen Jianguo');
  const today = (await powermap.call<{ to: string }>('getSupportSeries', { accountId: map.account.id })).to;
  const day = new Date(Date.parse(`${today}T00:00:00Z`) - 5 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('View the map as of').fill(day);
  await expect(page.getByTestId('time-travel-banner')).toBeVisible();
  await edit.hover(chen.id);
  await expect(edit.card.locator('.hover-card-name')).toHaveText(chen.name);
  await expect(edit.handle(chen.name)).toHaveCount(0);
  await edit.rightClick(chen.id);
  const menu = edit.menu(chen.name);
  await expect(menu).toBeVisible();
  for (const item of await menu.locator('[data-command]').all()) {
    const command = await item.getAttribute('data-command');
    if (command === 'paths.toTop') await expect(item).not.toHaveAttribute('aria-disabled', 'true');
    else await expect(item, command!).toHaveAttribute('aria-disabled', 'true');
  }
  await expect(menu.getByRole('menuitem', { name: 'Show the path to the top decision-maker' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  expect(powermap.pageErrors).toEqual([]);
});
