import type { EChartsCoreOption } from '../../charts/echarts';
import { type ChainLinkStrength, LEVEL_COLOURS } from './use-chain';

const COLUMN_WIDTH = 320;
const ROW_HEIGHT = 64;

/**
 * The chain as three columns (upstream → midstream → downstream), a node per link: its colour the strength
 * level, its size the settled enterprises, a gap drawn as a diamond with a "缺链"-style mark in its label,
 * so that a gap reads without colour. Column headings are label-only nodes.
 */
export function chainGraphOption(
  links: ChainLinkStrength[],
  name: (l: ChainLinkStrength) => string,
  segments: [string, string, string],
  gapMark: string,
  selected: string | null,
): EChartsCoreOption {
  const rows = [0, 0, 0];
  const nodes = links.map((l) => {
    const column = l.segment - 1;
    rows[column] = (rows[column] ?? 0) + 1;
    return {
      id: l.code,
      name: l.gap ? `${gapMark} ${name(l)}` : name(l),
      x: column * COLUMN_WIDTH,
      y: (rows[column] ?? 1) * ROW_HEIGHT,
      symbol: l.gap ? 'diamond' : 'circle',
      symbolSize: 18 + Math.min(30, Math.sqrt(l.settled) * 5),
      itemStyle: {
        color: LEVEL_COLOURS[l.level],
        borderColor: l.code === selected ? '#000' : '#fff',
        borderWidth: l.code === selected ? 3 : 1,
      },
      label: { show: true, position: 'right', fontWeight: l.gap ? 'bold' : 'normal', color: '#1f1f1f' },
      value: l.settled,
    };
  });
  const headings = segments.map((title, column) => ({
    id: `segment-${column + 1}`,
    name: title,
    x: column * COLUMN_WIDTH,
    y: 0,
    symbolSize: 1,
    itemStyle: { color: 'transparent' },
    label: { show: true, position: 'right', fontSize: 15, fontWeight: 'bold', color: '#1f1f1f' },
    silent: true,
  }));
  return {
    animation: false,
    tooltip: { show: false },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: false,
        data: [...headings, ...nodes],
        links: [],
        left: 24,
        right: 180,
        top: 16,
        bottom: 16,
      },
    ],
  };
}
