import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { type Database, openDatabase } from '../../src/core/db/db.js';
import { createUser } from '../../src/modules/identity/index.js';
import { buildApp } from '../../src/server/app.js';
import { prepareDatabase } from '../../src/server/bootstrap.js';

export const E2E_PASSWORD = 'e2e correct horse battery';

export type Stack = {
  baseUrl: string;
  browser: Browser;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
};

/**
 * The whole product as `npm start` runs it (migrations, reference and demo data, built web app) on an
 * in-memory PGlite and a free port, and Debian's Chromium, never a downloaded browser.
 */
export async function startStack(): Promise<Stack> {
  const database = await openDatabase({ engine: 'pglite' });
  const prepared = await prepareDatabase(database, { loadDemo: true });
  await createUser(
    database.db,
    {
      email: 'e2e.officer@test.medzone.local',
      role: 'officer',
      parkIds: [],
      password: E2E_PASSWORD,
      displayName: '测试专员',
    },
    'system',
  );
  const app = await buildApp({ database, cookieSecret: prepared.cookieSecret, logLevel: 'warn' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    app,
    database,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}
