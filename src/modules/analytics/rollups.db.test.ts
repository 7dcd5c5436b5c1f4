import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../tests/support/test-app.js';
import { rolledBack, testDatabase, unique } from '../../../tests/support/test-database.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { enterpriseMetrics, enterprises } from '../enterprises/tables.js';
import { parks } from '../space/tables.js';
import {
  markRollupsStale,
  REFRESH_DEBOUNCE_MS,
  refreshRollups,
  rollupState,
  settleRollups,
} from './rollups.js';

/** A year no other test writes metrics for: the fixture is the whole of it. */
const YEAR = 2091;

type Firm = {
  status: 'target' | 'in_contact' | 'settled' | 'left';
  park?: string;
  division?: string;
  direction?: string;
  revenue: string | null;
  rd?: string | null;
  employees?: number | null;
};

const FIRMS: Firm[] = [
  {
    status: 'settled',
    park: 'ruike',
    division: '350104',
    direction: 'high_quality_medicine',
    revenue: '100.50',
    rd: '5.25',
    employees: 20,
  },
  {
    status: 'settled',
    park: 'jinshan',
    division: '350121',
    direction: 'specialty_medical_devices',
    revenue: '200.00',
    rd: null,
    employees: 7,
  },
  {
    status: 'settled',
    park: 'ruike',
    division: '350102',
    direction: 'specialty_medical_devices',
    revenue: '0.75',
    rd: '1.00',
  },
  {
    status: 'target',
    division: '350203',
    direction: 'high_quality_medicine',
    revenue: '300.00',
    rd: '30.00',
  },
  // Outside Fujian: in no scope at all.
  { status: 'target', division: '110105', direction: 'high_quality_medicine', revenue: '400.00' },
  // Settled without a direction or a division: in its park and zone for all directions only.
  { status: 'settled', park: 'ruike', revenue: '50.00', employees: 3 },
  // In talks with a park noted: not settled, so not in the zone's figures; registered in Fujian.
  {
    status: 'in_contact',
    park: 'ruike',
    division: '350128',
    direction: 'internet_medicine',
    revenue: null,
    rd: '9.99',
  },
];

async function insertFixture(tx: Executor) {
  const parkRows = await tx.select({ id: parks.id, code: parks.code }).from(parks);
  const parkId = (code?: string) => (code ? parkRows.find((p) => p.code === code)!.id : null);
  for (const firm of FIRMS) {
    const [created] = await tx
      .insert(enterprises)
      .values({
        nameZh: unique('汇总测试企业'),
        status: firm.status,
        parkId: parkId(firm.park),
        divisionCode: firm.division ?? null,
        directionCode: firm.direction ?? null,
        source: 'test',
        isDemo: true,
      })
      .returning({ id: enterprises.id });
    await tx.insert(enterpriseMetrics).values({
      enterpriseId: created!.id,
      year: YEAR,
      operatingRevenueYuan: firm.revenue,
      rdSpendYuan: firm.rd ?? null,
      employees: firm.employees ?? null,
      source: 'test',
      isDemo: true,
    });
  }
}

type Row = {
  metric: string;
  scopeType: string;
  scopeCode: string;
  directionCode: string;
  value: string;
  n: number;
};

/**
 * The same sums computed the plain way: every metric row of the year with its enterprise and place, each
 * added into every scope it belongs to, in JavaScript.
 */
