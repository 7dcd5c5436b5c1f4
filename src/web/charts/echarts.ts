import { BarChart, EffectScatterChart, GraphChart, PieChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts the pages draw, instead of the whole library (about a third of its size).
use([
  GeoComponent,
  TooltipComponent,
  LegendComponent,
  EffectScatterChart,
  ScatterChart,
  PieChart,
  BarChart,
  GraphChart,
  CanvasRenderer,
]);

export type { ECharts, EChartsCoreOption } from 'echarts/core';
export { getMap, init, registerMap } from 'echarts/core';
