import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

// The Fastify server (`npm run dev`) listens here; the Vite dev server forwards everything that is not the SPA.
// MEDZONE_API_URL points the dev server at another instance (e.g. one started with PORT=3101).
const apiServer = process.env.MEDZONE_API_URL ?? 'http://127.0.0.1:3000';
const proxiedPaths = ['/api', '/docs', '/openapi.json', '/healthz', '/readyz'];

// The app's own modules under src/web/api/ are served as /api/client.ts etc. and share the API's prefix:
// requests for source files stay with Vite instead of going to the server.
const sourceModule = /\.(?:[cm]?[jt]sx?|css)(?:\?|$)/;
function keepSourceModules(request: IncomingMessage): string | undefined {
  return request.url && sourceModule.test(request.url) ? request.url : undefined;
}

// Large libraries get chunks of their own so that an app change does not invalidate them in browser caches.
// opencc-js is deliberately absent: it is loaded by dynamic import for zh-TW only and keeps its own chunk.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 20 },
  {
    name: 'antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs|@babel)[\\/]/,
    priority: 10,
  },
];

export default defineConfig({
  root: path.join(projectRoot, 'src/web'),
  plugins: [react()],
  build: {
    outDir: path.join(projectRoot, 'dist/web'),
    emptyOutDir: true,
    // antd and echarts stay above 500 kB even when split; the warning would only be noise.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: {
    proxy: Object.fromEntries(
      proxiedPaths.map((prefix) => [
        prefix,
        { target: apiServer, changeOrigin: false, bypass: prefix === '/api' ? keepSourceModules : undefined },
      ]),
    ),
  },
});
