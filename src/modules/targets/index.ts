export { targetRoutes } from './routes.js';
export { refreshTargetScores, scoreUnscoredTargets } from './scores.js';
