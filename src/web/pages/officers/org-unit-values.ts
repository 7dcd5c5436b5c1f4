import type { OrgUnit, OrgUnitBody } from './use-officers';

/** The API's pattern for a unit code (identity/schema.ts orgUnitCode), checked here to word the message. */
export const ORG_UNIT_CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** What a unit's row or the new-unit form edits: the names and the order (the code stays once saved). */
export type OrgUnitValues = { nameZh: string; nameEn: string; position: number | null };

/** The API's names for the fields, so that its field messages land under the right input. */
export const orgUnitFields = ['code', 'nameZh', 'nameEn', 'position'] as const;

export function orgUnitValues(unit: OrgUnit): OrgUnitValues {
  return { nameZh: unit.nameZh, nameEn: unit.nameEn, position: unit.position };
}

/** The body of PUT /api/org-units/:code; an order left empty is the API's default, 0. */
export function orgUnitBody(values: OrgUnitValues): OrgUnitBody {
  return { nameZh: values.nameZh.trim(), nameEn: values.nameEn.trim(), position: values.position ?? 0 };
}

/**
 * Whether a row's inputs differ from the saved unit (surrounding spaces aside, as the API trims them). The
 * watched values are partial until the row's inputs have registered: those not there yet are unchanged.
 */
export function orgUnitChanged(unit: OrgUnit, values: Partial<OrgUnitValues> | undefined): boolean {
  const saved = orgUnitValues(unit);
  const body = orgUnitBody({ ...saved, ...values });
  return body.nameZh !== unit.nameZh || body.nameEn !== unit.nameEn || body.position !== unit.position;
}

/** Whether two sets of direction codes are the same, in whatever order. */
export function sameDirections(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((code) => right.has(code));
}
