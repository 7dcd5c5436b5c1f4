export { occupancyBy, parkOccupancy } from './occupancy.js';
export { spaceRoutes } from './routes.js';
export * from './schema.js';
export { figuresFor, getPark, listParks, listZones } from './space.js';
