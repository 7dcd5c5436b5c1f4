import { and, eq, gt, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rolledBack, testDatabase } from '../../../tests/support/test-database.js';
import { queryRows } from '../../core/db/db.js';
import { isValidTaiwanUbn, isValidUscc } from '../../core/ids/index.js';
import { enterprises } from '../../modules/enterprises/tables.js';
import { BUSINESSES } from './company-names.js';
import { GENERATED, generatedUscc, generateEnterprises } from './generate-enterprises.js';
import { generateUnits } from './generate-units.js';

// A seed no other test uses: the generator remembers per seed how many rows it made.
const SEED = 424_242;

describe('medzone generate', () => {
  it('makes valid, unique credit codes for a million indexes of a seed', () => {
    const codes = new Set<string>();
    for (let i = 0; i < 1_000_000; i += 997) codes.add(generatedUscc(SEED, i, '350104'));
    expect([...codes].every(isValidUscc)).toBe(true);
    expect(codes.size).toBe(Math.ceil(1_000_000 / 997));
  });

  it('generates realistic enterprises deterministically, cumulatively, all flagged demo', async () => {
    const { db } = await testDatabase();
    // Other tests generate with their own seeds into the same database: this seed's rows come after these.
    const [{ before } = { before: 0 }] = await queryRows<{ before: number }>(
      db,
      sql`SELECT coalesce(max(id), 0)::int AS before FROM enterprises`,
    );
    expect(await generateEnterprises(db, { count: 1_500, seed: SEED })).toBe(1_500);
    // The same total again adds nothing; a larger one adds the difference.
    expect(await generateEnterprises(db, { count: 1_500, seed: SEED })).toBe(0);
    expect(await generateEnterprises(db, { count: 2_500, seed: SEED })).toBe(1_000);

    const rows = await db
      .select()
      .from(enterprises)
      .where(and(eq(enterprises.source, GENERATED), gt(enterprises.id, before)));
    expect(rows).toHaveLength(2_500);
    expect(rows.every((r) => r.isDemo)).toBe(true);
    const words = BUSINESSES.map((b) => b.words);
    for (const r of rows) {
      expect(
        words.some((w) => r.nameZh.includes(w)),
        r.nameZh,
      ).toBe(true);
      expect(r.nameZh).toMatch(/(有限公司|股份有限公司|集团有限公司)$/);
      if (r.uscc) expect(isValidUscc(r.uscc), r.uscc).toBe(true);
      if (r.taiwanUbn) expect(isValidTaiwanUbn(r.taiwanUbn), r.taiwanUbn).toBe(true);
      if (r.status === 'settled') expect(r.parkId).not.toBeNull();
    }
    expect(new Set(rows.map((r) => r.nameZh)).size).toBe(rows.length);
    // Mostly targets, some settled, some Taiwan-funded; two years of metrics each.
    const share = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length / rows.length;
    expect(share((r) => r.status === 'target')).toBeGreaterThan(0.8);
    expect(share((r) => r.status === 'settled')).toBeGreaterThan(0.03);
    expect(share((r) => r.isTaiwanFunded)).toBeGreaterThan(0.1);
    const [metrics] = await queryRows<{ firms: number; rows: number }>(
      db,
      sql`SELECT count(DISTINCT m.enterprise_id)::int AS firms, count(*)::int AS rows
        FROM enterprise_metrics m JOIN enterprises e ON e.id = m.enterprise_id
        WHERE e.source = ${GENERATED} AND e.id > ${before}`,
    );
    expect(metrics).toEqual({ firms: rows.length, rows: rows.length * 2 });
  });

  it('gives each firm metricYears years ending 2025 with growth of its own, a division and some milestones', async () => {
    type Stats = {
      firms: number;
      metricRows: number;
      minYear: number;
      maxYear: number;
      noDivision: number;
      settledOutsideFujian: number;
      fujianTargets: number;
      targets: number;
      revenueGrowths: number;
      rdFasterThanRevenue: number;
      rdSlowerThanRevenue: number;
      milestoneFirms: number;
      kinds: string[];
      unfundedRounds: number;
    };
    let stats: Stats | undefined;
    let noMetrics = -1;
    await rolledBack(async (tx) => {
      const [{ before } = { before: 0 }] = await queryRows<{ before: number }>(
        tx,
        sql`SELECT coalesce(max(id), 0)::int AS before FROM enterprises`,
      );
      expect(await generateEnterprises(tx, { count: 1_000, seed: 727_271, metricYears: 10 })).toBe(1_000);
      [stats] = await queryRows<Stats>(
        tx,
        sql`WITH e AS (SELECT * FROM enterprises WHERE id > ${before}),
          g AS (
            SELECT m.enterprise_id,
              max(m.operating_revenue_yuan) FILTER (WHERE m.year = 2025) / nullif(max(m.operating_revenue_yuan) FILTER (WHERE m.year = 2024), 0) AS rev,
              max(m.rd_spend_yuan) FILTER (WHERE m.year = 2025) / nullif(max(m.rd_spend_yuan) FILTER (WHERE m.year = 2024), 0) AS rd
            FROM enterprise_metrics m JOIN e ON e.id = m.enterprise_id GROUP BY m.enterprise_id)
          SELECT (SELECT count(*) FROM e)::int AS firms,
            (SELECT count(*) FROM enterprise_metrics m JOIN e ON e.id = m.enterprise_id)::int AS "metricRows",
            (SELECT min(year) FROM enterprise_metrics m JOIN e ON e.id = m.enterprise_id)::int AS "minYear",
            (SELECT max(year) FROM enterprise_metrics m JOIN e ON e.id = m.enterprise_id)::int AS "maxYear",
            (SELECT count(*) FROM e WHERE division_code IS NULL)::int AS "noDivision",
            (SELECT count(*) FROM e WHERE status = 'settled' AND division_code NOT LIKE '35%')::int AS "settledOutsideFujian",
            (SELECT count(*) FROM e WHERE status = 'target' AND division_code LIKE '35%')::int AS "fujianTargets",
            (SELECT count(*) FROM e WHERE status = 'target')::int AS targets,
            (SELECT count(DISTINCT round(rev, 2)) FROM g)::int AS "revenueGrowths",
            (SELECT count(*) FROM g WHERE rd > rev + 0.02)::int AS "rdFasterThanRevenue",
            (SELECT count(*) FROM g WHERE rd < rev - 0.02)::int AS "rdSlowerThanRevenue",
            (SELECT count(DISTINCT enterprise_id) FROM enterprise_milestones x JOIN e ON e.id = x.enterprise_id)::int AS "milestoneFirms",
            (SELECT array_agg(DISTINCT kind::text ORDER BY kind::text) FROM enterprise_milestones x JOIN e ON e.id = x.enterprise_id) AS kinds,
            (SELECT count(*) FROM enterprise_milestones x JOIN e ON e.id = x.enterprise_id
              WHERE kind = 'funding' AND NOT (quantity > 0 AND x.is_demo AND x.source = ${GENERATED}))::int AS "unfundedRounds"`,
      );
      const [{ before: next } = { before: 0 }] = await queryRows<{ before: number }>(
        tx,
        sql`SELECT coalesce(max(id), 0)::int AS before FROM enterprises`,
      );
      await generateEnterprises(tx, { count: 50, seed: 727_272, metricYears: 0 });
      [{ n: noMetrics } = { n: -1 }] = await queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM enterprise_metrics WHERE enterprise_id > ${next}`,
      );
    });
    expect(stats).toMatchObject({
      firms: 1_000,
      metricRows: 10_000,
      minYear: 2016,
      maxYear: 2025,
      noDivision: 0,
    });
    expect(stats!.settledOutsideFujian).toBe(0);
    // Most targets are in Fujian, the rest elsewhere.
    expect(stats!.fujianTargets / stats!.targets).toBeGreaterThan(0.4);
    expect(stats!.fujianTargets / stats!.targets).toBeLessThan(0.7);
    // Growth differs across firms, and R&D grows at its own pace.
    expect(stats!.revenueGrowths).toBeGreaterThan(50);
    expect(stats!.rdFasterThanRevenue).toBeGreaterThan(100);
    expect(stats!.rdSlowerThanRevenue).toBeGreaterThan(100);
    // A realistic minority has milestones.
    expect(stats!.milestoneFirms).toBeGreaterThan(80);
    expect(stats!.milestoneFirms).toBeLessThan(400);
    expect(stats!.kinds).toEqual(expect.arrayContaining(['approval', 'clinical_trial', 'funding']));
    expect(stats!.unfundedRounds).toBe(0);
    expect(noMetrics).toBe(0);
    await expect(
      generateEnterprises((await testDatabase()).db, { count: 1, seed: 1, metricYears: -1 }),
    ).rejects.toThrow(RangeError);
  });

  it('generates units in buildings of 200 across the parks, resuming inside a building', async () => {
    const { db } = await testDatabase();
    expect(await generateUnits(db, { count: 300, seed: SEED })).toBe(300);
    expect(await generateUnits(db, { count: 450, seed: SEED })).toBe(150);
    const [counts] = await queryRows<{ units: number; buildings: number; history: number; demo: number }>(
      db,
      sql`SELECT count(u.id)::int AS units, count(DISTINCT b.id)::int AS buildings,
          count(h.unit_id)::int AS history, count(*) FILTER (WHERE u.is_demo)::int AS demo
        FROM buildings b JOIN units u ON u.building_id = b.id
        LEFT JOIN unit_status_history h ON h.unit_id = u.id
        WHERE b.code LIKE ${`S${SEED}-%`}`,
    );
    expect(counts).toEqual({ units: 450, buildings: 3, history: 450, demo: 450 });
  });
});
