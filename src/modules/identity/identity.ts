import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../core/audit/audit.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { AppError, invalidFields } from '../../core/errors/index.js';
import { parks } from '../space/tables.js';
import { generatePassword, hashPassword, verifyPassword } from './passwords.js';
import type { newUserBody } from './schema.js';
import { sessions, userParks, users } from './tables.js';

export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type NewUserInput = z.output<typeof newUserBody>;

export type CreatedUser = { principal: Principal; generatedPassword: string | undefined };

/** Creates a user (and its park scope) in one transaction; generates a password when none is given. */
export async function createUser(
  db: Executor,
  input: NewUserInput,
  actor: Principal | 'system',
  options: { mustChangePassword?: boolean; isDemo?: boolean } = {},
): Promise<CreatedUser> {
  const generatedPassword = input.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  return db.transaction(async (tx) => {
    const taken = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken.length > 0) throw new AppError('CONFLICT', { params: { detail: input.email } });
    if (input.parkIds.length > 0) {
      const found = await tx.select({ id: parks.id }).from(parks).where(inArray(parks.id, input.parkIds));
      if (found.length !== new Set(input.parkIds).size)
        throw invalidFields({ path: 'parkIds', key: 'parkScope' });
    }
    const [row] = await tx
      .insert(users)
      .values({
        email: input.email,
        displayName: input.displayName ?? input.email.split('@')[0]!,
        role: input.role,
        passwordHash,
        mustChangePassword: options.mustChangePassword ?? generatedPassword !== undefined,
        isDemo: options.isDemo ?? false,
      })
      .returning();
    const user = row!;
    const parkIds = input.role === 'park_manager' ? [...new Set(input.parkIds)] : [];
    if (parkIds.length > 0)
      await tx.insert(userParks).values(parkIds.map((parkId) => ({ userId: user.id, parkId })));
    const principal = toPrincipal(user, parkIds);
    await recordAudit(tx, {
      actor,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, role: user.role, parkIds },
    });
    return { principal, generatedPassword };
  });
}

function toPrincipal(user: typeof users.$inferSelect, parkIds: number[]): Principal {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    parkIds,
    mustChangePassword: user.mustChangePassword,
  };
}

async function parkIdsOf(db: Executor, userId: number): Promise<number[]> {
  const rows = await db
    .select({ parkId: userParks.parkId })
    .from(userParks)
    .where(eq(userParks.userId, userId));
  return rows.map((r) => r.parkId).sort((a, b) => a - b);
}

// Verifying against a real hash when the e-mail is unknown keeps response time from telling
// which e-mails have accounts.
let dummyHash: Promise<string> | undefined;

export type LoginResult = { token: string; principal: Principal };

export async function login(
  db: Executor,
  email: string,
  password: string,
  meta: { ip?: string; userAgent?: string } = {},
): Promise<LoginResult> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)));
  if (!user) {
    dummyHash ??= hashPassword(generatePassword());
    await verifyPassword(await dummyHash, password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw new AppError('INVALID_CREDENTIALS');
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: user.id,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, user.id));
  return { token, principal: toPrincipal(user, await parkIdsOf(db, user.id)) };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function loadPrincipal(db: Executor, token: string): Promise<Principal | null> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, sql`now()`),
        isNull(users.disabledAt),
      ),
    );
  if (!row) return null;
  return toPrincipal(row.user, await parkIdsOf(db, row.user.id));
}

export async function logout(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function changePassword(
  db: Executor,
  principal: Principal,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, principal.userId));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword)))
    throw new AppError('INVALID_CREDENTIALS');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: principal,
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
    });
  });
}

/** Sets a user's password from the CLI (operator on the machine). */
export async function setPassword(db: Executor, email: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false })
      .where(eq(users.email, email))
      .returning({ id: users.id });
    if (updated.length === 0) throw new AppError('NOT_FOUND', { params: { entity: email } });
    await recordAudit(tx, {
      actor: 'system',
      action: 'user.password_set',
      entityType: 'user',
      entityId: updated[0]!.id,
    });
  });
}

export const FIRST_ADMIN_EMAIL = 'admin@medzone.local';

/** On a database without any admin, creates one with a one-time password the caller must print. */
export async function ensureFirstAdmin(db: Executor): Promise<{ email: string; password: string } | null> {
  const admins = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  if (admins.length > 0) return null;
  const created = await createUser(db, { email: FIRST_ADMIN_EMAIL, role: 'admin', parkIds: [] }, 'system', {
    mustChangePassword: true,
  });
  return { email: FIRST_ADMIN_EMAIL, password: created.generatedPassword! };
}
