// Page object for editing on the map: pointing at a person (hover card), the right-click menu, and
// dragging a new relationship from the connect handle onto another person.
import { expect, type Locator, type Page } from '@playwright/test';
import type { AccountMap, AccountSummary, Person } from '../../../shared/domain/model';
import { AppPage } from './AppPage';

export class MapEditPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  /** A person's node centre in page px. */
  async at(personId: string): Promise<{ x: number; y: number }> {
    const box = await this.app.mapRegion.boundingBox();
    const at = await this.app.renderedPosition(personId);
    if (!box || !at) throw new Error('node not on screen');
    return { x: box.x + at.x, y: box.y + at.y };
  }

  get card(): Locator {
    return this.page.getByRole('tooltip');
  }

  async hover(personId: string): Promise<void> {
    const { x, y } = await this.at(personId);
    await this.page.mouse.move(x - 3, y - 3);
    await this.page.mouse.move(x, y, { steps: 2 });
  }

  menu(name: string): Locator {
    return this.page.getByRole('menu', { name: `Actions for ${name}` });
  }

  async rightClick(personId: string): Promise<void> {
    const { x, y } = await this.at(personId);
    await this.page.mouse.click(x, y, { button: 'right' });
  }

  handle(name: string): Locator {
    return this.page.getByRole('button', { name: `Drag to another person to connect ${name}` });
  }

  /** Presses the handle of `fromId` and moves onto `toId`; releases unless `release` is false. */
  async dragConnect(fromId: string, fromName: string, toId: string, release = true): Promise<void> {
    await this.hover(fromId);
    const handle = this.handle(fromName);
    await expect(handle).toBeVisible();
    const hb = (await handle.boundingBox())!;
    await this.page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2, { steps: 3 });
    await this.page.mouse.down();
    const to = await this.at(toId);
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    // edgehandles previews the target after a short hover delay.
    await this.page.mouse.move(to.x + 1, to.y + 1, { steps: 2 });
    await this.page.waitForTimeout(250);
    if (release) await this.page.mouse.up();
  }
}

export type Powermap = { call<T>(m: string, i?: unknown): Promise<T> };

/** The sample account's map as the service has it now. */
export async function sampleMap(powermap: Powermap): Promise<AccountMap> {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  return powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
}

/** Opens the app on the sample account and waits for every person on the map. */
export async function openMapEdit(page: Page, powermap: Powermap & { open(): Promise<void> }, lang: 'en' | 'zh-CN' = 'en') {
  const map = await sampleMap(powermap);
  await powermap.open();
  const app = new AppPage(page, lang);
  await app.waitForNodes(map.people.length);
  return { map, app, edit: new MapEditPage(page, app) };
}

export const byName = (map: AccountMap, name: string): Person => map.people.find((p) => p.name === name)!;
export const personNow = async (powermap: Powermap, id: string) => (await sampleMap(powermap)).people.find((p) => p.id === id)!;
