import { type CSSProperties, useEffect, useRef } from 'react';
import { type ECharts, type EChartsCoreOption, init } from './echarts';

export type ChartClick = { data?: unknown; name?: string };

type EChartProps = {
  option: EChartsCoreOption;
  /** What the chart shows, read out by screen readers: the canvas itself says nothing. */
  label: string;
  height: number;
  onClick?: (event: ChartClick) => void;
  /** Called after each layout (new option, resize), e.g. to read pixel positions of data points. */
  onLayout?: (chart: ECharts) => void;
  testId?: string;
  style?: CSSProperties;
};

/** An ECharts instance bound to a div: created once, updated on option changes, resized with its box. */
export function EChart({ option, label, height, onClick, onLayout, testId, style }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  // Read through a ref so that the resize observer, created once, always calls the latest callback.
  const layoutListener = useRef(onLayout);
  layoutListener.current = onLayout;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      instance.resize();
      layoutListener.current?.(instance);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    // setOption lays the chart out synchronously; only the drawing waits for the next frame.
    instance.setOption(option, { notMerge: true });
    layoutListener.current?.(instance);
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (event: unknown) => onClick(event as ChartClick);
    instance.on('click', handler);
    return () => {
      // On unmount the init effect's cleanup, declared first, has already disposed the chart.
      if (!instance.isDisposed()) instance.off('click', handler);
    };
  }, [onClick]);

  return (
    <div ref={container} role="img" aria-label={label} data-testid={testId} style={{ height, ...style }} />
  );
}
