export { runMatch } from './match.js';
export { matchingRoutes } from './routes.js';
