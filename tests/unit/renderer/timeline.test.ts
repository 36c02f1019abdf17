// The timeline's numbers and chart: headline (same 30-day rule as the trend), ranges, the stacked
// chart's order and colours, events marked, the tooltip escaping names; changed people; sparkline.
import { describe, expect, it } from 'vitest';
import { STANCES, type Stance } from '../../../shared/domain/model';
import { addDays, dayRange } from '../../../shared/history/days';
import type { AccountChanges, SupportEvent, SupportPoint, SupportSeries } from '../../../shared/history/types';
import { sparklinePoints } from '../../../renderer/features/accounts/Sparkline';
import { changedIds } from '../../../renderer/features/changes/store';
import { STACK_ORDER, timelineOption, tooltipHtml, type ChartWords } from '../../../renderer/features/timeline/chartOption';
import { formatDay } from '../../../renderer/features/timeline/dates';
import { headlineOf, pointsInRange, signed } from '../../../renderer/features/timeline/headline';
import { STANCE_FILL } from '../../../renderer/graph/palette';

const zero = (): Record<Stance, number> => Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;

function point(day: string, supportBase: number, people = 25, events: SupportEvent[] = []): SupportPoint {
  const stances = zero();
  stances.ally = Math.min(2, supportBase);
  stances.supporter = supportBase - stances.ally;
  stances.neutral = people - supportBase;
  return { day, people, stances, supportBase, allies: stances.ally, netSupport: 10, topDecisionMaker: null, events };
}

function series(from: string, sizes: number[]): SupportSeries {
  const days = dayRange(from, addDays(from, sizes.length - 1));
  return { accountId: 'a', firstDay: from, from, to: days.at(-1)!, weighting: 'ratings', points: days.map((d, i) => point(d, sizes[i]!)) };
}

const words: ChartWords = {
  stance: (s) => `S:${s}`,
  people: 'People',
  netSupport: 'Net',
  supportBase: 'Support base',
  events: 'Changes',
  notAssessed: 'n/a',
  day: (d) => d,
  event: (e) => (e.kind === 'person-added' ? `${e.name} added` : e.kind),
};

describe('headline', () => {
  it('compares today with exactly 30 days ago', () => {
    const sizes = Array.from({ length: 60 }, (_, i) => (i < 29 ? 4 : i < 45 ? 7 : 9));
    const h = headlineOf(series('2026-01-01', sizes))!;
    // Day index 59 is today; 30 days before is index 29 (7).
    expect(h).toMatchObject({ supportBase: 9, people: 25, delta: 2, today: '2026-03-01' });
  });

  it('counts from an empty support base when the account is younger than 30 days', () => {
    expect(headlineOf(series('2026-01-01', [1, 2, 3]))!.delta).toBe(3);
  });

  it('has nothing to say without history', () => {
    expect(headlineOf({ accountId: 'a', firstDay: null, from: '2026-01-01', to: '2026-01-01', weighting: 'ratings', points: [] })).toBeNull();
  });

  it('signs numbers with a real minus', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '−2', '0']);
  });
});

describe('ranges', () => {
  const s = series('2025-01-01', Array.from({ length: 500 }, () => 5));
  it('30 / 90 / 365 days include the starting day; all is everything', () => {
    expect(pointsInRange(s.points, 30)).toHaveLength(31);
    expect(pointsInRange(s.points, 90)).toHaveLength(91);
    expect(pointsInRange(s.points, 365)).toHaveLength(366);
    expect(pointsInRange(s.points, 'all')).toHaveLength(500);
    expect(pointsInRange(s.points, 30).at(-1)!.day).toBe(s.to);
  });
  it('a young account shows what it has', () => {
    expect(pointsInRange(series('2026-01-01', [1, 2]).points, 90)).toHaveLength(2);
  });
});

