import { eq, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { type Db, type Executor, queryRows } from '../../core/db/db.js';
import { appMeta } from '../../core/db/meta-table.js';

/** The enterprise_metrics columns summed into metric_rollups, by their column (and rollup metric) name. */
export const ROLLUP_METRICS = [
  'operating_revenue_yuan',
  'tax_yuan',
  'rd_spend_yuan',
  'output_value_yuan',
  'employees',
] as const;
export type RollupMetric = (typeof ROLLUP_METRICS)[number];

/** GB/T 2260 code of Fujian: enterprises registered there count for the provincial targets. */
export const FUJIAN_CODE = '350000';

/** app_meta key of the rollups' state: when they were computed, and since when the data changed. */
export const ROLLUP_STATE_KEY = 'metric_rollups';

export type YearRange = { from: number; to: number };

/**
 * The whole rebuild as ONE statement (the SELECT; rollupInsert writes it) over a year range: enterprise_metrics joined to the enterprise and its
 * park, block and zone, summed under ten grouping sets (five scopes, each for all directions and per
 * direction), then unpivoted into one row per metric. Scopes: province (registered in Fujian, whatever the
 * status), city (first four digits of the registered division + '00'), zone/block/park (settled enterprises
 * by their park). A metric nobody reported in a group makes no row (its count would be 0).
 */
export function rollupSelect(range: YearRange | undefined) {
  const years = range ? sql`WHERE m.year BETWEEN ${range.from}::int AND ${range.to}::int` : sql``;
  return sql`
    WITH base AS (
      SELECT m.year, e.direction_code AS dir,
        CASE WHEN e.division_code LIKE '35%' THEN ${FUJIAN_CODE}::text END AS province,
        CASE WHEN e.division_code LIKE '35%' THEN substr(e.division_code, 1, 4) || '00' END AS city,
        z.code AS zone, b.code AS block, p.code AS park,
        m.operating_revenue_yuan, m.tax_yuan, m.rd_spend_yuan, m.output_value_yuan, m.employees
      FROM enterprise_metrics m
      JOIN enterprises e ON e.id = m.enterprise_id
      LEFT JOIN parks p ON p.id = e.park_id AND e.status = 'settled'
      LEFT JOIN zones z ON z.id = p.zone_id
      LEFT JOIN blocks b ON b.id = p.block_id
      ${years}
    ),
    grouped AS (
      SELECT year,
        CASE
          WHEN grouping(province) = 0 THEN 'province'
          WHEN grouping(city) = 0 THEN 'city'
          WHEN grouping(zone) = 0 THEN 'zone'
          WHEN grouping(block) = 0 THEN 'block'
          ELSE 'park'
        END AS scope_type,
        coalesce(province, city, zone, block, park) AS scope_code,
        grouping(dir) AS all_directions, dir,
        sum(operating_revenue_yuan) AS revenue, count(operating_revenue_yuan) AS revenue_n,
        sum(tax_yuan) AS tax, count(tax_yuan) AS tax_n,
        sum(rd_spend_yuan) AS rd, count(rd_spend_yuan) AS rd_n,
        sum(output_value_yuan) AS output, count(output_value_yuan) AS output_n,
        sum(employees) AS staff, count(employees) AS staff_n
      FROM base
      GROUP BY GROUPING SETS (
        (year, province), (year, province, dir),
        (year, city), (year, city, dir),
        (year, zone), (year, zone, dir),
        (year, block), (year, block, dir),
        (year, park), (year, park, dir)
      )
    )
    SELECT v.metric, g.year, g.scope_type, g.scope_code,
      CASE WHEN g.all_directions = 1 THEN '' ELSE g.dir END AS direction_code,
      v.value, v.n AS enterprise_count, now() AS computed_at
    FROM grouped g
    CROSS JOIN LATERAL (VALUES
      ('operating_revenue_yuan', g.revenue, g.revenue_n),
      ('tax_yuan', g.tax, g.tax_n),
      ('rd_spend_yuan', g.rd, g.rd_n),
      ('output_value_yuan', g.output, g.output_n),
      ('employees', g.staff::numeric, g.staff_n)
    ) AS v(metric, value, n)
    -- Outside the scope (not in Fujian, not settled) and per-direction groups of firms with no direction.
    WHERE g.scope_code IS NOT NULL
      AND (g.all_directions = 1 OR g.dir IS NOT NULL)
      AND v.n > 0`;
}

function rollupInsert(range: YearRange | undefined) {
  return sql`INSERT INTO metric_rollups
      (metric, year, scope_type, scope_code, direction_code, value, enterprise_count, computed_at)
    ${rollupSelect(range)}`;
}

/**
 * Rebuilds metric_rollups from enterprise_metrics, for a year range or (none given) every year. Delete and
 * insert in one transaction: readers see the old figures until the new ones are all there. Clears the
 * staleness mark if no write was marked after the rebuild started (those writes may not be in it).
 */
export async function refreshRollups(db: Executor, years?: YearRange): Promise<{ rows: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(
      years
        ? sql`DELETE FROM metric_rollups WHERE year BETWEEN ${years.from}::int AND ${years.to}::int`
        : sql`DELETE FROM metric_rollups`,
    );
    const [{ rows } = { rows: 0 }] = await queryRows<{ rows: number }>(
      tx,
      sql`WITH inserted AS (${rollupInsert(years)} RETURNING 1) SELECT count(*)::int AS rows FROM inserted`,
    );
    // now() is the transaction's start: a write marked stale before it had committed before the insert's
    // snapshot, so it is in these figures; one marked later keeps the mark.
    await tx.execute(sql`
      INSERT INTO app_meta (key, value, updated_at)
      VALUES (${ROLLUP_STATE_KEY}, jsonb_build_object('computedAt', now(), 'staleSince', null), now())
      ON CONFLICT (key) DO UPDATE SET updated_at = now(), value = jsonb_build_object(
        'computedAt', now(),
        'staleSince', CASE
          WHEN (app_meta.value->>'staleSince')::timestamptz > now() THEN app_meta.value->'staleSince'
        END)`);
    return { rows };
  });
}

