import type { Unit } from '../../api/queries';
import type { UnitPatch } from './use-inventory';

export type UnitStatus = Unit['status'];
type PriceField = 'rentYuanPerM2Month' | 'salePriceYuanPerM2';

/** What a row of the units table edits in place: the fields that change as space is let, sold or freed. */
export type RowValues = {
  status: UnitStatus;
  rentYuanPerM2Month: string | null;
  salePriceYuanPerM2: string | null;
  tenantEnterpriseId: number | null;
};
export const rowFields = [
  'status',
  'rentYuanPerM2Month',
  'salePriceYuanPerM2',
  'tenantEnterpriseId',
] as const;

/** A unit is priced in its own terms: monthly rent when it is let, a price per m² when it is sold. */
export function priceField(unit: Pick<Unit, 'dealType'>): PriceField {
  return unit.dealType === 'sale' ? 'salePriceYuanPerM2' : 'rentYuanPerM2Month';
}

/** Leased and sold units name the enterprise that holds them. */
export function holdsTenant(status: UnitStatus | undefined): boolean {
  return status === 'leased' || status === 'sold';
}

export function rowValues(unit: Unit): RowValues {
  return {
    status: unit.status,
    rentYuanPerM2Month: unit.rentYuanPerM2Month,
    salePriceYuanPerM2: unit.salePriceYuanPerM2,
    tenantEnterpriseId: unit.tenant?.id ?? null,
  };
}

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

/**
 * "85.5" and "85.50" are the same price. Comparing as numbers is exact here: prices have two decimals and
 * stay far below 2^53 hundredths.
 */
function samePrice(a: string | null | undefined, b: string | null | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  return Number(a) === Number(b);
}

/**
 * Only what changed goes to the API, so the audit entry shows exactly the edit. Leased without a tenant is
 * sent as it is: the API's refusal, with its field message, is what the reader sees under the tenant field.
 */
export function unitPatch(unit: Unit, values: Partial<RowValues>): UnitPatch {
  const patch: UnitPatch = {};
  if (values.status && values.status !== unit.status) patch.status = values.status;
  const field = priceField(unit);
  const price = values[field];
  if (price !== undefined && !samePrice(price, unit[field])) patch[field] = isBlank(price) ? null : price;
  const tenant = values.tenantEnterpriseId ?? null;
  if (holdsTenant(values.status ?? unit.status) && tenant !== (unit.tenant?.id ?? null))
    patch.tenantEnterpriseId = tenant;
  return patch;
}
