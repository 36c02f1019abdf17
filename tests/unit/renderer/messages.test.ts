// No raw placeholders on screen: every message of every language, rendered by i18next as the app
// renders it, with the params its callers pass — error keys with the params the table in
// shared/ipc/messageParams.ts lists (and the schemas' own issues with what they carry), UI texts with
// the params their t('…', { … }) calls pass (found in the source), the brief's warnings with what
// the shared coaching rules give them. Any leftover "{{…}}" or "$t(…)" fails.
import { fileURLToPath } from 'node:url';
import { createInstance, type TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/domain/limits';
import type { AccountMap } from '../../../shared/domain/model';
import { analyzeRow } from '../../../shared/import/analyze';
import { dispatch } from '../../../shared/ipc/dispatch';
import { MESSAGE_PARAMS, paramsOf } from '../../../shared/ipc/messageParams';
import { computeWarnings } from '../../../shared/coaching/coaching';
import { warningKeys, warningParams } from '../../../renderer/features/coaching/warningWords';
import { input } from '../coaching/fixtures';
import { warningScenarios } from './warningScenarios';
import { listNames } from '../../../renderer/i18n/list';
import { LANGUAGES, resources, type Language, type Tree } from '../../../renderer/i18n/resources';
import { openTestApp } from '../service/helpers';
import { messageCalls } from './messageCallers';

const root = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
const LEFTOVER = /\{\{|\}\}|\$t\(/;
const sample = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, n === 'reason' ? 'error.text.empty' : `‹${n}›`]));

// Keys with "{{…}}" that nothing on screen shows today (no caller anywhere in the renderer).
const NOT_SHOWN = new Set(['search.count', 'timetravel.loading']);
// Keys raised as a value and put into words elsewhere, with the params that place passes.
const RENDERED_ELSEWHERE: Record<string, { params: string[]; where: string }> = {
  'export.error.clipboard': { params: ['detail'], where: 'ExportDialog: t(err.key, { detail: err.message })' },
  'person.saved': { params: ['name'], where: 'PersonForm afterWrite: notify({ key, params: { name } })' },
  'person.created': { params: ['name'], where: 'PersonForm afterWrite: notify({ key, params: { name } })' },
};

const keys = flatten(resources.en);
const t: Record<Language, TFunction> = {} as Record<Language, TFunction>;

beforeAll(async () => {
  for (const lng of LANGUAGES) {
    const i18n = createInstance();
    // As renderer/i18n/index.ts sets it up.
    await i18n.init({ resources: { [lng]: { translation: resources[lng] } }, lng, interpolation: { escapeValue: false }, returnNull: false });
    t[lng] = i18n.t;
  }
});

/** Texts that rendered with a leftover placeholder (or not at all), for one assertion per test. */
let dirty: string[] = [];
beforeEach(() => {
  dirty = [];
});
afterEach(() => {
  expect(dirty).toEqual([]);
});

function expectClean(lng: Language, key: string, params: Record<string, unknown>, where: string): string {
  const text = t[lng](key, params);
  if (LEFTOVER.test(text) || text === key) dirty.push(`${lng} ${key} (${where}) → ${text}`);
  return text;
}

