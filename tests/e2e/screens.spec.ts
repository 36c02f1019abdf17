// Every screen in both languages, for people to look at (/tmp/shots/h3); each step also checks
// that the screen speaks the chosen language.
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';

const TEXT = {
  en: { people: 'People', back: /Back to people/, addRel: /Add relationship/, save: 'Save new person', del: 'Delete…', collapse: 'Collapse accounts', expand: 'Expand accounts', fixErrors: 'Nothing was saved' },
  'zh-CN': { people: '人物', back: /返回人物列表/, addRel: /添加关系/, save: '保存新人物', del: '删除…', collapse: '收起客户列表', expand: '展开客户列表', fixErrors: '未保存任何内容' },
} as const;

for (const [locale, lang] of [['en-GB', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`screens (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('main, person, relationship form, new person with an error, delete dialog, collapsed pane', async ({ page, powermap }) => {
      const w = TEXT[lang];
      const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
      const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id });
      const top = map.people.find((p) => p.isTopDecisionMaker)!;
      await powermap.open();
      const app = new AppPage(page, lang);
      await app.waitForNodes(map.people.length);
      await page.waitForTimeout(200);
      await shot(page, `screen-main-${lang}`);

      await app.peopleList.getByRole('button', { name: new RegExp(`^${top.name}`) }).click();
      await expect(page.locator('aside.right-panel').getByRole('heading', { level: 2 }).first()).toContainText(top.name);
      await shot(page, `screen-person-${lang}`);

      await page.getByRole('button', { name: w.addRel }).click();
      await shot(page, `screen-add-relationship-${lang}`);

      await page.getByRole('button', { name: app.words.addPerson }).click();
      await page.getByRole('button', { name: w.save }).click();
      await expect(page.locator('aside.right-panel').getByRole('alert')).toContainText(w.fixErrors);
      await shot(page, `screen-new-person-error-${lang}`);

      await page.getByRole('button', { name: w.del }).click();
      await expect(page.getByRole('dialog')).toContainText(String(map.people.length));
      await shot(page, `screen-delete-account-${lang}`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.getByRole('button', { name: w.collapse }).click();
      await expect(page.getByRole('button', { name: w.expand })).toBeVisible();
      await page.waitForTimeout(200);
      await shot(page, `screen-collapsed-${lang}`);
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
