import { describe, expect, it } from 'vitest';
import { roles } from '../core/auth/roles.js';
import { buildApp } from './app.js';
import { describeOnlyDatabase } from './openapi.js';

// Declaring routes needs no database.
const noDatabase = describeOnlyDatabase();

describe('every route declares who may call it', () => {
  it('has a non-empty audience of known roles on every registered route', async () => {
    const app = await buildApp({
      database: noDatabase,
      cookieSecret: 'x',
      logLevel: 'silent',
      webRoot: '/nonexistent',
    });
    await app.ready();
    const known = new Set<string>([...roles, 'public']);
    expect(app.registeredRoutes.length).toBeGreaterThan(10);
    const undeclared = app.registeredRoutes.filter((r) => !r.access || r.access.length === 0);
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const unknownRoles = app.registeredRoutes.filter((r) => r.access?.some((a) => !known.has(a)));
    expect(unknownRoles).toEqual([]);
    await app.close();
  });

  it('lists the API routes with the audience they were given', async () => {
    const app = await buildApp({
      database: noDatabase,
      cookieSecret: 'x',
      logLevel: 'silent',
      webRoot: '/nonexistent',
    });
    await app.ready();
    const find = (method: string, url: string) =>
      app.registeredRoutes.find((r) => r.method === method && r.url === url);
    expect(find('GET', '/api/parks')?.access).toEqual(['public']);
    expect(find('POST', '/api/users')?.access).toEqual(['admin']);
    await app.close();
  });
});
