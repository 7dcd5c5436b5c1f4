import path from 'node:path';
import {
  getImportJob,
  importJobErrorPage,
  type StartImport,
  startImport,
} from '../../src/modules/space-io/jobs.js';
import { testDatabase } from './test-database.js';

/** Runs an import job in the worker's database to its end, as the operator unless told otherwise. */
export async function importFile(file: string, options: Partial<StartImport> = {}) {
  const { db } = await testDatabase();
  const { id, done } = await startImport(db, {
    path: file,
    fileName: path.basename(file),
    dryRun: false,
    actor: 'system',
    ...options,
  });
  await done;
  const job = (await getImportJob(db, id))!;
  const errors = await importJobErrorPage(db, id, 1000, 0);
  return { job, errors: errors.items, errorTotal: errors.total };
}
