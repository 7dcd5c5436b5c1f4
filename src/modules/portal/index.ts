export { portalRoutes } from './routes.js';
export { type Overview, overviewResponse } from './schema.js';