async function directSums(tx: Executor): Promise<Map<string, { cents: bigint; n: number }>> {
  const rows = await queryRows<{
    status: string;
    division: string | null;
    direction: string | null;
    zone: string | null;
    block: string | null;
    park: string | null;
    revenue: string | null;
    rd: string | null;
    employees: number | null;
  }>(
    tx,
    sql`SELECT e.status, e.division_code AS division, e.direction_code AS direction,
        z.code AS zone, b.code AS block, p.code AS park,
        m.operating_revenue_yuan::text AS revenue, m.rd_spend_yuan::text AS rd, m.employees
      FROM enterprise_metrics m JOIN enterprises e ON e.id = m.enterprise_id
      LEFT JOIN parks p ON p.id = e.park_id LEFT JOIN zones z ON z.id = p.zone_id
      LEFT JOIN blocks b ON b.id = p.block_id
      WHERE m.year = ${YEAR}`,
  );
  const sums = new Map<string, { cents: bigint; n: number }>();
  const add = (key: string, value: string | number | null) => {
    if (value === null) return;
    const cents = BigInt(Math.round(Number(value) * 100));
    const entry = sums.get(key) ?? { cents: 0n, n: 0 };
    sums.set(key, { cents: entry.cents + cents, n: entry.n + 1 });
  };
  for (const r of rows) {
    const scopes: [string, string][] = [];
    if (r.division?.startsWith('35'))
      scopes.push(['province', '350000'], ['city', `${r.division.slice(0, 4)}00`]);
    if (r.status === 'settled') {
      if (r.zone) scopes.push(['zone', r.zone]);
      if (r.block) scopes.push(['block', r.block]);
      if (r.park) scopes.push(['park', r.park]);
    }
    for (const [type, code] of scopes) {
      for (const direction of r.direction ? ['', r.direction] : ['']) {
        add(`operating_revenue_yuan|${type}|${code}|${direction}`, r.revenue);
        add(`rd_spend_yuan|${type}|${code}|${direction}`, r.rd);
        add(`employees|${type}|${code}|${direction}`, r.employees);
      }
    }
  }
  return sums;
}

async function rollupRows(tx: Executor): Promise<Row[]> {
  return queryRows<Row>(
    tx,
    sql`SELECT metric, scope_type AS "scopeType", scope_code AS "scopeCode", direction_code AS "directionCode",
        value::text AS value, enterprise_count AS n
      FROM metric_rollups WHERE year = ${YEAR} AND metric IN ('operating_revenue_yuan', 'rd_spend_yuan', 'employees')`,
  );
}

describe('refreshRollups', () => {
  it('sums every scope and direction exactly as the metrics sum directly', async () => {
    await rolledBack(async (tx) => {
      await insertFixture(tx);
      const { rows } = await refreshRollups(tx, { from: YEAR, to: YEAR });
      expect(rows).toBeGreaterThan(0);
      const direct = await directSums(tx);
      const rolled = await rollupRows(tx);
      // The same groups, no more and no fewer, with the same sums and counts.
      expect(rolled.length).toBe(direct.size);
      for (const r of rolled) {
        const expected = direct.get(`${r.metric}|${r.scopeType}|${r.scopeCode}|${r.directionCode}`);
        expect(expected, `${r.metric} ${r.scopeType} ${r.scopeCode} '${r.directionCode}'`).toBeDefined();
        expect(BigInt(Math.round(Number(r.value) * 100))).toBe(expected!.cents);
        expect(r.n).toBe(expected!.n);
      }
    });
  });

  it('puts each firm where it belongs: Fujian by registration, zone and parks for settled firms only', async () => {
    await rolledBack(async (tx) => {
      await insertFixture(tx);
      await refreshRollups(tx, { from: YEAR, to: YEAR });
      const rolled = await rollupRows(tx);
      const value = (metric: string, type: string, code: string, direction = '') =>
        rolled.find(
          (r) =>
            r.metric === metric &&
            r.scopeType === type &&
            r.scopeCode === code &&
            r.directionCode === direction,
        );
      // 100.50 + 200 + 0.75 + 300 (Beijing's 400 is not Fujian's; the unregistered firm has no division).
      expect(value('operating_revenue_yuan', 'province', '350000')).toMatchObject({ value: '601.25', n: 4 });
      expect(value('operating_revenue_yuan', 'city', '350100')).toMatchObject({ value: '301.25', n: 3 });
      expect(value('operating_revenue_yuan', 'city', '350200')).toMatchObject({ value: '300.00', n: 1 });
      // Ruike: two settled firms with a direction and one without; the firm in talks is left out.
      expect(value('operating_revenue_yuan', 'park', 'ruike')).toMatchObject({ value: '151.25', n: 3 });
      expect(value('operating_revenue_yuan', 'park', 'ruike', 'specialty_medical_devices')).toMatchObject({
        value: '0.75',
        n: 1,
      });
      expect(value('rd_spend_yuan', 'park', 'ruike', 'internet_medicine')).toBeUndefined();
      expect(value('rd_spend_yuan', 'province', '350000', 'internet_medicine')).toMatchObject({
        value: '9.99',
      });
      expect(value('employees', 'zone', 'fuzhou-imcez')).toMatchObject({ value: '30.00', n: 3 });
      // No per-direction row for firms without a direction: '' stays the total of all directions.
      expect(rolled.filter((r) => r.directionCode === null)).toHaveLength(0);
    });
  });

  it('rebuilds only the years asked for and leaves the others', async () => {
    await rolledBack(async (tx) => {
      await insertFixture(tx);
      await refreshRollups(tx, { from: YEAR, to: YEAR });
      await tx.execute(sql`UPDATE enterprise_metrics SET operating_revenue_yuan = operating_revenue_yuan * 2
        WHERE year = ${YEAR}`);
      await refreshRollups(tx, { from: YEAR + 1, to: YEAR + 2 });
      const unchanged = (await rollupRows(tx)).find(
        (r) => r.metric === 'operating_revenue_yuan' && r.scopeType === 'province' && r.directionCode === '',
      );
      expect(unchanged?.value).toBe('601.25');
      await refreshRollups(tx, { from: YEAR, to: YEAR });
      const rebuilt = (await rollupRows(tx)).find(
        (r) => r.metric === 'operating_revenue_yuan' && r.scopeType === 'province' && r.directionCode === '',
      );
      expect(rebuilt?.value).toBe('1202.50');
    });
  });
});

