// Property: any random sequence of edits (people, relationships, the top decision-maker, positions,
// account details, a logged visit, deletions) followed by as many undos gives back the starting
// account exactly — people, relationships, positions in every layout, scores — and as many redos
// give back the end state. At every stop, time travel to today and the support series agree with
// the live map. UNDO_RUNS=<n> for more runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeInfluence } from '../../../shared/domain/influence';
import { applyMapPatch } from '../../../shared/history/mapPatch';
import { LAYOUTS, RELATIONSHIP_TYPES, STANCES } from '../../../shared/domain/model';
import type { Method } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { localDay } from '../../../electron/service/clock';
import { call, openTestApp, type TestApp } from '../service/helpers';

const RUNS = Number(process.env.UNDO_RUNS ?? 25);

interface Edit {
  kind: number;
  a: number;
  b: number;
  c: number;
  /** Minutes the clock moves before the edit (up to two days). */
  wait: number;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.nat(11),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(50),
  wait: fc.oneof(fc.constant(0), fc.nat(3000)),
});

async function snapshot(app: TestApp, accountId: string) {
  const maps = await Promise.all(LAYOUTS.map((layout) => call(app.service, 'getAccountMap', { accountId, layout })));
  const map = maps[0]!;
  const scores = [...computeInfluence(map.people, map.relationships).entries()].sort(([a], [b]) => a.localeCompare(b));
  const positions = maps.map((m) => [...m.positions].sort((p, q) => p.personId.localeCompare(q.personId)));
  return { account: map.account, people: map.people, relationships: map.relationships, positions, scores };
}

/** Runs undo or redo; when it answers with a map patch, that patch turns the map before into exactly the map after. */
async function step(app: TestApp, accountId: string, direction: 'undo' | 'redo'): Promise<boolean> {
  app.clock.advance(60_000);
  const before = await call(app.service, 'getAccountMap', { accountId });
  const result = await call(app.service, direction, { accountId });
  if (!result.patch) return false;
  expect(applyMapPatch(before, result.patch)).toEqual(await call(app.service, 'getAccountMap', { accountId }));
  return true;
}

/** Time travel to today and the series' last day describe the live map. */
async function expectHistoryAgrees(app: TestApp, accountId: string) {
  const today = localDay(app.clock.now());
  const live = await call(app.service, 'getAccountMap', { accountId });
  const asOf = await call(app.service, 'getAccountMapAsOf', { accountId, day: today });
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(asOf.people)).toEqual(byId(live.people));
  expect(byId(asOf.relationships)).toEqual(byId(live.relationships));
  const liveScores = computeInfluence(live.people, live.relationships);
  for (const s of asOf.scores) expect(s.score).toBe(liveScores.get(s.personId)?.score);
  const series = await call(app.service, 'getSupportSeries', { accountId, to: today });
  const last = series.points.at(-1)!;
  expect(last.day).toBe(today);
  expect(last.people).toBe(live.people.length);
  expect(last.supportBase).toBe(live.people.filter((p) => p.stance === 'ally' || p.stance === 'supporter').length);
}

