import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/model';
import { isInSupportBase, STANCES, BUYING_ROLES, RELATIONSHIP_TYPES } from '../../../shared/domain/model';
import { sampleAccount } from '../../../shared/sample/sampleAccount';
import { localDay } from '../../../electron/service/clock';
import { languageFromLocale } from '../../../electron/service/language';
import { SAMPLE_SEEDED_KEY } from '../../../electron/service/sample';
import type { HistoryEntry } from '../../../electron/db/history';
import { call, openTestApp, tableCounts } from './helpers';
import { sampleFixture } from './sampleFixture';

const NOW = '2026-03-10T10:00:00.000Z';
const daysAgo = (n: number) => localDay(new Date(new Date(NOW).getTime() - n * 86_400_000));

/** People of an account as they were at the end of `day`, rebuilt from history alone. */
function peopleOn(history: HistoryEntry[], day: string): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const h of history) {
    if (h.day > day || h.entity !== 'person') continue;
    if (h.op === 'delete') people.delete(h.entityId);
    else people.set(h.entityId, h.data);
  }
  return people;
}

const supportBaseOn = (history: HistoryEntry[], day: string) =>
  [...peopleOn(history, day).values()].filter((p) => isInSupportBase(p.stance)).length;

describe('language from the OS locale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_TW', 'zh-CN'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('%j → %s', (locale, lang) => {
    expect(languageFromLocale(locale)).toBe(lang);
  });
});