describe('markRollupsStale', () => {
  it('records when the figures went stale, rebuilds in the background, then clears the mark', async () => {
    const { db } = await testDatabase();
    await settleRollups(db);
    await refreshRollups(db, { from: YEAR + 5, to: YEAR + 5 });
    const before = await rollupState(db);
    expect(before.staleSince).toBeNull();

    await markRollupsStale(db);
    const stale = await rollupState(db);
    expect(stale.staleSince).not.toBeNull();
    expect(stale.refreshing).toBe(true);
    // A second mark keeps the first time: the figures have been stale since the first change.
    await markRollupsStale(db);
    expect((await rollupState(db)).staleSince).toBe(stale.staleSince);

    await settleRollups(db);
    const after = await rollupState(db);
    expect(after.refreshing).toBe(false);
    expect(after.staleSince).toBeNull();
    expect(Date.parse(after.computedAt!)).toBeGreaterThanOrEqual(Date.parse(stale.staleSince!));
  });

  it('waits for the debounce before rebuilding on its own', async () => {
    await testApp(); // the server whose refresher rebuilds
    const { db } = await testDatabase();
    await settleRollups(db);
    await markRollupsStale(db);
    expect((await rollupState(db)).staleSince).not.toBeNull();
    // Nothing here starts the rebuild (settleRollups would): only the refresher's own timer can clear it.
    await new Promise((resolve) => setTimeout(resolve, REFRESH_DEBOUNCE_MS));
    await expect
      .poll(async () => (await rollupState(db)).staleSince, { timeout: 15_000, interval: 200 })
      .toBeNull();
  }, 30_000);

  it('takes a mark inside a write’s transaction: it commits with the write, the server rebuilds', async () => {
    await testApp(); // the server whose refresher rebuilds
    const { db } = await testDatabase();
    await settleRollups(db);
    await expect(
      db.transaction(async (tx) => {
        await markRollupsStale(tx);
        tx.rollback();
      }),
    ).rejects.toThrow();
    expect((await rollupState(db)).staleSince).toBeNull();

    await db.transaction(async (tx) => markRollupsStale(tx));
    const stale = await rollupState(db);
    expect(stale.staleSince).not.toBeNull();
    expect(stale.refreshing).toBe(true);
    await settleRollups(db);
    expect((await rollupState(db)).staleSince).toBeNull();
  });
});
