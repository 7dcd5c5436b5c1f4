import type { Unit, UnitSearchRequest } from './queries';

// The values of the space API's enumerations (GET /api/units and the unit writes), written out because the
// web app cannot import the server's enums. `allOf` fails the build when the generated contract gains a value
// a list lacks, or loses one it has.
type ApiValues<K extends keyof UnitSearchRequest> =
  NonNullable<UnitSearchRequest[K]> extends readonly (infer V)[] ? V : NonNullable<UnitSearchRequest[K]>;

function allOf<All extends string>() {
  return <const L extends readonly All[]>(
    list: L & ([Exclude<All, L[number]>] extends [never] ? unknown : never),
  ) => list as L;
}

export const unitUses = allOf<ApiValues<'use'>>()([
  'rd_lab',
  'gmp_production',
  'office',
  'warehouse',
  'land_parcel',
]);
export const unitStatuses = allOf<ApiValues<'status'>>()(['available', 'reserved', 'leased', 'sold']);
export const dealTypes = allOf<ApiValues<'dealType'>>()(['lease', 'sale']);
export const cleanroomLevels = allOf<ApiValues<'cleanroom'>>()([
  'A',
  'B',
  'C',
  'D',
  'ISO5',
  'ISO6',
  'ISO7',
  'ISO8',
]);
export const sortKeys = allOf<ApiValues<'sort'>>()([
  'code',
  'area',
  '-area',
  'price',
  '-price',
  'availableFrom',
]);

export type UnitUse = (typeof unitUses)[number];
export type UnitStatusValue = (typeof unitStatuses)[number];
export type DealTypeValue = (typeof dealTypes)[number];
export type CleanroomLevel = (typeof cleanroomLevels)[number];
export type SortKey = (typeof sortKeys)[number];

/** Stored cleanroom grades, for writing a unit (the search filters by the "at least" levels above). */
export const cleanroomGrades = allOf<Unit['cleanroomGrade']>()([
  'none',
  'gmp_d',
  'gmp_c',
  'gmp_b',
  'gmp_a',
  'iso_8',
  'iso_7',
  'iso_6',
  'iso_5',
]);
