import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { chartUpdate } from '@lobby/shared';
import { prefersReducedMotion } from './chart-motion.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One ECharts instance per mounted chart; new options replace the old (grown only when the figures change), resize follows the box. */
export function EChart({
  option,
  height = 300,
  testId,
}: {
  option: EChartsCoreOption;
  height?: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const drawnKey = useRef<string | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      drawnKey.current = null;
    };
  }, []);
  useEffect(() => {
    if (!chart.current) return;
    const update = chartUpdate(option, drawnKey.current, prefersReducedMotion());
    chart.current.setOption(update.option, { notMerge: true });
    drawnKey.current = update.key;
    // Whether this drawing grows (tests read it: a relabel must not).
    if (box.current) box.current.dataset.animated = String(update.option.animation !== false);
  }, [option]);
  return <div ref={box} style={{ width: '100%', height }} data-testid={testId} />;
}
