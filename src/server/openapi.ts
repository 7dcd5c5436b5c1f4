import type { Database, Db } from '../core/db/db.js';
import { buildApp } from './app.js';

/** A database without a connection: enough to register the routes and describe them, useless for queries. */
export function describeOnlyDatabase(): Database {
  const refuse = () => {
    throw new Error('describe-only database: no queries');
  };
  return {
    db: Object.freeze({}) as Db,
    engine: 'pglite',
    migrate: refuse,
    ping: refuse,
    close: async () => {},
  };
}

/** The OpenAPI document, built from the routes' zod schemas without touching a database. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp({
    database: describeOnlyDatabase(),
    cookieSecret: 'describe-only',
    logLevel: 'silent',
    webRoot: '/nonexistent',
  });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return document;
}
