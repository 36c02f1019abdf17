// The timeline chart as an ECharts option: people per stance stacked (ally at the bottom … unknown on
// top), influence-weighted net support as a line on its own axis, a mark on every day with events, and
// the rep's named snapshots as labelled lines.
import type { EChartsCoreOption } from 'echarts/core';
import type { Stance } from '../../../shared/domain/model';
import type { SupportEvent, SupportPoint } from '../../../shared/history/types';
import { STANCE_FILL } from '../../graph/palette';
import { FONT_STACK } from '../../styles/fontStack';
import { signed } from './headline';
import type { EventMark, EventMarkWords } from './visitMarks';

/** Bottom to top: the support base sits on the axis so its size reads directly. */
export const STACK_ORDER: readonly Stance[] = ['ally', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown'];
const NET_COLOUR = '#263238';
const EVENT_COLOUR = '#6a1b9a';
const UNKNOWN_LINE = '#9e9e9e';
const UNKNOWN_AREA = '#f3f3f3';
const SUPPORT_EDGE = '#1a7f43';
const SNAPSHOT_COLOUR = '#1565c0';
const VISIT_COLOUR = '#00838f';
const DUE_COLOUR = '#6d4c41';

export interface ChartWords {
  stance(s: Stance): string;
  people: string;
  netSupport: string;
  supportBase: string;
  events: string;
  notAssessed: string;
  day(day: string, short?: boolean): string;
  event(e: SupportEvent): string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The tooltip for one day, as HTML with every name escaped (names are the rep's text); then the day's visits and next steps. */
export function tooltipHtml(p: SupportPoint, w: ChartWords, marks: readonly EventMark[] = []): string {
  const rows = [...STACK_ORDER].reverse().map((s) => {
    const border = s === 'unknown' ? `border:1px dashed ${UNKNOWN_LINE};` : '';
    return `<div class="tt-row"><span class="tt-dot" style="background:${STANCE_FILL[s]};${border}"></span>${escapeHtml(w.stance(s))}<b>${p.stances[s]}</b></div>`;
  });
  const net = p.netSupport === null ? w.notAssessed : signed(Math.round(p.netSupport));
  const events = p.events.map((e) => `<li>${escapeHtml(w.event(e))}</li>`).join('');
  return [
    `<div class="tt-day">${escapeHtml(w.day(p.day))}</div>`,
    `<div class="tt-row strong">${escapeHtml(w.supportBase)}<b>${p.supportBase} / ${p.people}</b></div>`,
    ...rows,
    `<div class="tt-row strong">${escapeHtml(w.netSupport)}<b>${net}</b></div>`,
    events ? `<div class="tt-events">${escapeHtml(w.events)}<ul>${events}</ul></div>` : '',
    marks.length ? `<div class="tt-visits"><ul>${marks.flatMap((m) => m.lines.map((l, i) => `<li class="tt-${m.kind}${i ? ' tt-more' : ''}">${escapeHtml(l)}</li>`)).join('')}</ul></div>` : '',
  ].join('');
}

/** A named snapshot drawn as a labelled vertical line on its day. */
export interface ChartMark {
  day: string;
  name: string;
}

/** Visits held and next steps due, drawn on the time axis (below the stack) and listed in the day's tooltip. */
export interface VisitEvents {
  words: EventMarkWords;
  marks: readonly EventMark[];
}

function visitSeries(points: readonly SupportPoint[], events: VisitEvents | undefined): { series: object[]; names: string[] } {
  if (!events || events.marks.length === 0) return { series: [], names: [] };
  const index = new Map(points.map((p, i) => [p.day, i]));
  const at = (kind: EventMark['kind']) => [...new Set(events.marks.filter((m) => m.kind === kind && index.has(m.day)).map((m) => index.get(m.day)!))].map((i) => [i, 0]);
  const mark = (id: string, name: string, kind: EventMark['kind'], symbol: string, color: string, filled: boolean, lift: number) => ({
    id,
    name,
    type: 'scatter',
    symbol,
    symbolSize: 12,
    symbolOffset: [0, -lift],
    clip: false,
    itemStyle: filled ? { color, borderColor: '#fff', borderWidth: 1 } : { color: '#fff', borderColor: color, borderWidth: 2 },
    z: 6,
    data: at(kind),
  });
  return {
    series: [mark('visits', events.words.visits, 'visit', 'triangle', VISIT_COLOUR, true, 7), mark('next-steps-due', events.words.due, 'due', 'circle', DUE_COLOUR, false, 21)],
    names: [events.words.visits, events.words.due],
  };
}

export function timelineOption(points: readonly SupportPoint[], w: ChartWords, marks: readonly ChartMark[] = [], visits?: VisitEvents): EChartsCoreOption {
  const days = points.map((p) => p.day);
  const inRange = new Set(days);
  const visitMarks = visitSeries(points, visits);
  const byDay = new Map<string, EventMark[]>();
  for (const m of visits?.marks ?? []) byDay.set(m.day, [...(byDay.get(m.day) ?? []), m]);
  const snapshotLines = marks
    .filter((m) => inRange.has(m.day))
    .map((m) => {
      const text = m.name.length > 28 ? `${m.name.slice(0, 27)}…` : m.name;
      // A function, not a template string: a name holding "{b}" must show as typed.
      return { xAxis: m.day, name: m.name, label: { formatter: () => text } };
    });
  const stanceSeries = STACK_ORDER.map((s) => ({
    id: `stance-${s}`,
    name: w.stance(s),
    type: 'line',
    stack: 'people',
    step: 'end',
    symbol: 'none',
    // The supporter band's top edge is the support base: drawn as a firm line so its size reads at a glance.
    lineStyle: s === 'unknown' ? { width: 1, color: UNKNOWN_LINE, type: 'dashed' } : s === 'supporter' ? { width: 2, color: SUPPORT_EDGE } : { width: 0.5, color: STANCE_FILL[s] },
    itemStyle: { color: STANCE_FILL[s], borderColor: s === 'unknown' ? UNKNOWN_LINE : STANCE_FILL[s], borderType: s === 'unknown' ? 'dashed' : 'solid' },
    // Unknown is white on the map; a faint grey keeps its band visible on a white chart.
    areaStyle: { color: s === 'unknown' ? UNKNOWN_AREA : STANCE_FILL[s], opacity: s === 'unknown' ? 1 : 0.85 },
    emphasis: { disabled: true },
    data: points.map((p) => p.stances[s]),
  }));
  const eventData = points.flatMap((p, i) => (p.events.length > 0 ? [[i, p.people]] : []));
  return {
    animation: false,
    textStyle: { fontFamily: FONT_STACK },
    color: [...STACK_ORDER.map((s) => STANCE_FILL[s]), NET_COLOUR, EVENT_COLOUR, VISIT_COLOUR, DUE_COLOUR],
    legend: {
      bottom: 0,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 11 },
      data: [...STACK_ORDER.map((s) => w.stance(s)), w.netSupport, w.events, ...visitMarks.names],
    },
    grid: { left: 40, right: 44, top: 30, bottom: 64 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'line' },
      confine: true,
      className: 'timeline-tooltip',
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const p = first?.dataIndex === undefined ? undefined : points[first.dataIndex];
        return p ? tooltipHtml(p, w, byDay.get(p.day)) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: days,
      boundaryGap: false,
      axisLabel: { formatter: (d: string) => w.day(d, true), hideOverlap: true, fontSize: 11 },
    },
    yAxis: [
      { type: 'value', name: w.people, min: 0, minInterval: 1, nameTextStyle: { align: 'left' }, splitLine: { lineStyle: { color: '#eceff1' } } },
      { type: 'value', name: w.netSupport, min: -100, max: 100, interval: 50, nameTextStyle: { align: 'right' }, splitLine: { show: false } },
    ],
    series: [
      ...stanceSeries,
      {
        id: 'net-support',
        name: w.netSupport,
        type: 'line',
        yAxisIndex: 1,
        symbol: 'none',
        connectNulls: false,
        lineStyle: { width: 2, color: NET_COLOUR },
        itemStyle: { color: NET_COLOUR },
        emphasis: { disabled: true },
        data: points.map((p) => (p.netSupport === null ? '-' : Math.round(p.netSupport * 10) / 10)),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: SNAPSHOT_COLOUR, type: 'dashed', width: 1.5 },
          label: { position: 'insideEndTop', rotate: 0, align: 'left', offset: [4, 0], color: SNAPSHOT_COLOUR, fontSize: 11, backgroundColor: 'rgba(255,255,255,0.9)', padding: [1, 3] },
          data: snapshotLines,
        },
      },
      {
        id: 'events',
        name: w.events,
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 9,
        itemStyle: { color: EVENT_COLOUR, borderColor: '#fff', borderWidth: 1 },
        z: 5,
        data: eventData,
      },
      ...visitMarks.series,
    ],
  };
}
