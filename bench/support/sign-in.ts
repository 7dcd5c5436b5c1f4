import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/core/db/db.js';
import { createUser } from '../../src/modules/identity/index.js';

/** A new investment officer, signed in through the API: the cookie a benchmark's requests carry. */
export async function officerCookie(app: FastifyInstance, database: Database, name: string): Promise<string> {
  const email = `bench-${name}-${Date.now()}@bench.medzone.local`;
  const password = `bench password for ${name}`;
  await createUser(database.db, { email, role: 'officer', parkIds: [], password }, 'system');
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`bench sign-in failed: ${login.body}`);
  return login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
