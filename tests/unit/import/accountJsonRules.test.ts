// An account file obeys the same rules as the app: every person, relationship, history row, position
// and snapshot is checked with the form's schemas and the service's relationship rules. A file that
// breaks any of them is refused with row-level problems, and nothing is written.
import { describe, expect, it } from 'vitest';
import type { Relationship, RelationshipType } from '../../../shared/domain/model';
import type { AccountJson } from '../../../shared/import/accountJson';
import type { ApiErrorPayload } from '../../../shared/ipc/errors';
import { localDay } from '../../../electron/service/clock';
import { addDays } from '../../../shared/history/days';
import { syntheticAccountJson } from '../../bench/syntheticAccountJson';
import { call, callError, openTestApp, tableCounts, type TestApp } from '../service/helpers';

async function exported(): Promise<{ app: TestApp; good: AccountJson }> {
  const app = openTestApp({ seedSample: true });
  const accountId = (await call(app.service, 'listAccounts', {}))[0]!.id;
  await call(app.service, 'createSnapshot', { accountId, name: 'Before visit 3', day: '2026-02-01' });
  const good = JSON.parse((await call(app.service, 'exportAccountJson', { accountId })).json) as AccountJson;
  return { app, good };
}

const counts = (app: TestApp) => ({ ...tableCounts(app), snapshots: (app.store.db.prepare('SELECT count(*) AS n FROM snapshots').get() as { n: number }).n });

/** Adds a relationship with its history row, as the app would have written it. */
function addRelationship(doc: AccountJson, fromId: string, toId: string, type: RelationshipType, strength: number | null = null): Relationship {
  const r: Relationship = { id: `extra-${doc.relationships.length}`, accountId: doc.account.id, fromId, toId, type, strength, createdAt: '2026-03-01T08:00:00.000Z' };
  doc.relationships.push(r);
  doc.history.push({ entity: 'relationship', entityId: r.id, op: 'create', at: r.createdAt, day: '2026-03-01', data: r });
  return r;
}

/** Imports `doc`, expects a refusal naming `path` with `reason`, and checks that nothing was written. */
async function expectRefused(app: TestApp, doc: AccountJson, path: string, reason: string): Promise<ApiErrorPayload> {
  const before = counts(app);
  const err = await callError(app.service, 'importAccountJson', { json: JSON.stringify(doc) });
  expect(err.code).toBe('validation');
  expect(err.messageKey).toMatch(/^error\.accountJson\.rejected/);
  expect(err.issues).toContainEqual({ path, messageKey: reason });
  expect(counts(app)).toEqual(before);
  return err;
}

