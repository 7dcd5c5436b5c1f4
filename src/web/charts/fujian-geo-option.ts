import { useMemo } from 'react';
import { useLanguage } from '../app/use-language';
import { useDataText } from '../i18n/use-data-text';
import { FUJIAN_MAP } from './fujian-geo';

/** City names in the map file are Chinese; the English interface labels them in English. */
export const cityNamesEn: Record<string, string> = {
  福州市: 'Fuzhou',
  厦门市: 'Xiamen',
  莆田市: 'Putian',
  三明市: 'Sanming',
  泉州市: 'Quanzhou',
  漳州市: 'Zhangzhou',
  南平市: 'Nanping',
  龙岩市: 'Longyan',
  宁德市: 'Ningde',
};

/** The map's city labels in the interface language (traditional characters in zh-TW). */
export function useFujianNameMap(): Record<string, string> {
  const language = useLanguage();
  const text = useDataText();
  return useMemo(() => {
    if (language === 'en') return cityNamesEn;
    return Object.fromEntries(Object.keys(cityNamesEn).map((city) => [city, text(city)]));
  }, [language, text]);
}

/** The Fujian base map every chart of the province draws on (ECharts `geo` component). */
export function fujianGeo(nameMap: Record<string, string>) {
  return {
    map: FUJIAN_MAP,
    nameMap,
    // The province's extent, stated: the bounds ECharts derives from this map file leave the south
    // (Zhangzhou, Xiamen) below the box. Then fitted into the box with room for the markers.
    boundingCoords: [
      [115.8, 28.35],
      [120.75, 23.45],
    ],
    layoutCenter: ['50%', '50%'],
    layoutSize: '96%',
    // Several parks lie within a few kilometres of each other in Fuzhou: zooming separates them.
    roam: true,
    scaleLimit: { min: 1, max: 24 },
    label: { show: true, color: '#434343', fontSize: 11 },
    itemStyle: { areaColor: '#e8f0fa', borderColor: '#7d98bd' },
    emphasis: { label: { color: '#1f1f1f' }, itemStyle: { areaColor: '#d3e2f5' } },
    select: { disabled: true },
    tooltip: { show: false },
  };
}

export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
