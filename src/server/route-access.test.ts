import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../core/auth/roles.js';
import { buildApp } from './app.js';
import { describeOnlyDatabase } from './openapi.js';

let app: FastifyInstance;

beforeAll(async () => {
  // A built web app, so that the static-file routes are registered and walked too.
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'medzone-web-'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>t</title>');
  // Declaring routes needs no database.
  app = await buildApp({ database: describeOnlyDatabase(), cookieSecret: 'x', logLevel: 'silent', webRoot });
  await app.ready();
});

afterAll(async () => {
  await app.close();
});

describe('every route declares who may call it', () => {
  it('has a non-empty audience of known roles on every registered route', () => {
    const known = new Set<string>([...roles, 'public']);
    expect(app.registeredRoutes.length).toBeGreaterThan(10);
    expect(app.registeredRoutes.some((r) => r.url === '/*')).toBe(true);
    const undeclared = app.registeredRoutes.filter((r) => !r.access || r.access.length === 0);
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const unknownRoles = app.registeredRoutes.filter((r) => r.access?.some((a) => !known.has(a)));
    expect(unknownRoles).toEqual([]);
  });

  it('lists the API routes with the audience they were given', () => {
    const find = (method: string, url: string) =>
      app.registeredRoutes.find((r) => r.method === method && r.url === url);
    expect(find('GET', '/api/parks')?.access).toEqual(['public']);
    expect(find('POST', '/api/users')?.access).toEqual(['admin']);
    expect(find('POST', '/api/auth/password')?.access).not.toContain('public');
  });
});

describe('the web app is served beside the API', () => {
  it('answers /, client routes and unknown API paths', async () => {
    const home = await app.inject({ url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toMatch(/text\/html/);
    const clientRoute = await app.inject({ url: '/parks/3' });
    expect(clientRoute.statusCode).toBe(200);
    expect(clientRoute.body).toContain('<!doctype html>');
    const api = await app.inject({ url: '/api/unknown' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/application\/json/);
  });
});
