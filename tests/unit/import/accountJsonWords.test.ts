// A refused account file is explained in words, in both languages: which row, which field, what is
// wrong (the reason's own text nested in), with no leftover {{placeholder}} or $t(…).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AccountJson } from '../../../shared/import/accountJson';
import type { ApiErrorPayload } from '../../../shared/ipc/errors';
import { resources } from '../../../renderer/i18n/resources';
import { call, callError, openTestApp } from '../service/helpers';

async function translator(lng: 'en' | 'zh-CN') {
  const t = i18next.createInstance();
  await t.init({ resources: { en: { translation: resources.en }, 'zh-CN': { translation: resources['zh-CN'] } }, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return (e: ApiErrorPayload) => t.t(e.messageKey, e.params ?? {});
}

describe('account file refusals in words', () => {
  it('names the row, the field and the reason in English and Chinese', async () => {
    const app = openTestApp({ seedSample: true });
    const accountId = (await call(app.service, 'listAccounts', {}))[0]!.id;
    const good = JSON.parse((await call(app.service, 'exportAccountJson', { accountId })).json) as AccountJson;
    const refuse = (mutate: (d: AccountJson) => void) => {
      const doc = structuredClone(good);
      mutate(doc);
      return callError(app.service, 'importAccountJson', { json: JSON.stringify(doc) });
    };
    const control = await refuse((d) => (d.people[2]!.name = 'Zhang\u0007Wei {{x}} $t(error.internal)'));
    const tooLong = await refuse((d) => (d.people[1]!.title = 't'.repeat(161)));
    const farPast = await refuse((d) => (d.history[d.history.length - 1]!.day = '0001-01-01'));
    const noHistory = await refuse((d) => (d.history = d.history.filter((h) => h.entity !== 'account')));
    const cycle = await refuse((d) => {
      const up = d.relationships.find((r) => r.type === 'reports-to')!;
      const r = { ...up, id: 'loop', fromId: up.toId, toId: up.fromId };
      d.relationships.push(r);
      d.history.push({ entity: 'relationship', entityId: r.id, op: 'create', at: r.createdAt, day: d.history[d.history.length - 1]!.day, data: r });
    });
    const en = await translator('en');
    const zh = await translator('zh-CN');
    const all = [control, tooLong, farPast, noHistory, cycle];
    for (const say of [en, zh]) {
      for (const e of all) {
        const text = say(e);
        expect(text, text).not.toMatch(/\{\{|\}\}|\$t\(|error\.[A-Za-z]+\.[A-Za-z]/);
      }
    }
    expect(en(control)).toBe('Nothing was imported: this account file breaks the app’s rules (1 found). The first: person 3 “Zhang Wei x error.internal)”, field “name”: This text contains invisible control characters. Please retype it.');
    expect(en(tooLong)).toContain('person 2 “');
    expect(en(tooLong)).toContain('field “title”: This text is too long (at most 160 characters).');
    expect(en(farPast)).toMatch(/history row \d+ \(.+, 0001-01-01\), field “day”: This day cannot be in the history: it must be from 2000-01-01 to 2026-03-1\d\./);
    expect(en(noHistory)).toContain('The first: the account “BabyJoy');
    expect(en(noHistory)).toContain(': The file has no history for this');
    expect(en(cycle)).toContain('reporting loop');
    expect(zh(control)).toContain('第 3 位人员“Zhang Wei x error.internal)”，字段“name”：');
    expect(zh(tooLong)).toContain('文字');
    expect(zh(cycle)).toMatch(/第 \d+ 条关系（.+ → .+）/);
  });
});
