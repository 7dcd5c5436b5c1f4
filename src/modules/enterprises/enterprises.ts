import { desc, eq } from 'drizzle-orm';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { notFound } from '../../core/errors/index.js';
import { chainLinks, directions, industryCodes } from '../chain/tables.js';
import { parks } from '../space/tables.js';
import { wanOf } from './amounts.js';
import { listMilestones } from './milestones.js';
import type { Enterprise, EnterpriseStatus } from './schema.js';
import { enterpriseMetrics, enterprises } from './tables.js';
import { timelineOf } from './timeline.js';

/** Firms in the zone, or once in it, are public record; targets and firms in talks are the staff's work. */
const PUBLIC_STATUSES: ReadonlySet<EnterpriseStatus> = new Set(['settled', 'left']);

export function isPublicStatus(status: EnterpriseStatus): boolean {
  return PUBLIC_STATUSES.has(status);
}

function isStaff(principal: Principal | null): boolean {
  return principal?.role === 'admin' || principal?.role === 'officer';
}

/** Every year of figures on record, newest first, each with its source. */
async function metricsHistory(db: Executor, enterpriseId: number) {
  return db
    .select({
      year: enterpriseMetrics.year,
      operatingRevenueWan: wanOf(enterpriseMetrics.operatingRevenueYuan),
      taxWan: wanOf(enterpriseMetrics.taxYuan),
      rdSpendWan: wanOf(enterpriseMetrics.rdSpendYuan),
      outputValueWan: wanOf(enterpriseMetrics.outputValueYuan),
      employees: enterpriseMetrics.employees,
      source: enterpriseMetrics.source,
      isDemo: enterpriseMetrics.isDemo,
    })
    .from(enterpriseMetrics)
    .where(eq(enterpriseMetrics.enterpriseId, enterpriseId))
    .orderBy(desc(enterpriseMetrics.year));
}

/** A code and its two names, or null when the left join found nothing. */
function label(code: string | null, nameZh: string | null, nameEn: string | null) {
  return code && nameZh !== null && nameEn !== null ? { code, nameZh, nameEn } : null;
}

/**
 * An enterprise's page. Anyone reads a settled or departed firm; a target or a firm in talks is answered
 * 404 to anyone but admins and officers, so its existence does not leak. Credit codes are for staff.
 */
export async function getEnterprise(
  db: Executor,
  principal: Principal | null,
  id: number,
): Promise<Enterprise> {
  const [row] = await db
    .select({
      e: enterprises,
      parkNameZh: parks.nameZh,
      parkNameEn: parks.nameEn,
      directionZh: directions.nameZh,
      directionEn: directions.nameEn,
      industryZh: industryCodes.nameZh,
      industryEn: industryCodes.nameEn,
      chainLinkZh: chainLinks.nameZh,
      chainLinkEn: chainLinks.nameEn,
    })
    .from(enterprises)
    .leftJoin(parks, eq(parks.id, enterprises.parkId))
    .leftJoin(directions, eq(directions.code, enterprises.directionCode))
    .leftJoin(industryCodes, eq(industryCodes.code, enterprises.industryCode))
    .leftJoin(chainLinks, eq(chainLinks.code, enterprises.chainLinkCode))
    .where(eq(enterprises.id, id));
  if (!row || !(isPublicStatus(row.e.status) || isStaff(principal))) throw notFound('enterprise');
  const { e } = row;
  const staff = isStaff(principal);
  const [history, milestones] = await Promise.all([metricsHistory(db, e.id), listMilestones(db, e.id)]);
  return {
    id: e.id,
    nameZh: e.nameZh,
    nameEn: e.nameEn,
    status: e.status,
    park:
      e.parkId !== null && row.parkNameZh !== null && row.parkNameEn !== null
        ? { id: e.parkId, nameZh: row.parkNameZh, nameEn: row.parkNameEn }
        : null,
    direction: label(e.directionCode, row.directionZh, row.directionEn),
    industry: label(e.industryCode, row.industryZh, row.industryEn),
    chainLink: label(e.chainLinkCode, row.chainLinkZh, row.chainLinkEn),
    flags: {
      mahHolder: e.isMahHolder,
      taiwanFunded: e.isTaiwanFunded,
      leading: e.isLeading,
      backbone: e.isBackbone,
      highTech: e.isHighTech,
    },
    foundedYear: e.foundedYear,
    registeredCapitalWan: e.registeredCapitalWanYuan,
    uscc: staff ? e.uscc : null,
    taiwanUbn: staff ? e.taiwanUbn : null,
    metrics: history[0] ?? null,
    parkId: e.parkId,
    unitId: e.unitId,
    divisionCode: e.divisionCode,
    settledOn: e.settledOn,
    milestones,
    metricsHistory: history,
    timeline: timelineOf(e, milestones, history),
    updatedAt: e.updatedAt.toISOString(),
    source: e.source,
    isDemo: e.isDemo,
  };
}
