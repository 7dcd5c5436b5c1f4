import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextAddress, signedInClient, TEST_PASSWORD, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { auditLog } from '../../core/audit/tables.js';
import { createUser } from './identity.js';
import { users } from './tables.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});

async function newUser(role: 'admin' | 'officer' | 'enterprise' = 'officer') {
  const { db } = await testDatabase();
  const email = `${unique('login')}@test.medzone.local`;
  await createUser(db, { email, role, parkIds: [], password: TEST_PASSWORD }, 'system');
  return email;
}

describe('login', () => {
  it('sets an httpOnly SameSite=Lax session cookie and returns the user', async () => {
    const email = await newUser();
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { email: email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name === 'mz_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session!.secure).toBeFalsy();
    expect((res.json() as { user: { email: string; role: string } }).user).toMatchObject({
      email,
      role: 'officer',
    });

    const me = await app.inject({ url: '/api/auth/me', cookies: { mz_session: session!.value } });
    expect((me.json() as { user: { email: string } }).user.email).toBe(email);
  });

  it('marks cookies Secure behind a TLS-terminating proxy', async () => {
    const { buildApp } = await import('../../server/app.js');
    const proxied = await buildApp({
      database: await testDatabase(),
      cookieSecret: 's',
      logLevel: 'silent',
      trustProxy: true,
      webRoot: '/x',
    });
    const email = await newUser();
    const res = await proxied.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email, password: TEST_PASSWORD },
    });
    expect(res.cookies.find((c) => c.name === 'mz_session')?.secure).toBe(true);
    await proxied.close();
  });

  it('rejects a wrong password and an unknown e-mail the same way', async () => {
    const email = await newUser();
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { email, password: 'not the password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { email: 'nobody@x.cn', password: 'whatever' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('validates the body with field messages', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { email: 'not-an-email' },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json() as { error: { fields: { path: string }[] } }).error.fields
      .map((f) => f.path)
      .sort();
    expect(fields).toEqual(['email', 'password']);
  });

  it('rate-limits login attempts per address with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<FastifyInstance['inject']>> | undefined;
    for (let i = 0; i < 11; i++) {
      last = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '203.0.113.77',
        payload: { email: 'guess@x.cn', password: `guess-${i}` },
      });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect((last!.json() as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
  });
});

describe('CSRF protection on cookie-authenticated writes', () => {
  it('refuses a write with the session cookie but without the token', async () => {
    const email = await newUser();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { email, password: TEST_PASSWORD },
    });
    const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      cookies,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another long password' },
    });
    expect(res.statusCode).toBe(403);
    expect((res.json() as { error: { code: string } }).error.code).toBe('CSRF_INVALID');
    const forged = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      cookies,
      headers: { 'x-csrf-token': 'forged-token' },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another long password' },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('accepts it with the token', async () => {
    const client = await signedInClient('enterprise');
    const res = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(res.statusCode).toBe(204);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { email: client.email, password: 'a brand new passphrase' },
    });
    expect(again.statusCode).toBe(200);
  });
});

describe('POST /api/users', () => {
  it('is for admins only', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/users', payload: {} })).statusCode).toBe(401);
    const officer = await signedInClient('officer');
    const res = await officer.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'x@y.cn', role: 'officer' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('creates a park manager scoped to parks, audits it, and returns a one-time password', async () => {
    const admin = await signedInClient('admin');
    const parks = (await app.inject({ url: '/api/parks?q=瑞科' })).json() as { items: { id: number }[] };
    const email = `${unique('pm')}@test.medzone.local`;
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email, role: 'park_manager', parkIds: [parks.items[0]!.id] },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as { user: { parkIds: number[]; mustChangePassword: boolean }; password: string };
    expect(body.user.parkIds).toEqual([parks.items[0]!.id]);
    expect(body.user.mustChangePassword).toBe(true);
    expect(body.password.length).toBeGreaterThanOrEqual(12);

    const { db } = await testDatabase();
    const [row] = await db.select().from(users).where(eq(users.email, email));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(row!.id)));
    expect(audit.map((a) => a.action)).toContain('user.create');
  });

  it('refuses a park manager without parks and a duplicate e-mail', async () => {
    const admin = await signedInClient('admin');
    const noPark = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'pm@x.cn', role: 'park_manager' },
    });
    expect(noPark.statusCode).toBe(400);
    expect((noPark.json() as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe(
      'parkIds',
    );
    const dup = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: admin.email, role: 'officer' },
    });
    expect(dup.statusCode).toBe(409);
  });
});
