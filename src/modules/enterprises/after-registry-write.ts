import type { Executor } from '../../core/db/db.js';
import { markRollupsStale } from '../analytics/rollups.js';
import { refreshChainGaps, refreshTargetScores } from '../targets/scores.js';

/** What a registry write changed, as the modules that derive figures from the registry need to know. */
export type RegistryChange = {
  /** The enterprises written. */
  enterpriseIds: number[];
  /** Metrics, park or status changed: the dashboard's rollups no longer add up. */
  figuresChanged: boolean;
  /** Any of the enterprises is (or was) a target or in talks: their scores may have moved. */
  targetsChanged: boolean;
};

/** The statuses the target score ranks (chain+targets' scores.ts): targets and firms in talks. */
const SCORED: ReadonlySet<string> = new Set(['target', 'in_contact']);

export function isScored(status: string | null | undefined): boolean {
  return status !== null && status !== undefined && SCORED.has(status);
}

/**
 * The one place where registry writes reach the modules computing from the registry, in the write's
 * transaction (so the mark and the scores commit or roll back with it): the KPI rollups are marked stale
 * (analytics rebuilds them in the background), the chain's gaps re-read into every target's score, and the
 * written firms' target scores are recomputed
 * (refreshTargetScores also drops the score of a firm that is no longer a target).
 */
export async function afterRegistryWrite(tx: Executor, change: RegistryChange): Promise<void> {
  if (change.enterpriseIds.length === 0) return;
  if (change.figuresChanged) {
    await markRollupsStale(tx);
    // Settled firms and their revenue decide the chain's gaps, which every target's score reads.
    await refreshChainGaps(tx);
  }
  if (change.targetsChanged) await refreshTargetScores(tx, change.enterpriseIds);
}
