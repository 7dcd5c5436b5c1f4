import type { cleanroomGrade } from './tables.js';

export type CleanroomGrade = (typeof cleanroomGrade.enumValues)[number];

/**
 * How clean each grade is: the one ladder for "at least this clean" (space search, matching) and for how
 * far a unit is above a demand. GMP A/B/C/D sit at ISO 5/5–6/7/8 in operation (GMP Annex 1 and ISO
 * 14644-1), so the two scales share one ladder; 'none' is 0.
 */
export const CLEANROOM_RANK: Record<CleanroomGrade, number> = {
  none: 0,
  gmp_d: 1,
  iso_8: 1,
  gmp_c: 2,
  iso_7: 2,
  gmp_b: 3,
  iso_6: 3,
  gmp_a: 4,
  iso_5: 4,
};

/** The cleanest rank on the ladder (GMP A, ISO 5). */
export const CLEANROOM_TOP_RANK = 4;

/** The grades at least as clean as `rank` (none of them 'none'): a demand of GMP C accepts C, B, A, ISO 7–5. */
export function gradesAtLeastRank(rank: number): CleanroomGrade[] {
  return (Object.entries(CLEANROOM_RANK) as [CleanroomGrade, number][])
    .filter(([, r]) => r >= rank && r > 0)
    .map(([grade]) => grade);
}
