import { describe, expect, it } from 'vitest';
import { computeChanges } from '../../../shared/history/changes';
import { stateAsOf } from '../../../shared/history/replay';
import { ACCOUNT_ID, Log } from './log';

function log() {
  return new Log()
    .on('2026-02-01').account('create')
    .add('wang', { name: 'Wang Li', stance: 'neutral' })
    .add('zhao', { name: 'Zhao Min', stance: 'ally' })
    .add('sun', { name: 'Sun Yu', stance: 'supporter' })
    .add('qian', { name: 'Qian Hui', stance: 'skeptic' })
    .on('2026-02-10').edit('wang', { stance: 'ally' }).edit('zhao', { stance: 'opponent' }).remove('sun')
    .add('li', { name: 'Li Na', stance: 'supporter' }).add('he', { name: 'He Bo', stance: 'unknown' })
    .edit('qian', { stance: 'opponent' });
}

function changes(from: string, to: string, scoresBefore = new Map<string, number>(), scoresAfter = new Map<string, number>(), limit = 10) {
  const rows = log().rows;
  return computeChanges({ accountId: ACCOUNT_ID, from, to, before: stateAsOf(rows, from), after: stateAsOf(rows, to), scoresBefore, scoresAfter, limit });
}

describe('what changed between two days', () => {
  it('lists who joined, left, moved, was added or removed, with names and stances', () => {
    const c = changes('2026-02-05', '2026-02-20');
    expect(c.supportBase).toEqual({ from: 2, to: 2, delta: 0 });
    expect(c.joined).toEqual([
      { personId: 'li', name: 'Li Na', from: null, to: 'supporter' },
      { personId: 'wang', name: 'Wang Li', from: 'neutral', to: 'ally' },
    ]);
    expect(c.left).toEqual([
      { personId: 'sun', name: 'Sun Yu', from: 'supporter', to: null },
      { personId: 'zhao', name: 'Zhao Min', from: 'ally', to: 'opponent' },
    ]);
    expect(c.stanceMoves.map((m) => `${m.name}: ${m.from}→${m.to}`)).toEqual([
      'Qian Hui: skeptic→opponent',
      'Wang Li: neutral→ally',
      'Zhao Min: ally→opponent',
    ]);
    expect(c.added.map((m) => m.name)).toEqual(['He Bo', 'Li Na']);
    expect(c.removed.map((m) => m.name)).toEqual(['Sun Yu']);
  });

  it('is empty between a day and itself', () => {
    const c = changes('2026-02-20', '2026-02-20');
    expect([c.joined, c.left, c.stanceMoves, c.added, c.removed, c.scoreChanges]).toEqual([[], [], [], [], [], []]);
  });

  it('counts everyone as added when `from` is before the account existed', () => {
    const c = changes('2026-01-01', '2026-02-01');
    expect(c.added).toHaveLength(4);
    expect(c.supportBase).toEqual({ from: 0, to: 2, delta: 2 });
  });

  it('ranks the biggest score changes by |delta|, among people on the map on both days', () => {
    const before = new Map([['wang', 40], ['zhao', 70], ['qian', 30], ['sun', 50]]);
    const after = new Map([['wang', 62], ['zhao', 41], ['qian', 31], ['li', 90]]);
    const c = changes('2026-02-05', '2026-02-20', before, after, 2);
    expect(c.scoreChanges).toEqual([
      { personId: 'zhao', name: 'Zhao Min', from: 70, to: 41, delta: -29 },
      { personId: 'wang', name: 'Wang Li', from: 40, to: 62, delta: 22 },
    ]);
  });
});
