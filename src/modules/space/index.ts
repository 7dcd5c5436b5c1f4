export { spaceRoutes } from './routes.js';
export * from './schema.js';
export { figuresFor, getPark, listParks, listZones, parkOccupancy } from './space.js';
