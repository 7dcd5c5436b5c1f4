export { type Notice, notify } from './inbox.js';
export { inboxRoutes } from './routes.js';
