import { useEffect, useRef } from 'react';

/** One bar: its label on the axis and its value; a negative value draws left of zero. */
export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  bars: readonly Bar[];
  /** Read by screen readers and shown as the chart's title. */
  title: string;
  /** How a value reads in the tooltip and on the bar, e.g. (v) => `${v} 分`. */
  format?: (value: number) => string;
  /** Horizontal bars suit rankings with long names (villages, households). */
  horizontal?: boolean;
  height?: number;
  testId?: string;
}

/**
 * A bar chart drawn by ECharts, loaded on first use so that pages without a chart do not carry
 * it. Only the bar series and the components it needs are registered (echarts/core), which keeps
 * the chunk to a third of the full build. The numbers are also in the page's table: the chart is
 * a picture of them, labelled for screen readers, not the only place they are.
 */
export function BarChart({
  bars,
  title,
  format = String,
  horizontal = false,
  height,
  testId,
}: BarChartProps) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void loadECharts().then((echarts) => {
      if (disposed || !el.current) return;
      const chart = echarts.init(el.current, undefined, { renderer: 'svg' });
      const labels = bars.map((b) => b.label);
      const category = {
        type: 'category' as const,
        data: horizontal ? [...labels].reverse() : labels,
      };
      const value = { type: 'value' as const };
      const data = bars.map((b) => b.value);
      chart.setOption({
        aria: { enabled: true, label: { description: title } },
        title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => format(Number(v)) },
        grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
        xAxis: horizontal ? value : category,
        yAxis: horizontal ? category : value,
        series: [
          {
            type: 'bar',
            data: horizontal ? [...data].reverse() : data,
            label: {
              show: bars.length <= 30,
              position: horizontal ? 'right' : 'top',
              formatter: (p: { value: unknown }) => format(Number(p.value)),
            },
          },
        ],
      });
      const onResize = () => chart.resize();
      window.addEventListener('resize', onResize);
      dispose = () => {
        window.removeEventListener('resize', onResize);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [bars, title, format, horizontal]);
  const h = height ?? (horizontal ? Math.max(160, 28 * bars.length + 48) : 280);
  return (
    <div
      ref={el}
      role="img"
      aria-label={title}
      data-testid={testId}
      style={{ width: '100%', height: h }}
    />
  );
}

let echartsModule: Promise<typeof import('echarts/core')> | undefined;

function loadECharts() {
  echartsModule ??= Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]).then(([core, charts, components, renderers]) => {
    core.use([
      charts.BarChart,
      components.GridComponent,
      components.TooltipComponent,
      components.TitleComponent,
      components.AriaComponent,
      renderers.SVGRenderer,
    ]);
    return core;
  });
  return echartsModule;
}
