// The visit brief uses its paper: the sample account prints on one A4 landscape page whose text
// reaches the bottom part of the sheet, and a 40-person account with visits and a planned visit
// breaks into pages of which none but the last is more than half empty, with every section there
// (poppler: pdfinfo for pages and size, pdftotext -bbox for where the text ends on each page).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { manualClock } from '../../electron/service/clock';
import { addDays } from '../../shared/history/days';
import { syntheticAccount } from '../bench/syntheticAccount';
import { test, expect } from './harness/fixture';
import type { Powermap } from './harness/fixture';
import { lastSaved } from './export/exportHelpers';

const SHOTS = '/tmp/shots/h10';
const TODAY = '2026-12-01';

const WORDS = {
  en: {
    locale: 'en-US', save: 'Save PDF…', saved: /^PDF saved: /,
    sections: ['Relationship map', 'Who matters most', 'Support base over 90 days', 'Changed', 'Warnings and next steps'],
    plan: ['Plan for this visit', 'Whom to see and why', 'What to find out', 'Remember'],
  },
  'zh-CN': {
    locale: 'zh-CN', save: '保存 PDF…', saved: /^PDF 已保存：/,
    sections: ['关系图', '最重要的人', '90 天支持面变化', '变化', '风险提示与下一步'],
    plan: ['本次拜访计划', '见谁、为什么', '要了解什么', '提醒'],
  },
} as const;

interface PdfPage {
  width: number;
  height: number;
  /** The lowest edge of any word on the page (pt from the top), or 0 for a page without text. */
  textBottom: number;
}

/** Each page's size and where its text ends, from pdftotext's word boxes. */
function pdfPages(path: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((chunk) => {
    const width = Number(/width="([\d.]+)"/.exec(chunk)?.[1]);
    const height = Number(/height="([\d.]+)"/.exec(chunk)?.[1]);
    const bottoms = [...chunk.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
    return { width, height, textBottom: Math.max(0, ...bottoms) };
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');

async function printBrief(page: Page, powermap: Powermap, accountId: string, lang: keyof typeof WORDS, name: string): Promise<{ path: string; pages: PdfPage[]; text: string }> {
  const w = WORDS[lang];
  await page.goto(`/?e2e=1#/brief/${encodeURIComponent(accountId)}`);
  const save = page.getByRole('button', { name: w.save });
  await expect(save).toBeEnabled({ timeout: 30_000 });
  await expect(page.locator('.brief[data-ready="true"]')).toBeVisible();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: w.saved })).toBeVisible({ timeout: 30_000 });
  const path = lastSaved(powermap).path;
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(path, `${SHOTS}/${name}.pdf`);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = pdfPages(path);
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pages.length);
  for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
  return { path, pages, text: squash(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })) };
}

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`brief pages (${lang})`, () => {
    test.use({ systemLocale: WORDS[lang].locale, clock: manualClock(`${TODAY}T10:00:00.000Z`) });

    test('the sample account: one A4 landscape page, filled to its lower part, every section on it', async ({ page, powermap }) => {
      const [account] = await powermap.call<Array<{ id: string }>>('listAccounts', {});
      const { pages, text } = await printBrief(page, powermap, account!.id, lang, `brief-sample-${lang}`);
      expect(pages).toHaveLength(1);
      // The text reaches into the bottom fifth of the sheet: the page is used, not half empty.
      expect(pages[0]!.textBottom).toBeGreaterThan(0.8 * pages[0]!.height);
      for (const heading of WORDS[lang].sections) expect(text).toContain(squash(heading));
    });

    test('a 40-person account with visits: no page but the last more than half empty, nothing cut', async ({ page, powermap }) => {
      test.setTimeout(90_000);
      const big = syntheticAccount(40);
      powermap.app.store.transaction(() => {
        powermap.app.store.accounts.insert(big.account);
        for (const p of big.people) powermap.app.store.people.insert(p);
        for (const r of big.relationships) powermap.app.store.relationships.insert(r);
      });
      const ids = big.people.map((p) => p.id);
      const visit = (days: number, who: string[], extra: Record<string, unknown>) =>
        powermap.call('createVisit', { accountId: big.account.id, date: addDays(TODAY, days), kind: 'visit', attendees: who.map((personId) => ({ personId })), ...extra });
      await visit(-40, ids.slice(3, 6), { learned: 'They compare three suppliers.', nextStep: { what: 'Send the price list', due: addDays(TODAY, -30), owner: 'us' } });
      await visit(-20, ids.slice(6, 8), { learned: 'The budget is set in March.', nextStep: { what: 'Trial order', due: addDays(TODAY, -5), owner: 'them' } });
      await visit(-8, ids.slice(6, 8), { noNextStep: { reason: 'They are reorganizing' } });
      await visit(5, ids.slice(1, 4), { objective: 'Agree the trial order and meet the purchasing director' });

      const { pages, text } = await printBrief(page, powermap, big.account.id, lang, `brief-40-${lang}`);
      for (const [i, p] of pages.entries()) {
        if (i < pages.length - 1) expect(p.textBottom, `page ${i + 1} of ${pages.length}`).toBeGreaterThan(0.5 * p.height);
      }
      expect(pages[0]!.textBottom).toBeGreaterThan(0.8 * pages[0]!.height);
      for (const heading of [...WORDS[lang].plan, ...WORDS[lang].sections]) expect(text).toContain(squash(heading));
      // Every warning with its next step, every plan line and every listed person is printed whole
      // (none clipped by the sheet). Table cells come out of pdftotext in column order, so names only.
      const shown = await page.locator('.brief [data-warning] strong, .brief [data-warning] div, .brief .plan-sections li, .brief .brief-top td.name strong').allTextContents();
      expect(shown.length).toBeGreaterThan(12);
      for (const item of shown) expect(text).toContain(squash(item));
    });
  });
}