export type RollupState = {
  /** When the figures were last rebuilt; null: never. */
  computedAt: string | null;
  /** The first write since then that the figures do not include yet; null: up to date. */
  staleSince: string | null;
  /** A rebuild is scheduled or running in this server. */
  refreshing: boolean;
};

export async function rollupState(db: Executor): Promise<RollupState> {
  const [row] = await db.select().from(appMeta).where(eq(appMeta.key, ROLLUP_STATE_KEY));
  const value = (row?.value ?? {}) as { computedAt?: string | null; staleSince?: string | null };
  const iso = (text: string | null | undefined) => (text ? new Date(text).toISOString() : null);
  return {
    computedAt: iso(value.computedAt),
    staleSince: iso(value.staleSince),
    refreshing: (refreshers.get(db as Db) ?? serverRefresher)?.busy() ?? false,
  };
}

/** Rebuilds the rollups when they were never built or are marked stale (start-up: cheap when current). */
export async function refreshRollupsIfStale(db: Db): Promise<boolean> {
  const state = await rollupState(db);
  if (state.computedAt && !state.staleSince) return false;
  await refreshRollups(db);
  return true;
}

// ——— Staleness: the registry marks, a debounced background rebuild follows ———

/** How long after the last mark the rebuild starts: an import of many rows triggers one rebuild, not many. */
export const REFRESH_DEBOUNCE_MS = 3_000;

type Logger = { error: (object: unknown, message: string) => void };

class BackgroundRefresher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  busy(): boolean {
    return this.timer !== null || this.running !== null;
  }

  schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, delayMs);
    // A pending rebuild never keeps a CLI command or a test process alive.
    this.timer.unref();
  }

  /** One rebuild at a time: a mark during a rebuild runs another one after it. */
  private start(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = refreshRollups(this.db)
      .then(() => undefined)
      .catch((error: unknown) => this.log.error({ err: error }, 'metric rollup refresh failed'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.start();
        }
      });
  }

  /** Drops a scheduled rebuild and waits for a running one (the server stopping). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.again = false;
    await this.running;
  }

  /** Resolves when nothing is scheduled or running (tests, and a clean shutdown). */
  async idle(): Promise<void> {
    while (this.busy()) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
        this.start();
      }
      await this.running;
    }
  }
}

const refreshers = new WeakMap<Db, BackgroundRefresher>();
/** The refresher of the running server (see startRollupRefresher): a mark made in a transaction pokes it. */
let serverRefresher: BackgroundRefresher | null = null;
const consoleLogger: Logger = {
  error: (object, message) => console.error(message, object),
};

function refresherFor(db: Db, log: Logger): BackgroundRefresher {
  let refresher = refreshers.get(db);
  if (!refresher) {
    refresher = new BackgroundRefresher(db, log);
    refreshers.set(db, refresher);
  }
  return refresher;
}

/**
 * The server's background rebuilds (analyticsRoutes starts it with the app's database and logger): marks
 * made inside a registry write's transaction, which cannot run the rebuild themselves, are handed to it.
 * Returns what stops it (waits for a running rebuild; drops a scheduled one).
 */
export function startRollupRefresher(db: Db, log: Logger): () => Promise<void> {
  const refresher = refresherFor(db, log);
  serverRefresher = refresher;
  return async () => {
    if (serverRefresher === refresher) serverRefresher = null;
    await refresher.stop();
  };
}

/**
 * The registry calls this when it changed an enterprise's metrics, park or status — inside the write's
 * transaction (the mark then commits or rolls back with the write) or with the database after it. The mark
 * says since when the figures are stale, and a rebuild runs in the background a few seconds after the last
 * mark, one at a time (on the server's refresher for a transaction; without a server, e.g. a CLI import,
 * the next start rebuilds stale rollups). A failed rebuild is logged, never thrown: the dashboard keeps the
 * previous figures and says they are stale.
 */
export async function markRollupsStale(db: Executor, log: Logger = consoleLogger): Promise<void> {
  await db.execute(sql`
    INSERT INTO app_meta (key, value, updated_at)
    VALUES (${ROLLUP_STATE_KEY}, jsonb_build_object('computedAt', null, 'staleSince', now()), now())
    ON CONFLICT (key) DO UPDATE SET updated_at = now(),
      value = jsonb_set(app_meta.value, '{staleSince}',
        coalesce(nullif(app_meta.value->'staleSince', 'null'::jsonb), to_jsonb(now())))`);
  const refresher = db instanceof PgTransaction ? serverRefresher : refresherFor(db as Db, log);
  refresher?.schedule(REFRESH_DEBOUNCE_MS);
}

/** Runs a scheduled rebuild now and waits for it (tests; shutdown). */
export async function settleRollups(db: Db): Promise<void> {
  await refreshers.get(db)?.idle();
}
