import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextAddress, testApp } from '../../tests/support/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});

describe('bad input is a 4xx in the catalogue shape, never a 500', () => {
  it('answers malformed JSON with 400', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
  });

  it('answers an unknown API path with 404', async () => {
    const res = await app.inject({ url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'No such endpoint', fields: [] },
    });
  });

  it('answers an oversized body with 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { email: 'a@b.cn', password: 'x'.repeat(2_000_000) },
    });
    expect(res.statusCode).toBe(413);
  });

  it('answers a 10,000-character e-mail with a field message', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { email: `${'a'.repeat(10_000)}@b.cn`, password: 'x' },
    });
    expect(res.statusCode).toBe(400);
  });

  it('reports readiness of the database', async () => {
    const res = await app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { engine: string }).engine).toBe(
      process.env.MEDZONE_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite',
    );
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('serves the OpenAPI document', async () => {
    const res = await app.inject({ url: '/openapi.json' });
    const doc = res.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/parks/{id}');
  });
});
