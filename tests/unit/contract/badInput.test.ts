// Bad input through the one entry point (dispatch): a typed validation error with an i18n key, and
// nothing written — not a row, not a history entry.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Method } from '../../../shared/ipc/contract';
import { LIMITS } from '../../../shared/domain/limits';
import { call, callError, openTestApp, tableCounts, type TestApp } from '../service/helpers';

let app: TestApp;
let accountId: string;
let personId: string;
let otherId: string;
let relationshipId: string;

beforeEach(async () => {
  app = openTestApp();
  accountId = (await call(app.service, 'createAccount', { name: 'Acme' })).id;
  personId = (await call(app.service, 'createPerson', { accountId, name: 'Li' })).person.id;
  otherId = (await call(app.service, 'createPerson', { accountId, name: 'Wang' })).person.id;
  relationshipId = (await call(app.service, 'createRelationship', { accountId, fromId: personId, toId: otherId, type: 'influences' })).id;
});

type Case = [what: string, method: Method, input: () => unknown, key: string, path?: string];

const long = (n: number) => 'x'.repeat(n);

const cases: Case[] = [
  ['empty account name', 'createAccount', () => ({ name: '' }), 'error.text.empty', 'name'],
  ['whitespace-only account name', 'createAccount', () => ({ name: '  \u3000 ' }), 'error.text.empty', 'name'],
  ['missing account name', 'createAccount', () => ({}), 'error.text.notText', 'name'],
  ['over-long account name', 'createAccount', () => ({ name: long(LIMITS.nameMax + 1) }), 'error.text.tooLong', 'name'],
  ['over-long segment', 'createAccount', () => ({ name: 'A', segment: long(LIMITS.segmentMax + 1) }), 'error.text.tooLong', 'segment'],
  ['over-long notes', 'createAccount', () => ({ name: 'A', notes: long(LIMITS.notesMax + 1) }), 'error.text.tooLong', 'notes'],
  ['a number as name', 'createAccount', () => ({ name: 42 }), 'error.text.notText', 'name'],
  ['control character in name', 'createAccount', () => ({ name: 'Acme\u0007' }), 'error.text.controlChars', 'name'],
  ['newline in name', 'createAccount', () => ({ name: 'Ac\nme' }), 'error.text.controlChars', 'name'],
  ['NUL in notes', 'createAccount', () => ({ name: 'A', notes: 'a\u0000b' }), 'error.text.controlChars', 'notes'],
  ['unknown stage', 'createAccount', () => ({ name: 'A', stage: 'win' }), 'error.enum.stage', 'stage'],
  ['unknown field', 'createAccount', () => ({ name: 'A', owner: 'me' }), 'error.invalidInput'],
  ['empty rename', 'updateAccount', () => ({ id: accountId, patch: { name: ' ' } }), 'error.text.empty', 'patch.name'],
  ['archived as text', 'setAccountArchived', () => ({ id: accountId, archived: 'yes' }), 'error.invalidInput', 'archived'],
  ['empty id', 'deleteAccount', () => ({ id: '' }), 'error.id.invalid', 'id'],
  ['id as number', 'deleteAccount', () => ({ id: 7 }), 'error.id.invalid', 'id'],
  ['over-long id', 'getDeletionImpact', () => ({ id: long(65) }), 'error.id.invalid', 'id'],
  ['empty person name', 'createPerson', () => ({ accountId, name: '' }), 'error.text.empty', 'name'],
  ['whitespace person name', 'createPerson', () => ({ accountId, name: '\t ' }), 'error.text.empty', 'name'],
  ['over-long title', 'createPerson', () => ({ accountId, name: 'P', title: long(LIMITS.titleMax + 1) }), 'error.text.tooLong', 'title'],
  ['unknown stance', 'createPerson', () => ({ accountId, name: 'P', stance: 'friend' }), 'error.enum.stance', 'stance'],
  ['unknown buying role', 'createPerson', () => ({ accountId, name: 'P', buyingRole: 'boss' }), 'error.enum.buyingRole', 'buyingRole'],
  ['authority 6', 'createPerson', () => ({ accountId, name: 'P', authority: 6 }), 'error.rating.invalid', 'authority'],
  ['authority 2.5', 'createPerson', () => ({ accountId, name: 'P', authority: 2.5 }), 'error.rating.invalid', 'authority'],
  ['expertise as text', 'createPerson', () => ({ accountId, name: 'P', expertise: '3' }), 'error.rating.invalid', 'expertise'],
  ['pinned score 101', 'createPerson', () => ({ accountId, name: 'P', pinnedScore: 101 }), 'error.score.invalid', 'pinnedScore'],
  ['met as text', 'createPerson', () => ({ accountId, name: 'P', met: 'yes' }), 'error.boolean.invalid', 'met'],
  ['date 2026-02-30', 'createPerson', () => ({ accountId, name: 'P', lastContact: '2026-02-30' }), 'error.date.invalid', 'lastContact'],
  ['date "yesterday"', 'createPerson', () => ({ accountId, name: 'P', lastContact: 'yesterday' }), 'error.date.invalid', 'lastContact'],
  ['date with time', 'updatePerson', () => ({ id: personId, patch: { lastContact: '2026-03-01T10:00' } }), 'error.date.invalid', 'patch.lastContact'],
  ['control character in title', 'updatePerson', () => ({ id: personId, patch: { title: 'CF\u001bO' } }), 'error.text.controlChars', 'patch.title'],
  ['accountId in a person patch', 'updatePerson', () => ({ id: personId, patch: { accountId: 'x' } }), 'error.invalidInput'],
  ['unknown relationship type', 'createRelationship', () => ({ accountId, fromId: personId, toId: otherId, type: 'likes' }), 'error.enum.relationshipType', 'type'],
  ['strength 4', 'createRelationship', () => ({ accountId, fromId: otherId, toId: personId, type: 'influences', strength: 4 }), 'error.invalidInput', 'strength'],
  ['strength 0 on update', 'updateRelationship', () => ({ id: relationshipId, strength: 0 }), 'error.invalidInput', 'strength'],
  ['unknown layout', 'getAccountMap', () => ({ accountId, layout: 'spiral' }), 'error.enum.layout', 'layout'],
  ['position NaN', 'savePositions', () => ({ accountId, layout: 'saved', positions: [{ personId, x: Number.NaN, y: 0 }] }), 'error.invalidInput', 'positions.0.x'],
  ['position too far', 'savePositions', () => ({ accountId, layout: 'saved', positions: [{ personId, x: 1e9, y: 0 }] }), 'error.invalidInput', 'positions.0.x'],
  ['unknown language', 'setLanguage', () => ({ language: 'fr' }), 'error.invalidInput', 'language'],
  ['unknown theme', 'setTheme', () => ({ theme: 'sepia' }), 'error.invalidInput', 'theme'],
  ['input not an object', 'createAccount', () => 'Acme', 'error.invalidInput'],
];

describe('bad input through dispatch', () => {
  it.each(cases)('%s → validation error, nothing written', async (_what, method, input, key, path) => {
    const before = tableCounts(app);
    const error = await callError(app.service, method, input());
    expect(error.code).toBe('validation');
    expect(error.messageKey).toBe(key);
    if (path !== undefined) expect(error.issues?.map((i) => i.path)).toContain(path);
    expect(tableCounts(app)).toEqual(before);
  });

  it('takes a name of exactly the limit, and counts characters after trimming', async () => {
    const name = `  ${long(LIMITS.nameMax)}  `;
    const account = await call(app.service, 'createAccount', { name });
    expect(account.name).toBe(long(LIMITS.nameMax));
  });
});