describe('sample account seeding (fixture)', () => {
  it('replays the sample\'s past through the service: real history rows on the right days', async () => {
    const app = openTestApp({ seedSample: true, sampleData: sampleFixture });
    const [account] = await call(app.service, 'listAccounts', {});
    expect(account).toMatchObject({ name: 'Test Baby Co', peopleCount: 4, relationshipCount: 3, supportBaseCount: 2 });
    const history = app.store.history.listByAccount(account!.id);
    expect(history[0]).toMatchObject({ entity: 'account', op: 'create', day: daysAgo(60) });
    expect(history.every((h, i) => i === 0 || h.at >= history[i - 1]!.at)).toBe(true);
    expect(history.every((h) => h.at <= NOW)).toBe(true);

    const map = await call(app.service, 'getAccountMap', { accountId: account!.id });
    const byName = new Map(map.people.map((p) => [p.name, p]));
    const boss = byName.get('Boss')!;
    expect(boss).toMatchObject({ stance: 'ally', isTopDecisionMaker: true, met: true, lastContact: daysAgo(5), buyingRole: 'decision-maker' });
    // Stance changes on their days; the last contact (5 days ago, after being added) is its own change on its day.
    const bossRows = app.store.history.listByEntity(boss.id).map((h) => h.data as Person);
    expect(app.store.history.listByEntity(boss.id).map((h) => h.day)).toEqual([daysAgo(50), daysAgo(30), daysAgo(10), daysAgo(5)]);
    expect(bossRows.map((p) => [p.stance, p.met, p.lastContact])).toEqual([
      ['neutral', false, null],
      ['supporter', false, null],
      ['ally', false, null],
      ['ally', true, daysAgo(5)],
    ]);
    // Contact 45 days ago, before being added 40 days ago: known at creation.
    expect(byName.get('Buyer')).toMatchObject({ stance: 'skeptic', met: true, lastContact: daysAgo(45) });
    expect(app.store.history.listByEntity(byName.get('Clerk')!.id).map((h) => [h.op, h.day, (h.data as Person).stance])).toEqual([
      ['create', daysAgo(15), 'supporter'],
    ]);
    // A link is not older than either person: clerk (added 15 days ago) close-to boss is clamped to day 15.
    const links = map.relationships.map((r) => [r.type, r.strength, app.store.history.listByEntity(r.id)[0]?.day]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['reports-to', null, daysAgo(40)],
        ['influences', 3, daysAgo(12)],
        ['close-to', null, daysAgo(15)],
      ]),
    );
  });

  it('gives the sample a real support-base trend', () => {
    const app = openTestApp({ seedSample: true, sampleData: sampleFixture });
    const accountId = app.store.accounts.listSummaries(false)[0]!.id;
    const history = app.store.history.listByAccount(accountId);
    // day 45: nobody; day 40: buyer (supporter); day 30: boss + buyer; day 20: boss only; day 15: boss + clerk; day 10 on: boss (ally) + clerk.
    expect([55, 45, 40, 30, 20, 15, 10, 0].map((d) => supportBaseOn(history, daysAgo(d)))).toEqual([0, 0, 1, 2, 1, 2, 2, 2]);
  });

  it('seeds in Chinese when the OS locale is Chinese', async () => {
    const app = openTestApp({ seedSample: true, sampleData: sampleFixture, systemLocale: 'zh-CN' });
    const [account] = await call(app.service, 'listAccounts', {});
    expect(account?.name).toBe('测试母婴');
  });

  it('still opens when seeding fails: nothing half-written, tried again next time', async () => {
    const broken = (lang: 'en' | 'zh-CN') => {
      const data = sampleFixture(lang);
      data.relationships.push({ from: 'boss', to: 'ghost', type: 'close-to', strength: null, addedDaysAgo: 1 });
      return data;
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const first = openTestApp({ seedSample: true, sampleData: broken });
      expect(errors).toHaveLength(1);
      expect(tableCounts(first)).toMatchObject({ accounts: 0, people: 0, history: 0, settings: 0 });
      first.close();
      const second = openTestApp({ dbPath: first.dbPath, seedSample: true, sampleData: sampleFixture });
      expect(await call(second.service, 'listAccounts', {})).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});

describe('sample account seeding (built-in data)', () => {
  it.each([
    ['en-US', 'en'],
    ['zh-CN', 'zh-CN'],
  ] as const)('with locale %s seeds the built-in sample in %s, once, with every stance, role and link type', async (locale, lang) => {
    const app = openTestApp({ seedSample: true, systemLocale: locale });
    const data = sampleAccount(lang);
    const list = await call(app.service, 'listAccounts', {});
    expect(list.map((a) => a.name)).toEqual([data.account.name]);
    const map = await call(app.service, 'getAccountMap', { accountId: list[0]!.id });
    expect(map.people).toHaveLength(data.people.length);
    expect(map.relationships).toHaveLength(data.relationships.length);
    expect(new Set(map.people.map((p) => p.stance))).toEqual(new Set(STANCES));
    expect(new Set(map.people.map((p) => p.buyingRole))).toEqual(new Set(BUYING_ROLES));
    expect(new Set(map.relationships.map((r) => r.type))).toEqual(new Set(RELATIONSHIP_TYPES));
    expect(map.people.filter((p) => p.isTopDecisionMaker)).toHaveLength(1);
    for (const p of data.people) expect(map.people.find((x) => x.name === p.name)?.stance, p.name).toBe(p.stance);
    const history = app.store.history.listByAccount(list[0]!.id);
    expect(history[0]?.day).toBe(daysAgo(data.createdDaysAgo));
    expect(history.filter((h) => h.entity === 'person' && h.op === 'update').length).toBeGreaterThan(0);
    expect(app.store.settings.get(SAMPLE_SEEDED_KEY)).toBe(NOW);
  });

  it('seeds once: reopening does not add a second sample', async () => {
    const first = openTestApp({ seedSample: true });
    first.close();
    const second = openTestApp({ dbPath: first.dbPath, seedSample: true });
    expect(await call(second.service, 'listAccounts', { includeArchived: true })).toHaveLength(1);
  });

  it('once the rep deletes the sample, it never comes back, across restarts', async () => {
    const first = openTestApp({ seedSample: true });
    const [sample] = await call(first.service, 'listAccounts', {});
    await call(first.service, 'deleteAccount', { id: sample!.id });
    first.close();
    for (let i = 0; i < 2; i++) {
      const again = openTestApp({ dbPath: first.dbPath, seedSample: true });
      expect(await call(again.service, 'listAccounts', { includeArchived: true })).toEqual([]);
      again.close();
    }
  });

  it('is not created when seeding is switched off', async () => {
    const app = openTestApp({ seedSample: false });
    expect(await call(app.service, 'listAccounts', {})).toEqual([]);
  });
});
