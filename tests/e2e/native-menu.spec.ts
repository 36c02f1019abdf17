// The page's half of the native menu, with a stand-in for the preload's window.powermapMenu: the page
// sends the menu's state as it changes (account open, language, legend, layout, text focus), and each
// command id the menu sends does what the same control on screen does.
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import type { MenuState } from '../../shared/menu/state';
import { AppPage } from './pages/AppPage';

type MenuWindow = { __menuStates: MenuState[]; __menuCommand: (id: string) => void };

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as MenuWindow & { powermapMenu: unknown };
    w.__menuStates = [];
    w.powermapMenu = Object.freeze({
      setState: (state: MenuState) => w.__menuStates.push(state),
      onCommand: (listener: (id: string) => void) => {
        w.__menuCommand = listener;
        return () => undefined;
      },
    });
  });
});

const lastState = (page: Page) => page.evaluate(() => (window as unknown as MenuWindow).__menuStates.at(-1) ?? null);
const send = (page: Page, id: string) => page.evaluate((i) => (window as unknown as MenuWindow).__menuCommand(i), id);

test('the page keeps the menu told, and the menu’s commands act on the page', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(25);
  await expect.poll(() => lastState(page)).toMatchObject({ language: 'en', hasAccount: true, mode: 'live', legendOpen: false, layout: 'saved', editingText: false, undoLabel: null });

  await send(page, 'view.legend');
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Size = influence score');
  await expect.poll(async () => (await lastState(page))?.legendOpen).toBe(true);

  await send(page, 'view.filter.supportBase');
  await expect(page.getByRole('checkbox', { name: 'Support base only' })).toBeChecked();
  await expect.poll(async () => (await lastState(page))?.supportBaseOnly).toBe(true);
  await send(page, 'view.filter.supportBase');
  await expect(page.getByRole('checkbox', { name: 'Support base only' })).not.toBeChecked();

  await send(page, 'view.layout.orgChart');
  await expect(page.getByRole('radio', { name: 'Org chart' })).toHaveAttribute('aria-checked', 'true');
  await expect.poll(async () => (await lastState(page))?.layout).toBe('org-chart');

  await send(page, 'edit.find');
  await expect(page.getByRole('combobox', { name: /find|search/i })).toBeFocused();
  await expect.poll(async () => (await lastState(page))?.editingText).toBe(true);
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  await send(page, 'file.exportPng');
  const exportDialog = page.getByRole('dialog', { name: 'Export map' });
  await expect(exportDialog).toBeVisible();
  await expect(exportDialog.getByRole('button', { name: 'Save PNG…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(exportDialog).toHaveCount(0);

  await send(page, 'account.addPerson');
  await expect(page.getByRole('region', { name: 'New person' }).or(page.getByLabel('New person'))).toBeVisible();

  await send(page, 'file.backups');
  await expect(page.getByRole('dialog', { name: 'Backups' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The language switch reaches the menu too.
  await app.switchLanguage('zh-CN');
  await expect.poll(async () => (await lastState(page))?.language).toBe('zh-CN');
  expect(powermap.pageErrors).toEqual([]);
});

test('with no account open the menu hears so, and New account puts focus in the name field', async ({ page, powermap }) => {
  const [sample] = await powermap.call<Array<{ id: string }>>('listAccounts', {});
  await powermap.call('deleteAccount', { id: sample!.id });
  await powermap.open();
  await expect.poll(() => lastState(page)).toMatchObject({ hasAccount: false });
  await send(page, 'file.newAccount');
  await expect(page.getByLabel('New account name')).toBeFocused();
});
