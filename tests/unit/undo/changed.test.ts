// Every edit's answer says what it changed and what undo would do after it (the renderer refreshes
// from that instead of asking again); reads and refused edits carry nothing, and an answer never
// carries an earlier call's change.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/ipc/dispatch';
import { call, openTestApp } from '../service/helpers';

async function setUp() {
  const app = openTestApp();
  const account = await call(app.service, 'createAccount', { name: 'Acme' });
  const sun = (await call(app.service, 'createPerson', { accountId: account.id, name: 'Sun Meihua', stance: 'neutral' })).person;
  return { ...app, account, sun };
}

describe('what an edit changed comes with its answer', () => {
  it('a stance change names the account, the person and the undo step', async () => {
    const { service, account, sun } = await setUp();
    const env = await dispatch(service, 'updatePerson', { id: sun.id, patch: { stance: 'ally' } });
    expect(env.ok).toBe(true);
    if (!env.ok) return;
    expect(env.changed).toEqual({
      accountId: account.id,
      entities: ['person'],
      undo: await call(service, 'getUndoState', { accountId: account.id }),
    });
    expect(env.changed?.undo.undo).toMatchObject({ messageKey: 'undo.label.personStance', params: { name: 'Sun Meihua' } });
  });

  it('a drag says positions; a relationship says relationship', async () => {
    const { service, account, sun } = await setUp();
    const wang = (await call(service, 'createPerson', { accountId: account.id, name: 'Wang Li' })).person;
    const drag = await dispatch(service, 'savePositions', { accountId: account.id, layout: 'saved', positions: [{ personId: sun.id, x: 10, y: 20 }] });
    expect(drag.ok && drag.changed?.entities).toEqual(['position']);
    const link = await dispatch(service, 'createRelationship', { accountId: account.id, fromId: sun.id, toId: wang.id, type: 'influences' });
    expect(link.ok && link.changed?.entities).toEqual(['relationship']);
    expect(link.ok && link.changed?.undo.undo?.messageKey).toMatch(/^undo\.label\./);
  });

  it('reads, refused edits and edits that change nothing carry no change', async () => {
    const { service, account, sun } = await setUp();
    await dispatch(service, 'updatePerson', { id: sun.id, patch: { stance: 'ally' } });
    const read = await dispatch(service, 'getAccountMap', { accountId: account.id });
    expect(read.ok && read.changed).toBeUndefined();
    const refused = await dispatch(service, 'updatePerson', { id: sun.id, patch: { name: '' } });
    expect(refused.ok).toBe(false);
    const same = await dispatch(service, 'updatePerson', { id: sun.id, patch: { stance: 'ally' } });
    expect(same.ok && same.changed).toBeUndefined();
  });

  it('an undo answers with its own state, not an edit before it', async () => {
    const { service, account, sun } = await setUp();
    await dispatch(service, 'updatePerson', { id: sun.id, patch: { stance: 'ally' } });
    const undone = await dispatch(service, 'undo', { accountId: account.id });
    expect(undone.ok && undone.changed).toBeUndefined();
    expect(undone.ok && undone.value.state.redo?.messageKey).toBe('undo.label.personStance');
  });
});
