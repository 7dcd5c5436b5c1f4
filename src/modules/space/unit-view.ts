import { eq, getTableColumns } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import { notFound } from '../../core/errors/index.js';
import { enterprises } from '../enterprises/tables.js';
import type { UnitView } from './schema.js';
import { units } from './tables.js';

/** Columns for a unit as the API shows it: the unit and its tenant's name. */
export const unitViewColumns = {
  unit: getTableColumns(units),
  tenantName: enterprises.nameZh,
};

export type UnitViewRow = { unit: typeof units.$inferSelect; tenantName: string | null };

/** m² → 亩 to two decimals, computed on hundredths of m² as integers so no float creeps in. */
export function m2ToMu(areaM2: string): string {
  const [whole = '0', fraction = ''] = areaM2.split('.');
  const hundredthsM2 = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  // mu = m² × 15 / 10000; in hundredths of mu: hundredthsM2 × 15 / 10000, rounded half up.
  const hundredthsMu = (hundredthsM2 * 15n + 5000n) / 10000n;
  return `${hundredthsMu / 100n}.${String(hundredthsMu % 100n).padStart(2, '0')}`;
}

export function toUnitView({ unit, tenantName }: UnitViewRow): UnitView {
  return {
    id: unit.id,
    code: unit.code,
    floor: unit.floor,
    areaM2: unit.areaM2,
    areaMu: unit.use === 'land_parcel' ? m2ToMu(unit.areaM2) : null,
    use: unit.use,
    cleanroomGrade: unit.cleanroomGrade,
    dealType: unit.dealType,
    rentYuanPerM2Month: unit.rentYuanPerM2Month,
    salePriceYuanPerM2: unit.salePriceYuanPerM2,
    floorLoadKnPerM2: unit.floorLoadKnPerM2,
    clearHeightM: unit.clearHeightM,
    powerKva: unit.powerKva,
    hasExhaust: unit.hasExhaust,
    hasDrainage: unit.hasDrainage,
    status: unit.status,
    tenant:
      unit.tenantEnterpriseId !== null && tenantName !== null
        ? { id: unit.tenantEnterpriseId, nameZh: tenantName }
        : null,
    availableFrom: unit.availableFrom,
    isDemo: unit.isDemo,
    updatedAt: unit.updatedAt.toISOString(),
  };
}

export async function getUnitView(db: Executor, unitId: number): Promise<UnitView> {
  const [row] = await db
    .select(unitViewColumns)
    .from(units)
    .leftJoin(enterprises, eq(enterprises.id, units.tenantEnterpriseId))
    .where(eq(units.id, unitId));
  if (!row) throw notFound('unit');
  return toUnitView(row);
}
