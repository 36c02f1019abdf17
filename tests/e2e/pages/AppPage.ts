// Page object for the Powermap window: finds things by role and accessible name, in either language.
import { expect, type Locator, type Page } from '@playwright/test';
import type { GraphTestHook } from '../../../renderer/graph/testHook';

/** The map's read-only test window (installed with ?e2e), typed from the renderer's own definition. */
export type GraphHook = GraphTestHook;

type WordKey = 'accounts' | 'newAccount' | 'createAccount' | 'filter' | 'showArchived' | 'addPerson' | 'people' | 'fit' | 'zoomIn' | 'zoomOut' | 'language' | 'legend' | 'toolbar';
type Words = Record<WordKey, string>;

/** Accessible names the tests use, per language (kept in step with renderer/i18n). */
export const WORDS: Record<'en' | 'zh-CN', Words> = {
  en: {
    accounts: 'Account list',
    newAccount: 'New account name',
    createAccount: 'Create account',
    filter: 'Filter accounts by name',
    showArchived: 'Show archived',
    addPerson: 'Add person',
    people: 'People on this map',
    fit: 'Fit map to window',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    language: 'Language',
    legend: 'Legend',
    toolbar: 'Map tools',
  },
  'zh-CN': {
    accounts: '客户列表',
    newAccount: '新客户名称',
    createAccount: '新建客户',
    filter: '按名称筛选客户',
    showArchived: '显示已归档',
    addPerson: '添加人物',
    people: '地图上的人物',
    fit: '适应窗口',
    zoomIn: '放大',
    zoomOut: '缩小',
    language: '语言',
    legend: '图例',
    toolbar: '地图工具',
  },
};

export class AppPage {
  readonly words: Words;
  constructor(
    readonly page: Page,
    readonly lang: 'en' | 'zh-CN' = 'en',
  ) {
    this.words = WORDS[lang];
  }

  get accountList(): Locator {
    return this.page.getByRole('list', { name: this.words.accounts });
  }
  accountButton(name: string | RegExp): Locator {
    return this.accountList.getByRole('button', { name });
  }
  get peopleList(): Locator {
    return this.page.getByRole('list', { name: this.words.people });
  }
  get mapRegion(): Locator {
    return this.page.locator('.map-canvas');
  }
  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: this.words.toolbar });
  }

  async createAccount(name: string): Promise<void> {
    await this.page.getByLabel(this.words.newAccount).fill(name);
    await this.page.getByRole('button', { name: this.words.createAccount }).click();
  }

  async openAccount(name: string | RegExp): Promise<void> {
    await this.accountButton(name).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(name);
  }

  async switchLanguage(lang: 'en' | 'zh-CN'): Promise<AppPage> {
    await this.page.getByLabel(this.words.language).selectOption(lang);
    return new AppPage(this.page, lang);
  }

  // --- the map, through the read-only ?e2e hook (page.evaluate runs via CDP, so the page CSP still forbids eval) ---
  nodeCount(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __powermapGraph?: GraphHook }).__powermapGraph?.nodeCount() ?? 0);
  }
  edgeCount(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __powermapGraph?: GraphHook }).__powermapGraph?.edgeCount() ?? 0);
  }
  nodeLabel(id: string): Promise<string | null> {
    return this.page.evaluate((i) => (window as unknown as { __powermapGraph?: GraphHook }).__powermapGraph?.nodeLabel(i) ?? null, id);
  }
  nodePosition(id: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate((i) => (window as unknown as { __powermapGraph?: GraphHook }).__powermapGraph?.nodePosition(i) ?? null, id);
  }
  nodeStance(id: string): Promise<string | null> {
    return this.page.evaluate((i) => (window as unknown as { __powermapGraph?: GraphHook }).__powermapGraph?.nodeStance(i) ?? null, id);
  }
  renderedPosition(id: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate((i) => (window as unknown as { __powermapGraph?: GraphHook }).__powermapGraph?.renderedPosition(i) ?? null, id);
  }

  async waitForNodes(count: number): Promise<void> {
    await expect.poll(() => this.nodeCount(), { timeout: 15_000 }).toBe(count);
  }

  /** Drags a person's node by (dx, dy) screen pixels with the mouse. */
  async dragNode(personId: string, dx: number, dy: number): Promise<void> {
    const box = await this.mapRegion.boundingBox();
    // The map may still be settling (a layout finishing, a re-fit after a notice changed the map's
    // size): press only once the person stands still, or the press lands where they were.
    let at = await this.renderedPosition(personId);
    for (let i = 0; i < 40; i += 1) {
      await this.page.waitForTimeout(50);
      const again = await this.renderedPosition(personId);
      const still = !!at && !!again && Math.abs(again.x - at.x) < 0.5 && Math.abs(again.y - at.y) < 0.5;
      at = again;
      if (still) break;
    }
    if (!box || !at) throw new Error('node not on screen');
    const x = box.x + at.x;
    const y = box.y + at.y;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 8; i += 1) await this.page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
    await this.page.mouse.up();
  }
}

/** A name as a regex that matches it literally (names may hold brackets, quotes, anything). */
export function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
