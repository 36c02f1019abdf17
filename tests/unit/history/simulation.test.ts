// Issue 4 point 1: drive the real service through 100 days of seeded random edits with a manual
// clock, snapshot the live map (and scores) at the end of every day, then rebuild every day from
// history and compare. Also cross-checks the incremental daily series against those snapshots.
import { describe, expect, it } from 'vitest';
import { computeInfluence } from '../../../shared/domain/influence';
import { isInSupportBase, RELATIONSHIP_TYPES, STANCES, type AccountMap, type BuyingRole, type Stance } from '../../../shared/domain/model';
import { BUYING_ROLES } from '../../../shared/domain/model';
import type { ServiceImpl } from '../../../shared/ipc/api';
import type { Input, Method } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { ratingWeight } from '../../../shared/history/weights';
import { createService } from '../../../electron/service/index';
import { call, openTestApp } from '../service/helpers';

const DAYS = 100;

/** mulberry32: a small seeded PRNG, so a failure reproduces. */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

type Rng = ReturnType<typeof prng>;

/** A write that the service may legitimately refuse (duplicate link, reports-to cycle) is skipped. */
async function tryWrite<M extends Method>(service: ServiceImpl, method: M, input: Input<M>): Promise<void> {
  const env = await dispatch(service, method, input);
  if (!env.ok && env.error.code !== 'conflict') throw new Error(`${method}: ${JSON.stringify(env.error)}`);
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

async function editOnce(service: ServiceImpl, accountId: string, rng: Rng, serial: number): Promise<void> {
  const map = await call(service, 'getAccountMap', { accountId });
  const people = map.people;
  const roll = rng.next();
  if (people.length < 4 || roll < 0.18) {
    await call(service, 'createPerson', {
      accountId,
      name: `Person ${serial}`,
      stance: rng.pick(STANCES),
      buyingRole: rng.pick(BUYING_ROLES) as BuyingRole,
      authority: rng.int(1, 5),
      expertise: rng.int(1, 5),
      accessToTop: rng.int(1, 5),
      isTopDecisionMaker: rng.chance(0.05),
    });
  } else if (roll < 0.5) {
    const p = rng.pick(people);
    await call(service, 'updatePerson', { id: p.id, patch: { stance: rng.pick(STANCES) as Stance } });
  } else if (roll < 0.6) {
    const p = rng.pick(people);
    await call(service, 'updatePerson', {
      id: p.id,
      patch: { authority: rng.int(1, 5), met: rng.chance(0.5), name: `${p.name.split(' ·')[0]} · ${serial}`, pinnedScore: rng.chance(0.1) ? rng.int(0, 100) : null },
    });
  } else if (roll < 0.66) {
    // Moves the top decision-maker flag (the previous holder loses it in the same transaction).
    await call(service, 'updatePerson', { id: rng.pick(people).id, patch: { isTopDecisionMaker: true, met: rng.chance(0.5) } });
  } else if (roll < 0.74) {
    await call(service, 'deletePerson', { id: rng.pick(people).id });
  } else if (roll < 0.9) {
    const a = rng.pick(people);
    const b = rng.pick(people);
    if (a.id === b.id) return;
    const type = rng.pick(RELATIONSHIP_TYPES);
    await tryWrite(service, 'createRelationship', { accountId, fromId: a.id, toId: b.id, type, ...(type === 'influences' ? { strength: rng.int(1, 3) } : {}) });
  } else if (roll < 0.96 && map.relationships.length > 0) {
    await call(service, 'deleteRelationship', { id: rng.pick(map.relationships).id });
  } else if (map.relationships.some((r) => r.type === 'influences')) {
    const r = rng.pick(map.relationships.filter((x) => x.type === 'influences'));
    await call(service, 'updateRelationship', { id: r.id, strength: rng.int(1, 3) });
  } else {
    await call(service, 'updateAccount', { id: accountId, patch: { notes: `note ${serial}` } });
  }
}

interface DaySnapshot {
  day: string;
  map: AccountMap;
  scores: ReturnType<typeof computeInfluence>;
}

const withoutPositions = (m: AccountMap) => ({ account: m.account, people: m.people, relationships: m.relationships });

describe('90+ days of edits: every day rebuilt from history equals what the map showed that day', () => {
  it('matches the end-of-day snapshot on every day, scores included', async () => {
    const rng = prng(20261127);
    // Start in local time so the simulated days are the local days the history records.
    const start = new Date(2026, 0, 5, 8, 0, 0);
    const app = openTestApp({ clock: undefined });
    app.clock.set(start);
    const { service, clock } = app;
    const account = await call(service, 'createAccount', { name: 'BabyJoy' });
    const other = await call(service, 'createAccount', { name: 'Other account' });

    const snapshots: DaySnapshot[] = [];
    let serial = 0;
    for (let d = 0; d < DAYS; d++) {
      clock.set(new Date(2026, 0, 5 + d, 8, 0, 0));
      const edits = rng.chance(0.15) ? 0 : rng.int(1, 9);
      for (let e = 0; e < edits; e++) {
        clock.advance(rng.int(1, 80) * 60_000);
        await editOnce(service, account.id, rng, ++serial);
        // Edits of another account interleave in the same log and must not leak into this one.
        if (rng.chance(0.3)) await editOnce(service, other.id, rng, ++serial);
      }
      // Looking at the chart now and then keeps the service's series cache warm across later edits.
      if (rng.chance(0.3)) await call(service, 'getSupportSeries', { accountId: account.id });
      const map = await call(service, 'getAccountMap', { accountId: account.id });
      snapshots.push({ day: localDayOf(clock.now()), map, scores: computeInfluence(map.people, map.relationships) });
    }

    expect(new Set(snapshots.map((s) => s.day)).size).toBe(DAYS);
    const everyone = new Set(snapshots.flatMap((s) => s.map.people.map((p) => p.id)));
    const today = snapshots.at(-1)!;
    const deleted = [...everyone].filter((id) => !today.map.people.some((p) => p.id === id));
    expect(deleted.length).toBeGreaterThan(3);

    for (const snap of snapshots) {
      const asOf = await call(service, 'getAccountMapAsOf', { accountId: account.id, day: snap.day });
      expect(withoutPositions(asOf), snap.day).toEqual(withoutPositions(snap.map));
      expect(asOf.scores, snap.day).toEqual(snap.map.people.map((p) => snap.scores.get(p.id)));
      expect(asOf.isToday).toBe(snap === today);
    }

    // Deleted people are on the map of the days they existed, and not today.
    const gone = deleted[0]!;
    const dayTheyWereThere = snapshots.find((s) => s.map.people.some((p) => p.id === gone))!.day;
    const past = await call(service, 'getAccountMapAsOf', { accountId: account.id, day: dayTheyWereThere });
    expect(past.people.some((p) => p.id === gone)).toBe(true);
    const now = await call(service, 'getAccountMapAsOf', { accountId: account.id, day: today.day });
    expect(now.people.some((p) => p.id === gone)).toBe(false);

    // The one-pass daily series agrees with the snapshots on every day.
    const series = await call(service, 'getSupportSeries', { accountId: account.id });
    expect(series.points.map((p) => p.day)).toEqual(snapshots.map((s) => s.day));
    series.points.forEach((point, i) => {
      const people = snapshots[i]!.map.people;
      const counts = Object.fromEntries(STANCES.map((s) => [s, people.filter((p) => p.stance === s).length]));
      const assessed = people.filter((p) => p.stance !== 'unknown');
      const total = assessed.reduce((sum, p) => sum + Math.round(ratingWeight(p) * 100), 0);
      const weighted = assessed.reduce((sum, p) => sum + ({ ally: 2, supporter: 1, neutral: 0, skeptic: -1, opponent: -2 } as Record<string, number>)[p.stance]! * Math.round(ratingWeight(p) * 100), 0);
      const top = people.find((p) => p.isTopDecisionMaker);
      expect(point, point.day).toMatchObject({
        people: people.length,
        stances: counts,
        supportBase: people.filter((p) => isInSupportBase(p.stance)).length,
        allies: counts.ally,
        netSupport: total > 0 ? Math.round((weighted / total) * 500) / 10 : null,
        topDecisionMaker: top ? { personId: top.id, name: top.name, stance: top.stance, met: top.met } : null,
      });
    });

    // The cache that followed the edits gives exactly what a cold service computes from scratch.
    expect(await call(createService(app.context), 'getSupportSeries', { accountId: account.id })).toEqual(series);

    // What changed between two simulated days agrees with the two snapshots.
    for (const [a, b] of [[10, 40], [0, DAYS - 1], [55, 56]] as const) {
      const from = snapshots[a]!;
      const to = snapshots[b]!;
      const changes = await call(service, 'getChanges', { accountId: account.id, from: from.day, to: to.day });
      const inBase = (s: DaySnapshot) => new Set(s.map.people.filter((p) => isInSupportBase(p.stance)).map((p) => p.id));
      const before = inBase(from);
      const after = inBase(to);
      expect(changes.joined.map((m) => m.personId).sort()).toEqual([...after].filter((id) => !before.has(id)).sort());
      expect(changes.left.map((m) => m.personId).sort()).toEqual([...before].filter((id) => !after.has(id)).sort());
      expect(changes.supportBase).toEqual({ from: before.size, to: after.size, delta: after.size - before.size });
    }
  });
});
