// The fuzz test's checks can fail: the invariant check finds each kind of damage it claims to, and
// the typed-error check refuses dispatch's raw-error fallback and keys without words.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invariantProblems, reportsToCycle } from './fuzz/invariants';
import { untypedReason } from './fuzz/tally';
import { call, openTestApp } from '../service/helpers';

describe('invariantProblems', () => {
  it('is empty for a sound file, and names every rule a hand-edited file breaks', async () => {
    const app = openTestApp();
    const a = await call(app.service, 'createAccount', { name: 'A' });
    const b = await call(app.service, 'createAccount', { name: 'B' });
    const [p1, p2, p3] = await Promise.all(['Li', 'Wang', 'Zhao'].map(async (name) => (await call(app.service, 'createPerson', { accountId: a.id, name })).person));
    const other = (await call(app.service, 'createPerson', { accountId: b.id, name: 'Other' })).person;
    await call(app.service, 'createRelationship', { accountId: a.id, fromId: p1!.id, toId: p2!.id, type: 'reports-to' });
    await call(app.service, 'createRelationship', { accountId: a.id, fromId: p2!.id, toId: p3!.id, type: 'reports-to' });
    app.close();
    expect(invariantProblems(app.dbPath)).toEqual([]);

    const db = new Database(app.dbPath);
    db.pragma('foreign_keys = OFF');
    db.exec('DROP INDEX people_one_top_decision_maker');
    db.prepare('UPDATE people SET is_top_decision_maker = 1 WHERE account_id = ?').run(a.id);
    const rel = db.prepare("INSERT INTO relationships (id, account_id, from_id, to_id, type, strength, created_at) VALUES (?, ?, ?, ?, 'reports-to', NULL, '2026-03-10')");
    rel.run('loop', a.id, p3!.id, p1!.id);
    rel.run('cross', a.id, p1!.id, other.id);
    rel.run('dangling', a.id, p1!.id, 'nobody');
    db.prepare("INSERT INTO positions (person_id, account_id, layout, x, y) VALUES ('nobody', ?, 'saved', 0, 0)").run(a.id);
    db.close();

    const problems = invariantProblems(app.dbPath).map((p) => p.split(':')[0]);
    expect(problems).toEqual([
      'foreign_key_check',
      'two top decision-makers',
      'relationships to missing or other-account people',
      'positions of missing or other-account people',
      'reports-to loop',
    ]);
  });

  it('finds a reports-to loop of any length, and none in a tree', () => {
    expect(reportsToCycle([{ f: 'a', t: 'b' }, { f: 'b', t: 'c' }, { f: 'd', t: 'c' }])).toBeNull();
    expect(reportsToCycle([{ f: 'a', t: 'b' }, { f: 'b', t: 'c' }, { f: 'c', t: 'a' }])).toEqual(['a', 'b', 'c', 'a']);
    expect(reportsToCycle([{ f: 'x', t: 'x' }])).toEqual(['x', 'x']);
  });
});

describe('untypedReason', () => {
  it('accepts typed errors with words, refuses the raw-error fallback and unknown keys', () => {
    expect(untypedReason({ code: 'conflict', messageKey: 'error.backup.restoring' })).toBeNull();
    expect(untypedReason({ code: 'internal', messageKey: 'error.export.saveFailed', params: { detail: 'EACCES' } })).toBeNull();
    expect(untypedReason({ code: 'internal', messageKey: 'error.internal', params: { detail: 'The database connection is not open' } })).toBe('raw error: The database connection is not open');
    expect(untypedReason({ code: 'validation', messageKey: 'error.nope' })).toBe('no words for error.nope');
  });
});
