// The timeline chart in the dark theme: the light option with each of its fixed colours swapped for
// its dark counterpart (same meanings, AA text on the dark panel) and the chart chrome made light-on-dark.
import type { EChartsCoreOption } from 'echarts/core';
import { DARK, LIGHT } from '../../graph/palette';
import { STACK_ORDER } from './chartOption';

const TEXT = '#d5dae0';
const AXIS = '#5b636d';

const SWAP: ReadonlyMap<string, string> = new Map([
  ...STACK_ORDER.map((s) => [LIGHT.stance[s], DARK.stance[s]] as const),
  ['#263238', '#eef0f3'], // net support line
  ['#6a1b9a', DARK.changed], // events
  ['#1565c0', DARK.focus], // snapshots
  ['#00838f', '#4dd0e1'], // visits
  ['#6d4c41', '#d7a98c'], // next steps due
  ['#9e9e9e', '#b0b8c2'], // the unknown band's edge
  ['#f3f3f3', '#2b3138'], // the unknown band
  ['#1a7f43', '#5fd08a'], // the support base's top edge
  ['#eceff1', '#30363d'], // grid lines
  ['#fff', DARK.canvas],
  ['#ffffff', DARK.canvas],
  ['rgba(255,255,255,0.9)', 'rgba(22,25,29,0.9)'],
]);

function swap(value: unknown): unknown {
  if (typeof value === 'string') return SWAP.get(value.toLowerCase()) ?? value;
  if (Array.isArray(value)) return value.map(swap);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
  return value;
}

const axis = { axisLabel: { color: TEXT }, axisLine: { lineStyle: { color: AXIS } }, nameTextStyle: { color: TEXT } };

export function darkOption(option: EChartsCoreOption): EChartsCoreOption {
  const o = swap(option) as Record<string, unknown>;
  const merge = (v: unknown, extra: object) => (Array.isArray(v) ? v.map((x: object) => ({ ...x, ...extra, axisLabel: { ...(x as { axisLabel?: object }).axisLabel, ...axis.axisLabel } })) : { ...(v as object), ...extra, axisLabel: { ...(v as { axisLabel?: object })?.axisLabel, ...axis.axisLabel } });
  return {
    ...o,
    backgroundColor: 'transparent',
    textStyle: { ...(o.textStyle as object), color: TEXT },
    legend: { ...(o.legend as object), textStyle: { ...(o.legend as { textStyle?: object })?.textStyle, color: TEXT }, inactiveColor: '#59606a' },
    tooltip: { ...(o.tooltip as object), backgroundColor: '#22272e', borderColor: '#444c56', textStyle: { color: TEXT } },
    xAxis: merge(o.xAxis, { axisLine: axis.axisLine, nameTextStyle: axis.nameTextStyle }),
    yAxis: merge(o.yAxis, { axisLine: axis.axisLine, nameTextStyle: axis.nameTextStyle }),
  };
}
