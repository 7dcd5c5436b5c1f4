import type { Principal } from '../auth/roles.js';
import type { Executor } from '../db/db.js';
import { auditLog } from './tables.js';

export type AuditEntry = {
  actor: Principal | null | 'system';
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  requestId?: string | null;
};

/** Writes one audit row; call it inside the same transaction as the change it records. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  const actor = entry.actor === 'system' ? null : entry.actor;
  await db.insert(auditLog).values({
    actorUserId: actor?.userId ?? null,
    actorRole: entry.actor === 'system' ? 'system' : (actor?.role ?? 'public'),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
    requestId: entry.requestId ?? null,
  });
}
