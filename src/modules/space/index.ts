export { booleanLabels, type EnumName, enumLabels } from './labels.js';
export { occupancyBy, parkOccupancy } from './occupancy.js';
export { spaceRoutes } from './routes.js';
export * from './schema.js';
export {
  buildingSearchSource,
  indexBuilding,
  indexPark,
  parkSearchSource,
  unitSearchSource,
} from './search-source.js';
export { figuresFor, getPark, listParks, listZones } from './space.js';