describe('error messages', () => {
  const errorKeys = [...keys.keys()].filter((k) => k.startsWith('error.'));

  it('need no params beyond those listed for them in MESSAGE_PARAMS', () => {
    for (const lng of LANGUAGES) {
      const texts = flatten(resources[lng]);
      for (const key of errorKeys) expect(placeholders(texts.get(key)!).filter((p) => !paramsOf(key).includes(p)), `${lng} ${key}`).toEqual([]);
    }
    // And the table names only keys that exist.
    expect(Object.keys(MESSAGE_PARAMS).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('render in every language with their listed params (a row refused for any reason too)', () => {
    for (const lng of LANGUAGES) {
      for (const key of errorKeys) expectClean(lng, key, sample(paramsOf(key)), 'listed params');
      // rowRejected nests the reason's own text, with the reason's params alongside.
      for (const reason of errorKeys) expectClean(lng, 'error.import.rowRejected', { ...sample(paramsOf(reason)), row: 3, reason }, `reason ${reason}`);
    }
  });

  it('from the person schema render with what the issue carries: an import row whose text is too long says its limit', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    const row = analyzeRow([long(LIMITS.nameMax), long(LIMITS.titleMax), long(LIMITS.departmentMax), long(LIMITS.notesMax)], 2, ['name', 'title', 'department', 'notes']);
    expect(row.issues.map((i) => i.messageKey)).toEqual(Array(4).fill('error.text.tooLong'));
    for (const lng of LANGUAGES) {
      // As the import preview shows a row issue.
      const texts = row.issues.map((i) => expectClean(lng, i.messageKey, i.params ?? {}, `column ${i.column}`));
      expect(texts[0]).toContain(String(LIMITS.nameMax));
      expect(texts[3]).toContain(String(LIMITS.notesMax));
    }
    expect(t.en(row.issues[1]!.messageKey, row.issues[1]!.params ?? {})).toBe(`This text is too long (at most ${LIMITS.titleMax} characters).`);
  });

  it('refused at the contract carry the same params', async () => {
    const app = openTestApp();
    const env = await dispatch(app.service, 'createAccount', { name: 'x'.repeat(LIMITS.nameMax + 1) });
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error).toMatchObject({ messageKey: 'error.text.tooLong', params: { max: LIMITS.nameMax } });
    for (const lng of LANGUAGES) expectClean(lng, env.error.messageKey, env.error.params ?? {}, 'createAccount');
  });
});

describe('undo steps', () => {
  // Their words come from the service (electron/service/undoLabels.ts) with the params MESSAGE_PARAMS lists.
  const labelKeys = [...keys.keys()].filter((k) => k.startsWith('undo.label.'));
  it('render in every language with their listed params, and need no others', () => {
    expect(labelKeys.length).toBeGreaterThan(10);
    for (const lng of LANGUAGES) {
      const texts = flatten(resources[lng]);
      for (const key of labelKeys) {
        expect(placeholders(texts.get(key)!).filter((p) => !paramsOf(key).includes(p)), `${lng} ${key}`).toEqual([]);
        expectClean(lng, key, sample(paramsOf(key)), 'listed params');
      }
    }
  });
});

describe('UI texts', () => {
  const calls = messageCalls(root);

  it('render with the params their callers pass', () => {
    const uncalled: string[] = [];
    for (const [key, text] of keys) {
      if (key.startsWith('error.') || key.startsWith('undo.label.') || key.startsWith('brief.warning.') || placeholders(text).length === 0 || NOT_SHOWN.has(key)) continue;
      const elsewhere = RENDERED_ELSEWHERE[key];
      if (elsewhere) {
        for (const lng of LANGUAGES) expectClean(lng, key, sample(elsewhere.params), elsewhere.where);
        continue;
      }
      const matching = calls.filter((c) => c.key.test(key));
      // A template-literal key (t(`stance.${s}`)) may ask for only some of the keys it matches: use it only when no call names the key.
      const exact = matching.filter((c) => !c.pattern);
      const callers = (exact.length > 0 ? exact : matching).filter((c) => c.params !== null);
      if (callers.length === 0) {
        uncalled.push(key);
        continue;
      }
      for (const c of callers) for (const lng of LANGUAGES) expectClean(lng, key, sample(c.params!), `${c.file}:${c.line}`);
    }
    // A text with params that no t('key', { … }) call passes must get its params some other way this test knows.
    expect(uncalled).toEqual([]);
  });

  it('the coaching warnings render with the params the shared rules give them (every warning, in its word variants)', () => {
    const seen = new Set<string>();
    for (const given of warningScenarios()) {
      for (const w of computeWarnings(input(given))) {
        seen.add(w.id);
        const { text, next } = warningKeys(w);
        for (const lng of LANGUAGES) {
          expectClean(lng, text, w.params, `shared/coaching ${w.id}`);
          expectClean(lng, next, w.params, `shared/coaching ${w.id}`);
        }
      }
    }
    const ids = [...keys.keys()].filter((k) => k.startsWith('brief.warning.') && k.endsWith('.text')).map((k) => k.split('.')[2]);
    expect([...seen].sort()).toEqual([...new Set(ids)].sort());
  });
});

describe('names in a list', () => {
  it('are joined with “、” in Chinese and “, ” in English', () => {
    expect(listNames(['微信', '生日'], 'zh-CN')).toBe('微信、生日');
    expect(listNames(['WeChat', 'Birthday'], 'en')).toBe('WeChat, Birthday');
    expect(listNames(['甲', '乙', '丙', '丁', '戊'], 'zh-CN', 4)).toBe('甲、乙、丙、丁 +1');
  });

  it('the coaching card and brief list names the Chinese way', async () => {
    const zh = createInstance();
    await zh.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: resources['zh-CN'] } }, interpolation: { escapeValue: false } });
    const given = warningScenarios()[0]!;
    const w = computeWarnings(input(given)).find((x) => x.id === 'highInfluenceAgainst')!;
    const map: AccountMap = { account: given.account!, people: given.people, relationships: [], positions: [] };
    expect(String(warningParams(w, map, zh.t, 'zh-CN', '2026-11-27').names).split('、').sort()).toEqual(['周振华', '许晶']);
  });
});
