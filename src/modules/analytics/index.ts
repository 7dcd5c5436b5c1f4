export { dashboard } from './dashboard.js';
export {
  markRollupsStale,
  refreshRollups,
  refreshRollupsIfStale,
  rollupState,
  settleRollups,
  startRollupRefresher,
} from './rollups.js';
export { analyticsRoutes } from './routes.js';
