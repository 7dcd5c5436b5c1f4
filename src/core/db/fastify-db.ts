import type { Database, Db } from './db.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The application's database, shared by every route. */
    db: Db;
    database: Database;
  }
}
