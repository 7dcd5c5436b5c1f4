export { leadRoutes } from './routes.js';
