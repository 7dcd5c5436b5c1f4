import { sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { erasePersonalData } from './leads.js';

/** The privacy statement's promise: kept until the request is finished, then this many years more. */
export const RETENTION_YEARS = 3;

/**
 * Leads whose retention period is over: closed more than three years ago, or qualified into a project that
 * ended (lost, or in a stage with no way on, e.g. operating) and has not changed for three years. Read
 * from the pipeline's tables by name: the leads module sits below the pipeline module.
 */
export async function expiredLeadIds(db: Executor, asOf: Date = new Date()): Promise<number[]> {
  const cutoff = sql`${asOf.toISOString()}::timestamptz - make_interval(years => ${RETENTION_YEARS})`;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT l.id FROM leads l
      WHERE l.erased_at IS NULL AND (
        (l.status = 'closed' AND l.closed_at < ${cutoff})
        OR (l.status = 'qualified' AND EXISTS (
          SELECT 1 FROM projects p
          JOIN pipeline_stages s ON s.pipeline_code = p.pipeline_code AND s.code = p.stage_code
          WHERE p.lead_id = l.id AND p.updated_at < ${cutoff}
            AND (s.outcome = 'lost' OR NOT EXISTS (
              SELECT 1 FROM pipeline_transitions t
              WHERE t.pipeline_code = p.pipeline_code AND t.from_stage = p.stage_code))))
      )
      ORDER BY l.id`,
  );
  return rows.map((r) => r.id);
}

/**
 * Erases the personal data of every lead past its retention period, one transaction per lead (a failure
 * leaves the others done), each audited as the system's act. The figures stay, as on a request.
 */
export async function applyRetention(db: Executor, asOf: Date = new Date()): Promise<{ erased: number[] }> {
  const ids = await expiredLeadIds(db, asOf);
  for (const id of ids) {
    await db.transaction(async (tx) => {
      await erasePersonalData(tx, id, null);
      await recordAudit(tx, {
        actor: 'system',
        action: 'lead.erase',
        entityType: 'lead',
        entityId: id,
        after: { reason: 'retention', years: RETENTION_YEARS },
      });
    });
  }
  return { erased: ids };
}

const DAY_MS = 24 * 3_600_000;

/**
 * Runs the retention job now and then once a day while the server runs; the timer does not keep the
 * process alive. Returns the function that stops it.
 */
export function scheduleRetention(db: Executor, log: (message: string) => void): () => void {
  const run = () =>
    applyRetention(db).then(
      ({ erased }) => {
        if (erased.length > 0) log(`retention: erased the personal data of ${erased.length} lead(s)`);
      },
      (error: unknown) => log(`retention failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