describe('account JSON obeys the app’s rules', () => {
  it('still imports a valid exported file', async () => {
    const { app, good } = await exported();
    expect((await call(app.service, 'importAccountJson', { json: JSON.stringify(good) })).people).toBe(good.people.length);
  });

  it('imports the synthetic 2,000-person file the big-export e2e test uses', async () => {
    const app = openTestApp();
    const doc = syntheticAccountJson(2000);
    expect((await call(app.service, 'importAccountJson', { json: JSON.stringify(doc) })).relationships).toBe(doc.relationships.length);
  });

  it('refuses a reports-to loop', async () => {
    const { app, good } = await exported();
    const doc = structuredClone(good);
    const up = doc.relationships.find((r) => r.type === 'reports-to')!;
    addRelationship(doc, up.toId, up.fromId, 'reports-to');
    const err = await expectRefused(app, doc, `relationships.${doc.relationships.length - 1}.toId`, 'error.relationship.cycle');
    expect(err.params).toMatchObject({ section: 'relationships', row: doc.relationships.length, reason: 'error.relationship.cycle' });
  });

  it('refuses close-to both ways (the same relationship twice)', async () => {
    const { app, good } = await exported();
    const doc = structuredClone(good);
    const [a, b] = doc.people;
    addRelationship(doc, a!.id, b!.id, 'close-to');
    addRelationship(doc, b!.id, a!.id, 'close-to');
    await expectRefused(app, doc, `relationships.${doc.relationships.length - 1}.type`, 'error.relationship.duplicate');
  });

  it('refuses a self-link and a relationship to someone not in the file', async () => {
    const { app, good } = await exported();
    const self = structuredClone(good);
    addRelationship(self, self.people[0]!.id, self.people[0]!.id, 'close-to');
    await expectRefused(app, self, `relationships.${self.relationships.length - 1}.toId`, 'error.relationship.self');
    const unknown = structuredClone(good);
    addRelationship(unknown, unknown.people[0]!.id, 'nobody', 'close-to');
    await expectRefused(app, unknown, `relationships.${unknown.relationships.length - 1}.toId`, 'error.accountJson.unknownPerson');
  });

  it('refuses a strength on anything but influences, and influences without one', async () => {
    const { app, good } = await exported();
    const doc = structuredClone(good);
    const [a, b, c] = doc.people;
    addRelationship(doc, a!.id, b!.id, 'conflicts-with', 2);
    addRelationship(doc, a!.id, c!.id, 'influences', null);
    const n = doc.relationships.length;
    await expectRefused(app, doc, `relationships.${n - 2}.strength`, 'error.relationship.strengthNotAllowed');
    await expectRefused(app, doc, `relationships.${n - 1}.strength`, 'error.relationship.strengthRequired');
  });

  it('refuses a relationship without its history rows', async () => {
    const { app, good } = await exported();
    const doc = structuredClone(good);
    const [a, b] = doc.people;
    doc.relationships.push({ id: 'no-history', accountId: doc.account.id, fromId: a!.id, toId: b!.id, type: 'conflicts-with', strength: null, createdAt: '2026-03-01T08:00:00.000Z' });
    await expectRefused(app, doc, `relationships.${doc.relationships.length - 1}`, 'error.accountJson.noHistory');
  });

  it('refuses a person whose last history row deletes them, or who has none', async () => {
    const { app, good } = await exported();
    const doc = structuredClone(good);
    const p = doc.people[4]!;
    doc.history.push({ entity: 'person', entityId: p.id, op: 'delete', at: '2026-03-02T08:00:00.000Z', day: '2026-03-02', data: p });
    await expectRefused(app, doc, 'people.4', 'error.accountJson.noHistory');
  });

  it('refuses names with control characters or line breaks, and over-long text', async () => {
    const { app, good } = await exported();
    const bell = structuredClone(good);
    bell.people[2]!.name = 'Zhang\u0007Wei';
    const err = await expectRefused(app, bell, 'people.2.name', 'error.text.controlChars');
    expect(err.params).toMatchObject({ section: 'people', row: 3, field: 'name', name: 'Zhang Wei' });
    const newline = structuredClone(good);
    newline.people[2]!.title = 'Head of\nPurchasing';
    await expectRefused(app, newline, 'people.2.title', 'error.text.controlChars');
    const accountName = structuredClone(good);
    accountName.account.name = 'Bad\nName';
    await expectRefused(app, accountName, 'account.name', 'error.text.controlChars');
    const long = structuredClone(good);
    long.people[1]!.name = 'x'.repeat(121);
    long.people[3]!.notes = 'y'.repeat(10_001);
    const tooLong = await expectRefused(app, long, 'people.1.name', 'error.text.tooLong');
    expect(tooLong.params).toMatchObject({ max: 120 });
    expect(tooLong.issues).toContainEqual({ path: 'people.3.notes', messageKey: 'error.text.tooLong' });
    const historyName = structuredClone(good);
    const row = historyName.history.findIndex((h) => h.entity === 'person');
    (historyName.history[row]!.data as { name: string }).name = 'Li\rNa';
    await expectRefused(app, historyName, `history.${row}.data.name`, 'error.text.controlChars');
    const snapshot = structuredClone(good);
    snapshot.snapshots![0]!.name = 'Before\tvisit';
    await expectRefused(app, snapshot, 'snapshots.0.name', 'error.text.controlChars');
  });

  it('refuses a date that does not exist', async () => {
    const { app, good } = await exported();
    const doc = structuredClone(good);
    doc.people[5]!.lastContact = '2026-02-30';
    await expectRefused(app, doc, 'people.5.lastContact', 'error.date.invalid');
  });

  it('refuses history days that are not dates, far in the past, or after tomorrow', async () => {
    const { app, good } = await exported();
    const last = good.history.length - 1;
    for (const [day, reason] of [
      ['2026-13-45', 'error.date.invalid'],
      ['yesterday', 'error.date.invalid'],
      ['0001-01-01', 'error.accountJson.dayOutOfRange'],
      ['1899-12-31', 'error.accountJson.dayOutOfRange'],
      ['2030-01-01', 'error.accountJson.dayOutOfRange'],
    ] as const) {
      const doc = structuredClone(good);
      doc.history[last]!.day = day;
      await expectRefused(app, doc, `history.${last}.day`, reason);
    }
    // Tomorrow is still possible (a file from a time zone ahead); the day after is not.
    const today = localDay(app.clock.now());
    const tomorrow = structuredClone(good);
    tomorrow.history[last]!.day = addDays(today, 1);
    expect((await call(app.service, 'importAccountJson', { json: JSON.stringify(tomorrow) })).historyRows).toBe(good.history.length);
    const dayAfter = structuredClone(good);
    dayAfter.history[last]!.day = addDays(today, 2);
    await expectRefused(app, dayAfter, `history.${last}.day`, 'error.accountJson.dayOutOfRange');
    const before = structuredClone(good);
    before.history[last]!.day = '2001-01-01';
    await expectRefused(app, before, `history.${last}.day`, 'error.accountJson.beforeAccount');
    const snapshot = structuredClone(good);
    snapshot.snapshots![0]!.day = '2999-01-01';
    await expectRefused(app, snapshot, 'snapshots.0.day', 'error.accountJson.dayOutOfRange');
  });

  it('refuses two top decision-makers', async () => {
    const { app, good } = await exported();
    const doc = structuredClone(good);
    const top = doc.people.findIndex((p) => p.isTopDecisionMaker);
    const other = top === 0 ? 1 : 0;
    doc.people[other]!.isTopDecisionMaker = true;
    const second = Math.max(top, other);
    const err = await expectRefused(app, doc, `people.${second}.isTopDecisionMaker`, 'error.accountJson.twoTopDecisionMakers');
    expect(err.params).toMatchObject({ otherRow: Math.min(top, other) + 1 });
  });

  it('lists every problem row by row (up to a cap), not only the first', async () => {
    const { app, good } = await exported();
    const doc = structuredClone(good);
    doc.people[0]!.name = 'a\u0000b';
    doc.people[1]!.lastContact = '2026-02-30';
    doc.history[3]!.day = '0001-01-01';
    const err = await expectRefused(app, doc, 'people.0.name', 'error.text.controlChars');
    expect(err.params).toMatchObject({ problems: 3 });
    expect(err.issues).toEqual([
      { path: 'people.0.name', messageKey: 'error.text.controlChars' },
      { path: 'people.1.lastContact', messageKey: 'error.date.invalid' },
      { path: 'history.3.day', messageKey: 'error.accountJson.dayOutOfRange' },
    ]);
  });
});
