// An imported chain of command with no rating columns: the chairman (top decision-maker) ranks first
// or second without a pin, and nobody's ratings are invented (they are "not rated").
import { describe, expect, it } from 'vitest';
import { computeInfluence } from '../../../shared/domain/influence';
import { rankPeople } from '../../../shared/domain/ranking';
import { call, openTestApp } from '../service/helpers';
import { preview } from './helpers';

const CSV = ['Name,Title,Reports to,Top decision-maker', 'Zhou Zhenhua,Chairman,,yes', 'Liu Ting,General Manager,Zhou Zhenhua,', 'Sun Meihua,CFO,Zhou Zhenhua,', ''].join('\n');

describe('an imported chain of command', () => {
  async function importChain() {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Chain Co' });
    const p = await preview(app.service, account.id, { fileName: 'chain.csv', base64: Buffer.from(CSV).toString('base64') });
    expect(p.suggestedMapping).toEqual(['name', 'title', 'reportsTo', 'isTopDecisionMaker']);
    await call(app.service, 'commitImport', { importId: p.importId });
    return call(app.service, 'getAccountMap', { accountId: account.id });
  }

  it('ranks the chairman (top decision-maker) first without a pin, above the GM and CFO who report to him', async () => {
    const map = await importChain();
    const ranking = rankPeople(map.people, computeInfluence(map.people, map.relationships));
    const chairman = ranking.find((r) => r.person.name === 'Zhou Zhenhua')!;
    expect(chairman.person.isTopDecisionMaker).toBe(true);
    expect(chairman.person.pinnedScore).toBeNull();
    // First or second is what the method asks; here both reports are rated no higher, so first.
    expect(ranking.map((r) => r.person.name)).toEqual(['Zhou Zhenhua', 'Liu Ting', 'Sun Meihua']);
  });

  it('stores the ratings no column gave as not rated (null), not as a 1', async () => {
    const map = await importChain();
    expect(map.people.map((x) => [x.name, x.authority, x.expertise, x.accessToTop])).toEqual([
      ['Zhou Zhenhua', null, null, null],
      ['Liu Ting', null, null, null],
      ['Sun Meihua', null, null, null],
    ]);
  });
});
