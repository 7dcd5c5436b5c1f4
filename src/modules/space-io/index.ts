export type { ImportCounts } from './job-progress.js';
export { failInterruptedJobs, getImportJob, importJobErrorPage, startImport } from './jobs.js';
export { exportParkRows, writeParksXlsx } from './park-export.js';
export { spaceIoRoutes } from './routes.js';
export { exportUnitRows, writeUnitsCsv, writeUnitsXlsx } from './unit-export.js';
