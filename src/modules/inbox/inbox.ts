import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import { notFound } from '../../core/errors/index.js';
import { notifications } from './tables.js';

export type Notice = { kind: string; titleZh: string; titleEn: string; link?: string | null };

/** Puts the same notice in each user's inbox (one statement). */
export async function notify(db: Executor, userIds: number[], notice: Notice): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await db
    .insert(notifications)
    .values(unique.map((userId) => ({ userId, ...notice, link: notice.link ?? null })));
}

export async function listInbox(db: Executor, userId: number, lang: 'zh' | 'en', limit: number) {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(sql`${notifications.readAt} IS NOT NULL`, desc(notifications.id))
    .limit(limit);
  const [unread] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return {
    unread: unread?.n ?? 0,
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: lang === 'zh' ? n.titleZh : n.titleEn,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
  };
}

/** Marks one of the caller's notices read; someone else's is "not found", not forbidden. */
export async function markRead(db: Executor, userId: number, id: number): Promise<void> {
  const updated = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  if (updated.length === 0) throw notFound('notification');
}

/** Marks every unread notice of the caller's read at once; how many it marked (0 when none was unread). */
export async function markAllRead(db: Executor, userId: number): Promise<number> {
  const updated = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return updated.length;
}
