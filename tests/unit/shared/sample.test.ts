import { describe, expect, it } from 'vitest';
import { sampleAccount, type SampleLanguage } from '../../../shared/sample/sampleAccount';
import type { SampleAccount } from '../../../shared/sample/types';
import { BUYING_ROLES, RELATIONSHIP_TYPES, STANCES, isInSupportBase, isSymmetric, type Stance } from '../../../shared/domain/model';
import { accountFields, personFields } from '../../../shared/domain/schemas';
import { LIMITS } from '../../../shared/domain/limits';

const LANGS: SampleLanguage[] = ['en', 'zh-CN'];

/** Stance of a sample person on a given day (null = not on the map yet). */
function stanceOn(person: SampleAccount['people'][number], daysAgo: number): Stance | null {
  if (person.addedDaysAgo < daysAgo) return null;
  let current: Stance | null = null;
  for (const h of person.stanceHistory) if (h.daysAgo >= daysAgo) current = h.stance;
  return current;
}

function supportBaseOn(sample: SampleAccount, daysAgo: number): number {
  return sample.people.filter((p) => {
    const s = stanceOn(p, daysAgo);
    return s !== null && isInSupportBase(s);
  }).length;
}

describe.each(LANGS)('sample account (%s)', (lang) => {
  const sample = sampleAccount(lang);
  const byKey = new Map(sample.people.map((p) => [p.key, p]));

  it('has about 25 people with unique keys across several departments', () => {
    expect(sample.people.length).toBeGreaterThanOrEqual(22);
    expect(sample.people.length).toBeLessThanOrEqual(30);
    expect(byKey.size).toBe(sample.people.length);
    expect(new Set(sample.people.map((p) => p.department)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(sample.people.map((p) => p.name)).size).toBe(sample.people.length);
  });

  it('uses every stance and every buying role', () => {
    expect(new Set(sample.people.map((p) => p.stance))).toEqual(new Set(STANCES));
    expect(new Set(sample.people.map((p) => p.buyingRole))).toEqual(new Set(BUYING_ROLES));
  });

  it('has exactly one top decision-maker, a decision-maker not yet met', () => {
    const top = sample.people.filter((p) => p.isTopDecisionMaker);
    expect(top).toHaveLength(1);
    expect(top[0]?.buyingRole).toBe('decision-maker');
    expect(top[0]?.met).toBe(false);
  });

  it('includes minor players: gatekeepers and users with low authority', () => {
    const minor = sample.people.filter((p) => (p.buyingRole === 'gatekeeper' || p.buyingRole === 'user') && p.authority <= 2);
    expect(minor.length).toBeGreaterThanOrEqual(5);
  });

  it('varies ratings, met and last contact', () => {
    for (const field of ['authority', 'expertise', 'accessToTop'] as const) {
      expect(new Set(sample.people.map((p) => p[field])).size).toBeGreaterThanOrEqual(4);
    }
    expect(sample.people.some((p) => p.met)).toBe(true);
    expect(sample.people.some((p) => !p.met)).toBe(true);
    expect(sample.people.some((p) => p.lastContactDaysAgo === null)).toBe(true);
    expect(new Set(sample.people.map((p) => p.lastContactDaysAgo)).size).toBeGreaterThanOrEqual(10);
  });

  it('every person and the account are valid per the schemas and limits', () => {
    for (const p of sample.people) {
      const parsed = personFields.safeParse({ ...p, lastContact: null, pinnedScore: null });
      expect(parsed.success, `${p.key}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(p.name.length).toBeLessThanOrEqual(LIMITS.nameMax);
      for (const r of [p.authority, p.expertise, p.accessToTop]) {
        expect(Number.isInteger(r) && r >= LIMITS.ratingMin && r <= LIMITS.ratingMax).toBe(true);
      }
      if (p.lastContactDaysAgo !== null) {
        expect(p.lastContactDaysAgo).toBeGreaterThanOrEqual(0);
        expect(p.lastContactDaysAgo).toBeLessThanOrEqual(p.addedDaysAgo);
      }
    }
    const account = accountFields.safeParse(sample.account);
    expect(account.success, JSON.stringify(account.error?.issues)).toBe(true);
    expect(sample.account.segment).not.toBe('');
    expect(sample.account.budgetAmount).toBeGreaterThan(0);
    expect(sample.account.productFit && sample.account.centralizedPurchasing).toBe(true);
  });

  it('gives key people notes', () => {
    const withNotes = sample.people.filter((p) => p.notes.length > 0);
    expect(withNotes.length).toBeGreaterThanOrEqual(8);
    expect(byKey.get(sample.people.find((p) => p.isTopDecisionMaker)!.key)!.notes).not.toBe('');
  });

  it('has every relationship type, endpoints that exist, no self-links or duplicates', () => {
    expect(new Set(sample.relationships.map((r) => r.type))).toEqual(new Set(RELATIONSHIP_TYPES));
    const seen = new Set<string>();
    for (const r of sample.relationships) {
      expect(byKey.has(r.from), r.from).toBe(true);
      expect(byKey.has(r.to), r.to).toBe(true);
      expect(r.from).not.toBe(r.to);
      const pair = isSymmetric(r.type) ? [r.from, r.to].sort().join('|') : `${r.from}>${r.to}`;
      const key = `${r.type}:${pair}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      if (r.type === 'influences') expect([1, 2, 3]).toContain(r.strength);
      else expect(r.strength).toBeNull();
    }
    const strengths = new Set(sample.relationships.filter((r) => r.type === 'influences').map((r) => r.strength));
    expect(strengths).toEqual(new Set([1, 2, 3]));
  });

  it('forms an org chart: at most one manager each, no reports-to cycle, one root per top', () => {
    const manager = new Map<string, string>();
    for (const r of sample.relationships.filter((x) => x.type === 'reports-to')) {
      expect(manager.has(r.from), `${r.from} has two managers`).toBe(false);
      manager.set(r.from, r.to);
    }
    for (const p of sample.people) {
      const chain = new Set<string>([p.key]);
      let at = manager.get(p.key);
      while (at !== undefined) {
        expect(chain.has(at), `cycle through ${at}`).toBe(false);
        chain.add(at);
        at = manager.get(at);
      }
    }
    const top = sample.people.find((p) => p.isTopDecisionMaker)!;
    expect(manager.has(top.key)).toBe(false);
  });

  it('adds relationships no earlier than the people they join', () => {
    for (const r of sample.relationships) {
      expect(r.addedDaysAgo).toBeGreaterThanOrEqual(0);
      expect(r.addedDaysAgo).toBeLessThanOrEqual(byKey.get(r.from)!.addedDaysAgo);
      expect(r.addedDaysAgo).toBeLessThanOrEqual(byKey.get(r.to)!.addedDaysAgo);
    }
  });

  it('has a consistent past: people added after the account, stance history strictly ordered', () => {
    expect(sample.createdDaysAgo).toBeGreaterThanOrEqual(90);
    expect(new Set(sample.people.map((p) => p.addedDaysAgo)).size).toBeGreaterThanOrEqual(10);
    for (const p of sample.people) {
      expect(p.addedDaysAgo).toBeLessThanOrEqual(sample.createdDaysAgo);
      expect(p.stanceHistory.length).toBeGreaterThanOrEqual(1);
      expect(p.stanceHistory[0]!.daysAgo).toBe(p.addedDaysAgo);
      expect(p.stanceHistory.at(-1)!.stance).toBe(p.stance);
      for (let i = 0; i < p.stanceHistory.length; i++) {
        const h = p.stanceHistory[i]!;
        expect(h.daysAgo).toBeGreaterThan(0);
        if (i > 0) {
          expect(h.daysAgo).toBeLessThan(p.stanceHistory[i - 1]!.daysAgo);
          expect(h.stance).not.toBe(p.stanceHistory[i - 1]!.stance);
        }
      }
    }
  });

  it('support base grew over the last 90 days while some people moved away', () => {
    expect(supportBaseOn(sample, 0)).toBeGreaterThan(supportBaseOn(sample, 90) + 3);
    expect(supportBaseOn(sample, 0)).toBeGreaterThan(supportBaseOn(sample, 60));
    const movedAway = sample.people.filter((p) => {
      const before = stanceOn(p, 30);
      return before !== null && isInSupportBase(before) && !isInSupportBase(p.stance);
    });
    expect(movedAway.length).toBeGreaterThanOrEqual(2);
  });
});

describe('sample account in both languages', () => {
  const en = sampleAccount('en');
  const zh = sampleAccount('zh-CN');

  it('describes the same people and links with translated text', () => {
    expect(zh.people.map((p) => p.key)).toEqual(en.people.map((p) => p.key));
    expect(zh.relationships).toEqual(en.relationships);
    expect(zh.createdDaysAgo).toBe(en.createdDaysAgo);
    for (const [i, p] of en.people.entries()) {
      const z = zh.people[i]!;
      const { name: _n, title: _t, department: _d, notes: _o, ...rest } = p;
      const { name: _zn, title: _zt, department: _zd, notes: _zo, ...zrest } = z;
      expect(zrest).toEqual(rest);
      expect(/[\u4e00-\u9fff]/.test(z.name)).toBe(true);
      expect(/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(p.name)).toBe(true);
      expect(z.title).not.toBe(p.title);
      expect(z.notes === '').toBe(p.notes === '');
    }
    expect(zh.account.name).toBe('贝乐母婴连锁（华东）');
    expect(en.account.name).toBe('BabyJoy Kids Retail (East China)');
  });
});
