import { defineConfig } from 'vitest/config';

// Unit and integration tests. Files named *.db.test.ts touch the database: they run on PGlite, and a
// second time on PostgreSQL when TEST_DATABASE_URL is set (as .ci/run does).
const shared = {
  setupFiles: ['tests/support/fail-on-console-error.ts'],
  // One database per worker, shared by the files it runs: a fresh PGlite costs seconds and ~800 MB.
  isolate: false,
  pool: 'forks' as const,
  maxWorkers: 2,
  testTimeout: 30_000,
  hookTimeout: 120_000,
};

const projects = [
  {
    test: {
      ...shared,
      name: 'pglite',
      include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
      env: { MEDZONE_TEST_ENGINE: 'pglite' },
    },
  },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    test: {
      ...shared,
      name: 'postgres',
      include: ['src/**/*.db.test.ts'],
      env: { MEDZONE_TEST_ENGINE: 'postgres' },
    },
  });
}

export default defineConfig({ test: { projects } });
