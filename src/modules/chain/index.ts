export { chainStrength, GAP_RULE, gapLinkCodes, STRENGTH_LEVELS } from './chain.js';
export { chainRoutes } from './routes.js';