describe('chart option', () => {
  const pts = [point('2026-01-01', 1), point('2026-01-02', 2, 26, [{ kind: 'person-added', personId: 'p', name: 'Li', stance: 'ally' }]), point('2026-01-03', 2, 26)];
  const option = timelineOption(pts, words) as { series: Array<Record<string, unknown>>; xAxis: { data: string[] } };

  it('stacks people per stance, ally at the bottom … unknown on top, in the stance colours', () => {
    const stacked = option.series.filter((s) => s.stack === 'people');
    expect(stacked.map((s) => s.name)).toEqual(STACK_ORDER.map((s) => `S:${s}`));
    expect(STACK_ORDER).toEqual(['ally', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown']);
    // The legend swatches are the map's stance fills; the areas too, except unknown (white) gets a faint grey band.
    expect(stacked.map((s) => (s.itemStyle as { color: string }).color)).toEqual(STACK_ORDER.map((s) => STANCE_FILL[s]));
    expect(stacked.slice(0, 5).map((s) => (s.areaStyle as { color: string }).color)).toEqual(STACK_ORDER.slice(0, 5).map((s) => STANCE_FILL[s]));
    expect((stacked[5]!.lineStyle as { type: string }).type).toBe('dashed');
    expect(stacked[0]!.data).toEqual([1, 2, 2]);
    expect(option.xAxis.data).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('draws net support on its own −100…+100 axis and marks event days at the top of the stack', () => {
    const net = option.series.find((s) => s.id === 'net-support')!;
    expect(net.yAxisIndex).toBe(1);
    expect(net.data).toEqual([10, 10, 10]);
    const events = option.series.find((s) => s.id === 'events')!;
    expect(events.data).toEqual([[1, 26]]);
  });

  it('draws named snapshots in range as labelled lines on their day', () => {
    const marked = timelineOption(pts, words, [
      { day: '2026-01-02', name: 'before visit 3 Nov' },
      { day: '2025-12-01', name: 'out of range' },
    ]) as { series: Array<{ id?: string; markLine?: { data: Array<{ xAxis: string; name: string }> } }> };
    const lines = marked.series.find((s) => s.id === 'net-support')!.markLine!.data;
    expect(lines.map((l) => [l.xAxis, l.name])).toEqual([['2026-01-02', 'before visit 3 Nov']]);
  });

  it('the tooltip gives the day’s numbers and escapes names', () => {
    const html = tooltipHtml(point('2026-01-02', 3, 20, [{ kind: 'person-added', personId: 'x', name: '<img src=x onerror=alert(1)>', stance: 'ally' }]), words);
    expect(html).toContain('3 / 20');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; added');
    expect(html).not.toContain('<img');
    expect(html).toContain('+10');
  });
});

describe('changed people and sparkline', () => {
  it('outlines joined, left, moved, added and score changes once each', () => {
    const move = (personId: string) => ({ personId, name: personId, from: null, to: null });
    const c: AccountChanges = {
      accountId: 'a', from: '2026-01-01', to: '2026-01-31', supportBase: { from: 1, to: 2, delta: 1 },
      joined: [move('j')], left: [move('l')], stanceMoves: [move('j'), move('m')], added: [move('n')], removed: [move('r')],
      scoreChanges: [{ personId: 's', name: 's', from: 10, to: 30, delta: 20 }], visits: { held: [], nextSteps: [] },
    };
    expect(changedIds(c).sort()).toEqual(['j', 'l', 'm', 'n', 's']);
  });

  it('scales the sparkline into its box, highest value at the top', () => {
    expect(sparklinePoints([0, 5, 10], 20, 10)).toBe('0,9 10,5 20,1');
    expect(sparklinePoints([3, 3], 20, 10)).toBe('0,5 20,5');
    expect(sparklinePoints([])).toBe('');
  });

  it('formats days as labels in both languages, never shifted by time zone', () => {
    expect(formatDay('2026-11-03', 'en')).toBe('Nov 3, 2026');
    expect(formatDay('2026-11-03', 'zh-CN')).toBe('2026年11月3日');
  });
});
