import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_JSON_FORMAT, ACCOUNT_JSON_VERSION, type AccountJson } from '../../../shared/import/accountJson';
import { call, callError, openTestApp, tableCounts, tempDir, type TestApp } from '../service/helpers';

/** Replaces every id by its order of first appearance, so two exports compare equal up to id remapping. */
function canonical(doc: AccountJson): unknown {
  const ids = new Set<string>([doc.account.id, ...(doc.snapshots ?? []).map((x) => x.id), ...doc.people.map((p) => p.id), ...doc.relationships.map((r) => r.id), ...doc.history.map((h) => h.entityId)]);
  const names = new Map<string, string>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && ids.has(v)) {
      if (!names.has(v)) names.set(v, `#${names.size + 1}`);
      return names.get(v);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk({ ...doc, exportedAt: 'x' });
}

async function sampleWithPositions(): Promise<{ app: TestApp; accountId: string }> {
  const app = openTestApp({ seedSample: true });
  const accountId = (await call(app.service, 'listAccounts', {}))[0]!.id;
  const map = await call(app.service, 'getAccountMap', { accountId });
  await call(app.service, 'savePositions', { accountId, layout: 'saved', positions: map.people.slice(0, 5).map((p, i) => ({ personId: p.id, x: i * 10.5, y: -i })) });
  await call(app.service, 'savePositions', { accountId, layout: 'org-chart', positions: [{ personId: map.people[0]!.id, x: 1, y: 2 }] });
  await call(app.service, 'createSnapshot', { accountId, name: 'Before visit 3', day: '2026-02-01' });
  // A deleted person still lives in history and must be carried (and remapped) too.
  await call(app.service, 'deletePerson', { id: map.people[map.people.length - 1]!.id });
  return { app, accountId };
}

