// Page object for visits: the Visits tab, the visit form dialog, picking people on the map (Ctrl-click adds).
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

type Lang = 'en' | 'zh-CN';

/** Accessible names the tests use, per language (kept in step with renderer/i18n/*\/visits.ts). */
export const VISIT_WORDS = {
  en: {
    tab: 'Visits',
    people: 'People',
    timeline: 'Support over time',
    changes: 'What changed',
    log: 'Log a visit',
    plan: 'Plan a visit',
    logTitle: 'Log a visit',
    list: 'Visits of this account, newest first',
    date: 'Date',
    nextWhat: 'What',
    nextDue: 'Due',
    noNext: 'No next step',
    noNextReason: 'Why there is none',
    save: 'Save visit',
    stanceAfter: (name: string) => `After this visit, ${name} is:`,
    supporter: 'Supporter',
    attendeeSearch: 'Add an attendee: name, title or pinyin',
    remove: (name: string) => `Remove ${name}`,
  },
  'zh-CN': {
    tab: '拜访',
    people: '人物',
    timeline: '支持面趋势',
    changes: '变化对比',
    log: '记录拜访',
    plan: '计划拜访',
    logTitle: '记录拜访',
    list: '本客户的拜访，最新的在前',
    date: '日期',
    nextWhat: '做什么',
    nextDue: '截止日期',
    noNext: '没有下一步',
    noNextReason: '没有下一步的原因',
    save: '保存拜访',
    stanceAfter: (name: string) => `本次拜访后，${name} 的立场：`,
    supporter: '支持',
    attendeeSearch: '添加参加人：姓名、职位或拼音',
    remove: (name: string) => `移除 ${name}`,
  },
} as const;

export class VisitsPage {
  readonly w: (typeof VISIT_WORDS)[Lang];
  constructor(
    readonly page: Page,
    readonly app: AppPage,
    readonly lang: Lang,
  ) {
    this.w = VISIT_WORDS[lang];
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }
  async openTab(): Promise<void> {
    await this.tab(this.w.tab).click();
    await expect(this.tab(this.w.tab)).toHaveAttribute('aria-selected', 'true');
  }
  get list(): Locator {
    return this.page.getByRole('list', { name: this.w.list });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }
  /** The error in words linked to a field (aria-describedby). */
  async errorOf(label: string): Promise<Locator> {
    const id = await this.field(label).getAttribute('aria-describedby');
    if (!id) throw new Error(`${label}: no error linked`);
    return this.dialog.locator(`[id="${id.split(' ')[0]}"]`);
  }
  stance(name: string): Locator {
    return this.field(this.w.stanceAfter(name));
  }

  /** Clicks a person's node on the map; `add` holds Ctrl to add them to the selection. */
  async clickNode(personId: string, add = false): Promise<void> {
    const box = await this.app.mapRegion.boundingBox();
    const at = await this.app.renderedPosition(personId);
    if (!box || !at) throw new Error('node not on screen');
    if (add) await this.page.keyboard.down('Control');
    await this.page.mouse.click(box.x + at.x, box.y + at.y);
    if (add) await this.page.keyboard.up('Control');
  }

  selectedOnMap(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __powermapGraph?: { selectedIds(): string[] } }).__powermapGraph?.selectedIds() ?? []);
  }
  nodeStance(personId: string): Promise<string | null> {
    return this.page.evaluate((id) => (window as unknown as { __powermapGraph?: { nodeStance(id: string): string | null } }).__powermapGraph?.nodeStance(id) ?? null, personId);
  }
}
