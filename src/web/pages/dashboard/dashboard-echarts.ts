import { LineChart, MapChart } from 'echarts/charts';
import { GridComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';

// The dashboard's own chart parts (trend lines, the choropleth map and its colour scale), registered here
// with the app's one echarts (charts/echarts.ts registers what the other pages draw).
use([LineChart, MapChart, GridComponent, VisualMapComponent]);
