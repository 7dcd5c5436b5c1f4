import { defineConfig } from 'drizzle-kit';

// One migration set for PGlite and PostgreSQL: drizzle-kit generates plain PostgreSQL DDL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/core/db/schema.ts',
  out: './drizzle',
});
