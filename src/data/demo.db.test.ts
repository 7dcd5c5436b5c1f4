import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../tests/support/test-database.js';
import { isValidUscc } from '../core/ids/index.js';
import { enterpriseMetrics, enterprises } from '../modules/enterprises/tables.js';
import { users } from '../modules/identity/tables.js';
import { buildings, units } from '../modules/space/tables.js';
import { isDemoLoaded, loadDemoData } from './demo.js';
import { DEMO } from './sources.js';

class Rollback extends Error {}

/** Loads the demo dataset inside a transaction that is then rolled back, returning what it wrote. */
async function demoSnapshot() {
  const { db } = await testDatabase();
  let snapshot: unknown;
  await db
    .transaction(async (tx) => {
      await loadDemoData(tx);
      const b = await tx
        .select({ code: buildings.code, floors: buildings.floors })
        .from(buildings)
        .where(eq(buildings.isDemo, true))
        .orderBy(buildings.id);
      const u = await tx
        .select({
          code: units.code,
          area: units.areaM2,
          use: units.use,
          status: units.status,
          rent: units.rentYuanPerM2Month,
        })
        .from(units)
        .where(eq(units.isDemo, true))
        .orderBy(units.id);
      const e = await tx
        .select({ name: enterprises.nameZh, uscc: enterprises.uscc })
        .from(enterprises)
        .where(eq(enterprises.source, DEMO))
        .orderBy(enterprises.id);
      snapshot = { b, u, e };
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return snapshot as { b: unknown[]; u: unknown[]; e: { name: string; uscc: string | null }[] };
}

describe('demo dataset', () => {
  it('is the same on every run (fixed seed)', async () => {
    const first = await demoSnapshot();
    const second = await demoSnapshot();
    expect(first.e.length).toBe(80 + 12); // 80 firms, 12 targets at the demo's chain gaps
    expect(first.u.length).toBeGreaterThan(50);
    expect(second).toEqual(first);
  });

  it('flags every row demo, gives valid credit codes, and loads only once', async () => {
    const { db } = await testDatabase();
    if (!(await isDemoLoaded(db))) {
      const users1 = await loadDemoData(db);
      expect(users1?.map((u) => u.role).sort()).toEqual(['enterprise', 'officer', 'park_manager']);
    }
    expect(await loadDemoData(db)).toBeNull();
    // By source: the generator's enterprises (`medzone generate`, also demo) may share the database.
    const demoEnterprises = await db.select().from(enterprises).where(eq(enterprises.source, DEMO));
    expect(demoEnterprises.length).toBe(92);
    expect(demoEnterprises.filter((e) => e.divisionCode === null)).toEqual([]);
    for (const e of demoEnterprises) {
      expect(isValidUscc(e.uscc!)).toBe(true);
      expect(e.isDemo).toBe(true);
      expect(e.nameZh).toContain('演示');
    }
    // The demo firms' figures are all flagged demo (other tests add real-looking figures to their own firms).
    const metrics = await db
      .select()
      .from(enterpriseMetrics)
      .where(
        and(
          eq(enterpriseMetrics.isDemo, false),
          inArray(
            enterpriseMetrics.enterpriseId,
            demoEnterprises.map((e) => e.id),
          ),
        ),
      );
    expect(metrics).toEqual([]);
    const demoUsers = await db.select().from(users).where(eq(users.isDemo, true));
    expect(demoUsers.every((u) => u.email.endsWith('@demo.medzone.local'))).toBe(true);
  });
});
