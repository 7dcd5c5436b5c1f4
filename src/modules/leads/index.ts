export { applyRetention, RETENTION_YEARS, scheduleRetention } from './retention.js';
export { leadRoutes } from './routes.js';
export { leadSearchSource } from './search-source.js';
