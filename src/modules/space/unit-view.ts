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

export function toUnitView({ unit, tenantName }: UnitViewRow): UnitView {
  return {
    id: unit.id,
    code: unit.code,
    floor: unit.floor,
    areaM2: unit.areaM2,
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
