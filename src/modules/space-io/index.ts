export { failInterruptedJobs, getImportJob, startUnitImport } from './jobs.js';
export { spaceIoRoutes } from './routes.js';
export { exportUnitRows, writeUnitsCsv, writeUnitsXlsx } from './unit-export.js';
