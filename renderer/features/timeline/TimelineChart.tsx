// Hosts one ECharts instance (canvas renderer, only the modules the timeline uses); React hands it the option.
import { useEffect, useRef } from 'react';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { loadFontsFor, stringsIn } from '../../styles/fontStack';
import { useTheme } from '../../theme/store';
import { darkOption } from './darkOption';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export function TimelineChart({ option, label }: { option: EChartsCoreOption; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const dark = useTheme((s) => s.theme === 'dark');

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    let live = true;
    // ECharts measures and draws on a canvas with the faces loaded at that moment: load the shipped
    // faces for the option's words first. notMerge: a new range or language replaces the whole chart.
    void loadFontsFor(stringsIn(option)).then(() => {
      if (live) chart.current?.setOption(dark ? darkOption(option) : option, { notMerge: true });
    });
    return () => {
      live = false;
    };
  }, [option, dark]);

  return <div className="timeline-chart" ref={host} role="img" aria-label={label} data-testid="timeline-chart" />;
}