/** Runs one edit picked by the numbers against the live map; true when it made an undo step. */
async function apply(app: TestApp, accountId: string, e: Edit): Promise<boolean> {
  app.clock.advance(e.wait * 60_000);
  const map = await call(app.service, 'getAccountMap', { accountId });
  const pick = <T>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);
  const p = pick(map.people, e.a);
  const q = pick(map.people, e.b);
  const r = pick(map.relationships, e.a);
  const steps = () => app.store.db.prepare("SELECT count(*) AS n FROM undo_steps WHERE kind = 'edit'").get() as { n: number };
  const before = steps().n;
  const attempt = async (method: Method, input: unknown) => {
    await dispatch(app.service, method, input); // refusals (a reporting loop, a duplicate) are fine: no step
  };
  switch (e.kind) {
    case 0: if (p) await attempt('updatePerson', { id: p.id, patch: { stance: STANCES[e.c % STANCES.length] } }); break;
    case 1: if (p) await attempt('updatePerson', { id: p.id, patch: { isTopDecisionMaker: e.c % 3 !== 0 } }); break;
    case 2: if (p) await attempt('updatePerson', { id: p.id, patch: { title: `T${e.c}`, authority: e.c % 6 === 0 ? null : (e.c % 5) + 1 } }); break;
    case 3: await attempt('createPerson', { accountId, name: `P${e.a}-${e.b}`, stance: STANCES[e.c % STANCES.length], isTopDecisionMaker: e.c % 4 === 0 }); break;
    case 4: if (p) await attempt('deletePerson', { id: p.id }); break;
    case 5: {
      const type = RELATIONSHIP_TYPES[e.c % RELATIONSHIP_TYPES.length]!;
      if (p && q) await attempt('createRelationship', { accountId, fromId: p.id, toId: q.id, type, ...(type === 'influences' ? { strength: (e.c % 3) + 1 } : {}) });
      break;
    }
    case 6: if (r?.type === 'influences') await attempt('updateRelationship', { id: r.id, strength: (e.c % 3) + 1 }); break;
    case 7: if (r) await attempt('deleteRelationship', { id: r.id }); break;
    case 8: {
      const moved = map.people.filter((_, i) => (i + e.b) % 2 === 0).map((x, i) => ({ personId: x.id, x: e.c * 10 + i, y: e.a - i }));
      await attempt('savePositions', { accountId, layout: LAYOUTS[e.b % LAYOUTS.length], positions: moved });
      break;
    }
    case 9: await attempt('updateAccount', { id: accountId, patch: { notes: `N${e.a}`, stage: (['establish', 'stabilize', 'strengthen'] as const)[e.c % 3] } }); break;
    case 10: if (p) await attempt('createVisit', { accountId, date: localDay(app.clock.now()), kind: 'visit', attendees: [{ personId: p.id, stanceAfter: STANCES[e.c % STANCES.length] }], noNextStepReason: 'r' }); break;
    default: await attempt('setAccountArchived', { id: accountId, archived: e.c % 2 === 0 });
  }
  return steps().n > before;
}

describe('undo / redo property', () => {
  it('N edits then N undos give back the start; N redos give back the end; history agrees throughout; map patches are exact', async () => {
    let patched = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const app = openTestApp();
        try {
          const { id: accountId } = await call(app.service, 'createAccount', { name: 'Acme' });
          const ids: string[] = [];
          for (const name of ['Sun Meihua', 'Wang Li', 'Li Na', 'Zhao Lei']) ids.push((await call(app.service, 'createPerson', { accountId, name })).person.id);
          await call(app.service, 'createRelationship', { accountId, fromId: ids[1]!, toId: ids[0]!, type: 'reports-to' });
          await call(app.service, 'createRelationship', { accountId, fromId: ids[2]!, toId: ids[0]!, type: 'influences', strength: 2 });
          await call(app.service, 'savePositions', { accountId, layout: 'saved', positions: ids.map((personId, i) => ({ personId, x: i * 50, y: 0 })), undoable: false });
          const start = await snapshot(app, accountId);
          let made = 0;
          for (const e of edits) if (await apply(app, accountId, e)) made++;
          const end = await snapshot(app, accountId);
          await expectHistoryAgrees(app, accountId);

          for (let i = 0; i < made; i++) patched += Number(await step(app, accountId, 'undo'));
          expect(await snapshot(app, accountId)).toEqual(start);
          await expectHistoryAgrees(app, accountId);

          for (let i = 0; i < made; i++) patched += Number(await step(app, accountId, 'redo'));
          expect(await snapshot(app, accountId)).toEqual(end);
          await expectHistoryAgrees(app, accountId);
          expect((await call(app.service, 'getUndoState', { accountId })).redo).toBeNull();
        } finally {
          app.close();
        }
      }),
      { numRuns: RUNS },
    );
    // Most steps here (stances, titles, links) are patched in place: the check above really ran.
    expect(patched).toBeGreaterThan(RUNS);
  }, 120_000);
});
