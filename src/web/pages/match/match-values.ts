import type { paths } from '../../api/schema';
import type { UnitUse } from '../../api/space-values';

/** The body of POST /api/match and its answer, as the generated contract states them. */
export type MatchRequest = paths['/api/match']['post']['requestBody']['content']['application/json'];
export type MatchResult = paths['/api/match']['post']['responses'][200]['content']['application/json'];
export type MatchUnit = MatchResult['units'][number];
export type Criterion = MatchUnit['breakdown'][number];
export type DemandDraft =
  paths['/api/leads/{id}/match-demand']['get']['responses'][200]['content']['application/json'];
export type CleanroomGrade = NonNullable<MatchRequest['cleanroomGrade']>;

/** The grades a demand can ask for, least clean first ('none': no requirement). */
export const demandGrades = [
  'none',
  'gmp_d',
  'gmp_c',
  'gmp_b',
  'gmp_a',
  'iso_8',
  'iso_7',
  'iso_6',
  'iso_5',
] as const satisfies readonly CleanroomGrade[];

/** The answer's page sizes: the contract takes 1–50 units. */
export const matchLimits = [10, 20, 50] as const;

/** What the match form holds: numbers as InputNumber gives them (null when cleared). */
export type MatchValues = {
  use?: UnitUse;
  areaMin?: number | null;
  areaMax?: number | null;
  cleanroomGrade?: CleanroomGrade;
  budgetYuanPerMonth?: number | null;
  zones?: string[];
  parks?: string[];
  moveInBy?: string;
  powerKva?: number | null;
  floorLoadKnPerM2?: number | null;
  direction?: string;
  chainLink?: string;
  isTaiwanFunded?: boolean;
  isMahHolder?: boolean;
  isHighTech?: boolean;
  investmentWan?: number | null;
  employees?: number | null;
  limit?: number;
};

/**
 * The form's field names: the contract's own, so the server's field messages land under them. The profile
 * extras are named as the contract's `profile.*` fields (the last path segment).
 */
export const matchFields = [
  'use',
  'areaMin',
  'areaMax',
  'cleanroomGrade',
  'budgetYuanPerMonth',
  'zones',
  'parks',
  'moveInBy',
  'powerKva',
  'floorLoadKnPerM2',
  'direction',
  'chainLink',
  'isTaiwanFunded',
  'isMahHolder',
  'isHighTech',
  'investmentWan',
  'employees',
  'limit',
] as const satisfies readonly (keyof MatchValues)[];

/** The bounds the server applies (src/modules/matching/schema.ts), for the form's own first check. */
export const matchBounds = {
  areaMax: 10_000_000,
  budgetMax: 10_000_000_000,
  powerMax: 1_000_000,
  floorLoadMax: 1_000,
  moneyMax: 100_000_000_000,
  employeesMax: 10_000_000,
} as const;

function amount(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A yes given; a box left unticked says nothing (not "no"), so policies are not judged on it. */
function yes(value: boolean | undefined): true | undefined {
  return value === true ? true : undefined;
}

function defined<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as T;
}

/** The request body: empty fields left out, the profile extras under `profile`. */
export function toMatchRequest(values: MatchValues): MatchRequest {
  const profile = defined({
    isTaiwanFunded: yes(values.isTaiwanFunded),
    isMahHolder: yes(values.isMahHolder),
    isHighTech: yes(values.isHighTech),
    investmentWan: amount(values.investmentWan),
    employees: amount(values.employees),
  });
  return defined({
    use: values.use as UnitUse,
    areaMin: amount(values.areaMin) ?? 0,
    areaMax: amount(values.areaMax) ?? 0,
    cleanroomGrade:
      values.cleanroomGrade && values.cleanroomGrade !== 'none' ? values.cleanroomGrade : undefined,
    budgetYuanPerMonth: amount(values.budgetYuanPerMonth),
    zones: values.zones?.length ? values.zones : undefined,
    parks: values.parks?.length ? values.parks : undefined,
    moveInBy: values.moveInBy || undefined,
    powerKva: amount(values.powerKva),
    floorLoadKnPerM2: amount(values.floorLoadKnPerM2),
    direction: values.direction || undefined,
    chainLink: values.chainLink || undefined,
    profile: Object.keys(profile).length ? profile : undefined,
    limit: values.limit,
  });
}

/** The form's values for a demand prefilled from a lead (GET /api/leads/{id}/match-demand). */
export function fromDraft(draft: DemandDraft): MatchValues {
  return {
    use: draft.use ?? undefined,
    areaMin: draft.areaMin,
    areaMax: draft.areaMax,
    zones: draft.zones,
    parks: draft.parks,
    direction: draft.direction ?? undefined,
    chainLink: draft.chainLink ?? undefined,
    investmentWan: draft.profile.investmentWan,
    isTaiwanFunded: draft.profile.isTaiwanFunded ?? undefined,
    limit: 10,
  };
}

/** Total of a unit's points, to the cent, as integers (the breakdown must add up to the score shown). */
export function pointsTotal(unit: MatchUnit): number {
  return unit.breakdown.reduce((sum, c) => sum + Math.round(c.points * 100), 0) / 100;
}