describe('account JSON', () => {
  it('exports a documented, versioned document with history and positions', async () => {
    const { app, accountId } = await sampleWithPositions();
    const out = await call(app.service, 'exportAccountJson', { accountId });
    const doc = JSON.parse(out.json) as AccountJson;
    expect(doc).toMatchObject({ format: ACCOUNT_JSON_FORMAT, version: ACCOUNT_JSON_VERSION, exportedAt: '2026-03-10T10:00:00.000Z', appVersion: '0.1.0-test' });
    expect(out.fileName).toMatch(/\.powermap\.json$/);
    expect(doc.people.length).toBeGreaterThan(20);
    expect(doc.positions).toHaveLength(6);
    expect(doc.history.length).toBeGreaterThan(doc.people.length);
    expect(doc.history.filter((h) => h.op === 'delete' && h.entity === 'person')).toHaveLength(1);
    expect(doc.snapshots).toEqual([expect.objectContaining({ accountId, name: 'Before visit 3', day: '2026-02-01' })]);
  });

  it('imports as a new account with new ids, and round-trips exactly (history and positions included)', async () => {
    const { app, accountId } = await sampleWithPositions();
    const first = await call(app.service, 'exportAccountJson', { accountId });
    const before = tableCounts(app);
    const imported = await call(app.service, 'importAccountJson', { json: first.json });
    const original = JSON.parse(first.json) as AccountJson;
    expect(imported).toMatchObject({ people: original.people.length, relationships: original.relationships.length, positions: 6, historyRows: original.history.length });
    expect(imported.account.id).not.toBe(accountId);
    const after = tableCounts(app);
    expect(after.history! - before.history!).toBe(original.history.length);
    expect(after.accounts! - before.accounts!).toBe(1);

    const second = JSON.parse((await call(app.service, 'exportAccountJson', { accountId: imported.account.id })).json) as AccountJson;
    expect(canonical(second)).toEqual(canonical(original));
    const oldIds = new Set([accountId, ...original.people.map((p) => p.id), ...original.relationships.map((r) => r.id), ...original.history.map((h) => h.entityId)]);
    expect(second.history.filter((h) => oldIds.has(h.entityId) || oldIds.has((h.data as { accountId?: string }).accountId ?? ''))).toEqual([]);
    // The copy is a working account: the map of a past day is rebuilt from its history.
    const past = await call(app.service, 'getAccountMapAsOf', { accountId: imported.account.id, day: '2026-01-15' });
    const pastOriginal = await call(app.service, 'getAccountMapAsOf', { accountId, day: '2026-01-15' });
    expect(past.people.length).toBeGreaterThan(5);
    expect(past.people.map((p) => [p.name, p.stance]).sort()).toEqual(pastOriginal.people.map((p) => [p.name, p.stance]).sort());
  });

  it('reads a file’s text with a byte-order mark (as saved by Notepad)', async () => {
    const { app, accountId } = await sampleWithPositions();
    const json = '\ufeff' + (await call(app.service, 'exportAccountJson', { accountId })).json;
    expect((await call(app.service, 'importAccountJson', { json })).people).toBeGreaterThan(20);
  });

  it('saves through the platform’s save dialog, and the saved file imports', async () => {
    const dir = tempDir();
    const saved: string[] = [];
    const platform = {
      async saveFile({ fileName, data }: { fileName: string; data: Uint8Array }) {
        const file = path.join(dir, fileName);
        fs.writeFileSync(file, data);
        saved.push(file);
        return { path: file };
      },
      async printPageToPdf() {
        return new Uint8Array();
      },
    };
    const app = openTestApp({ seedSample: true, platform });
    const accountId = (await call(app.service, 'listAccounts', {}))[0]!.id;
    const result = await call(app.service, 'saveAccountJson', { accountId });
    expect(result).toEqual({ path: saved[0] });
    expect(path.basename(saved[0]!)).toMatch(/ 2026-03-10\.powermap\.json$/);
    expect((await call(app.service, 'importAccountJson', { json: fs.readFileSync(saved[0]!, 'utf8') })).people).toBeGreaterThan(20);
    const noPlatform = openTestApp();
    const other = await call(noPlatform.service, 'createAccount', { name: 'x' });
    expect((await callError(noPlatform.service, 'saveAccountJson', { accountId: other.id })).messageKey).toBe('error.export.unavailable');
  });

  it('refuses invalid documents with a clear message and writes nothing', async () => {
    const { app, accountId } = await sampleWithPositions();
    const good = JSON.parse((await call(app.service, 'exportAccountJson', { accountId })).json) as AccountJson;
    const before = tableCounts(app);
    const refuse = async (json: string) => (await callError(app.service, 'importAccountJson', { json }));
    expect((await refuse('{ not json')).messageKey).toBe('error.accountJson.notJson');
    expect((await refuse('{"format":"something.else"}')).messageKey).toBe('error.accountJson.notPowermap');
    expect(await refuse(JSON.stringify({ ...good, version: ACCOUNT_JSON_VERSION + 1 }))).toMatchObject({ messageKey: 'error.accountJson.tooNew', params: { version: ACCOUNT_JSON_VERSION + 1, known: ACCOUNT_JSON_VERSION } });
    const badStance = structuredClone(good);
    (badStance.people[3] as { stance: string }).stance = 'friendly';
    expect(await refuse(JSON.stringify(badStance))).toMatchObject({ messageKey: 'error.accountJson.invalid', params: { path: 'people.3.stance' } });
    const dangling = structuredClone(good);
    dangling.relationships[0]!.toId = 'nobody';
    expect(await refuse(JSON.stringify(dangling))).toMatchObject({ messageKey: 'error.accountJson.brokenReference', params: { path: 'relationships.0' } });
    const badHistory = structuredClone(good);
    (badHistory.history[2]!.data as { name: string }).name = '';
    expect((await refuse(JSON.stringify(badHistory))).messageKey).toBe('error.accountJson.invalid');
    const { people: _people, ...missing } = good;
    expect((await refuse(JSON.stringify(missing))).messageKey).toBe('error.accountJson.invalid');
    expect(tableCounts(app)).toEqual(before);
  });
});
