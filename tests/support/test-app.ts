import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/core/auth/roles.js';
import { createUser } from '../../src/modules/identity/index.js';
import { buildApp } from '../../src/server/app.js';
import { testDatabase, unique } from './test-database.js';

let appPromise: Promise<FastifyInstance> | undefined;

/** The worker's app over the worker's database, called in-process with inject(). */
export function testApp(): Promise<FastifyInstance> {
  appPromise ??= (async () => {
    const database = await testDatabase();
    const app = await buildApp({
      database,
      cookieSecret: 'test-secret',
      logLevel: 'silent',
      webRoot: '/nonexistent',
    });
    await app.ready();
    return app;
  })();
  return appPromise;
}

let addressCounter = 0;
/** A distinct client address per call, so the per-IP login rate limit does not couple unrelated tests. */
export function nextAddress(): string {
  addressCounter += 1;
  return `10.${process.pid % 250}.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes, like the web app. */
export type Client = {
  email: string;
  userId: number;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
};

export async function signedInClient(role: Role, parkIds: number[] = []): Promise<Client> {
  const app = await testApp();
  const database = await testDatabase();
  const email = `${unique(role)}@test.medzone.local`;
  const created = await createUser(database.db, { email, role, parkIds, password: TEST_PASSWORD }, 'system');
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: nextAddress(),
    payload: { email, password: TEST_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const cookies = new Map<string, string>();
  for (const c of login.cookies) cookies.set(c.name, c.value);
  const csrfToken = (login.json() as { csrfToken: string }).csrfToken;
  return {
    email,
    userId: created.principal.userId,
    request: (options) => {
      const method = (options.method ?? 'GET').toUpperCase();
      const headers = {
        ...(options.headers ?? {}),
        ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }),
      };
      return app.inject({ ...options, headers, cookies: Object.fromEntries(cookies) });
    },
  };
}

/** A multipart/form-data body with one file field, as a browser's FormData sends it. */
export async function multipartBody(content: string | Buffer, fileName: string, field = 'file') {
  const form = new FormData();
  form.append(field, new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), fileName);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  };
}
