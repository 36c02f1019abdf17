// Every key exists in both languages, and every error key the service or schemas can return has words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, pickLanguage, resources, type Tree } from '../../../renderer/i18n/resources';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** 'error.x.y' string literals, plus notFound(what) expanded over its declared union. */
function errorKeysInCode(): Set<string> {
  const keys = new Set<string>();
  for (const file of [...sourceFiles(join(root, 'shared')), ...sourceFiles(join(root, 'electron'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/['"`](error\.[A-Za-z0-9_.]+)['"`]/g)) keys.add(m[1]!);
    const union = /function notFound\(what: ((?:'[a-z]+'\s*\|?\s*)+)/.exec(text);
    if (union) for (const w of union[1]!.matchAll(/'([a-z]+)'/g)) keys.add(`error.notFound.${w[1]}`);
  }
  return keys;
}

const en = flatten(resources.en);
const zh = flatten(resources['zh-CN']);

describe('renderer i18n resources', () => {
  it('defines each key in one feature file only', () => {
    expect(duplicateKeys).toEqual([]);
  });

  it('has the same keys in en and zh-CN', () => {
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it('has no empty texts, and the same {{placeholders}} in both languages', () => {
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(names(zh.get(key) ?? ''), key).toEqual(names(text));
    }
  });

  it('zh-CN texts for the domain words are Chinese', () => {
    for (const key of ['stance.ally', 'stance.opponent', 'topDecisionMaker', 'accounts.heading', 'map.legend.heading']) {
      expect(zh.get(key), key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('translates every error key used in shared/ and electron/', () => {
    const keys = errorKeysInCode();
    expect(keys.size).toBeGreaterThan(20);
    expect(keys.has('error.notFound.person')).toBe(true);
    expect([...keys].filter((k) => !en.has(k)).sort(), 'missing in en').toEqual([]);
    expect([...keys].filter((k) => !zh.has(k)).sort(), 'missing in zh-CN').toEqual([]);
  });

  it('picks the rep’s choice first, then the OS locale', () => {
    expect(pickLanguage('en', 'zh-CN')).toBe('en');
    expect(pickLanguage(null, 'zh-Hans-CN')).toBe('zh-CN');
    expect(pickLanguage(null, 'zh_TW')).toBe('zh-CN');
    expect(pickLanguage(null, 'de-DE')).toBe('en');
    expect(pickLanguage(undefined, '')).toBe('en');
  });
});
