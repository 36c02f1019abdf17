// Backups screen: back up now, restore with confirmation (current data backed up first), and the
// start-up recovery screen for a damaged database (offers the latest good backup, never silent).
import { test, expect } from './harness/fixture';
import { test as plain } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../electron/service/app';
import { startApp } from '../../electron/service/backupsStartup';
import { bridgeApi } from './harness/bridge';
import { openSampleMap } from './export/exportHelpers';

const SHOTS = '/tmp/shots/h10';

interface MapLike {
  people: Array<{ name: string }>;
}

test('back up now, change something, restore: the change is gone and the pre-restore state was kept', async ({ page, powermap }) => {
  const accountId = (await powermap.call<Array<{ id: string }>>('listAccounts', {}))[0]!.id;
  await openSampleMap(page, powermap);
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('No backups yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Backup made: /);
  const table = dialog.getByRole('table', { name: 'Backups, newest first' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Made by you');

  // A change after the backup…
  await powermap.call('createPerson', { accountId, name: 'Added After Backup', stance: 'ally' });
  expect((await powermap.call<MapLike>('getAccountMap', { accountId })).people.map((p) => p.name)).toContain('Added After Backup');

  // …is undone by restoring, after a confirmation that says the current data is backed up first.
  await table.getByRole('button', { name: /^Restore the backup of / }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('Your current data is backed up first');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/backups-confirm.png` });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Restored the backup of .*backed up first/);
  expect((await powermap.call<MapLike>('getAccountMap', { accountId })).people.map((p) => p.name)).not.toContain('Added After Backup');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Before a restore');
  await page.screenshot({ path: `${SHOTS}/backups-restored.png` });
  // The safety backup really holds the state before the restore.
  const backups = await powermap.call<Array<{ name: string; reason: string }>>('listBackups', {});
  expect(backups.map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(powermap.pageErrors).toEqual([]);
});

test('cancelling the restore confirmation changes nothing', async ({ page, powermap }) => {
  const accountId = (await powermap.call<Array<{ id: string }>>('listAccounts', {}))[0]!.id;
  await powermap.call('createBackup', {});
  await powermap.call('createPerson', { accountId, name: 'Keep Me', stance: 'neutral' });
  await openSampleMap(page, powermap);
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await dialog.getByRole('button', { name: /^Restore the backup of / }).click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Cancel' }).click();
  expect((await powermap.call<MapLike>('getAccountMap', { accountId })).people.map((p) => p.name)).toContain('Keep Me');
  expect(await powermap.call<unknown[]>('listBackups', {})).toHaveLength(1);
});

plain('a damaged database at start-up shows the recovery screen, and restoring the latest good backup opens the app', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'powermap-recovery-'));
  const dbPath = join(dir, 'powermap.db');
  const good = openApp({ dbPath, systemLocale: 'en-US', version: '0.0.0-e2e' });
  const backup = await good.service.createBackup({});
  good.close();
  // Garbage over the whole file: SQLite cannot open it.
  writeFileSync(dbPath, Buffer.alloc(64 * 1024, 0x5a));
  const started = await startApp({ dbPath, systemLocale: 'en-US', version: '0.0.0-e2e', dailyBackup: false });
  expect(started.status().status).toBe('corrupt');
  try {
    await bridgeApi(page, () => started.service);
    await page.goto('/?e2e=1');
    await expect(page.getByRole('heading', { name: 'Your Powermap data could not be opened' })).toBeVisible();
    await expect(page.getByText('Nothing has been changed or deleted.')).toBeVisible();
    await expect(page.getByText(/^Latest good backup: /)).toBeVisible();
    await expect(page.locator('aside.accounts-pane')).toHaveCount(0);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/recovery.png` });
    await page.getByRole('button', { name: 'Restore the latest good backup' }).click();
    await expect(page.getByRole('heading', { name: /^Your data is back\./ })).toBeVisible();
    await expect(page.getByText(/^The damaged file was kept at: /)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/recovery-done.png` });
    expect(started.status().status).toBe('ok');
    await page.getByRole('button', { name: 'Open Powermap' }).click();
    await expect(page.locator('aside.accounts-pane')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Account list' })).toContainText('BabyJoy');
    expect(backup.reason).toBe('manual');
  } finally {
    started.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

plain('a damaged database with no backups: says so, and "start empty" keeps the damaged file aside', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'powermap-recovery-'));
  const dbPath = join(dir, 'powermap.db');
  writeFileSync(dbPath, Buffer.alloc(8192, 0x5a));
  const started = await startApp({ dbPath, systemLocale: 'zh-CN', version: '0.0.0-e2e', dailyBackup: false });
  expect(started.status().status).toBe('corrupt');
  try {
    await bridgeApi(page, () => started.service);
    await page.goto('/?e2e=1');
    await expect(page.getByRole('heading', { name: '无法打开 Powermap 的数据' })).toBeVisible();
    await expect(page.getByText('没有可恢复的备份。')).toBeVisible();
    await page.getByRole('button', { name: '以空数据启动…' }).click();
    await page.getByRole('dialog', { name: '以空数据启动？' }).getByRole('button', { name: '以空数据启动' }).click();
    await expect(page.getByRole('heading', { name: /已以空数据启动/ })).toBeVisible();
    const kept = await page.getByText(/^损坏的文件保存在：/).textContent();
    const keptPath = kept!.replace(/^损坏的文件保存在：/, '');
    expect(existsSync(keptPath), 'the damaged file still exists').toBe(true);
    await page.screenshot({ path: `${SHOTS}/recovery-empty-zh.png` });
    await page.getByRole('button', { name: '打开 Powermap' }).click();
    await expect(page.locator('aside.accounts-pane')).toBeVisible();
  } finally {
    started.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
