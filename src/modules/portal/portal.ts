import { asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import { planTargets } from '../analytics/tables.js';
import { directions } from '../chain/tables.js';
import { enterprises } from '../enterprises/tables.js';
import { figuresFor, listParks, listZones } from '../space/index.js';
import { units } from '../space/tables.js';
import type { Overview } from './schema.js';

export async function overview(db: Executor): Promise<Overview> {
  const [zoneList, parkPage, directionRows, targetRows, provinceFigures, demoEnterprises, demoUnits] =
    await Promise.all([
      listZones(db),
      listParks(db, { limit: 200, offset: 0 }),
      db.select().from(directions).orderBy(asc(directions.code)),
      db.select().from(planTargets).orderBy(asc(planTargets.dueYear)),
      figuresFor(db, 'province', ['350000']),
      db.select({ n: count() }).from(enterprises).where(eq(enterprises.isDemo, true)),
      db.select({ n: count() }).from(units).where(eq(units.isDemo, true)),
    ]);
  const demoCounts = { enterprises: demoEnterprises[0]?.n ?? 0, units: demoUnits[0]?.n ?? 0 };
  return {
    zones: zoneList,
    parks: parkPage.items,
    directions: directionRows,
    targets: targetRows,
    provinceFigures: provinceFigures.map((f) => f.figure),
    demo: { loaded: demoCounts.enterprises + demoCounts.units > 0, ...demoCounts },
  };
}
