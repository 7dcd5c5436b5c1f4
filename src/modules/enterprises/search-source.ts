import { sql } from 'drizzle-orm';
import { queryRows } from '../../core/db/db.js';
import { idList, type SearchDocumentInput, type SearchSource } from '../../core/search/index.js';
import { isPublicStatus } from './enterprises.js';
import type { EnterpriseStatus } from './schema.js';

/** What a result calls a firm by when no park names it: the status, as the zone's staff say it. */
export const ENTERPRISE_STATUS_LABELS: Record<EnterpriseStatus, string> = {
  target: '目标企业',
  in_contact: '洽谈中企业',
  settled: '入驻企业',
  left: '已迁出企业',
};

/** The registry's flags as the documents and the zone's policies word them. */
const FLAG_LABELS = {
  isMahHolder: '药品上市许可持有人',
  isTaiwanFunded: '台资企业',
  isLeading: '龙头企业',
  isBackbone: '骨干企业',
  isHighTech: '高新技术企业',
} as const;
type Flag = keyof typeof FLAG_LABELS;

type EnterpriseRow = {
  id: number;
  nameZh: string;
  nameEn: string | null;
  status: EnterpriseStatus;
  uscc: string | null;
  taiwanUbn: string | null;
  park: string | null;
  direction: string | null;
  industry: string | null;
  chainLink: string | null;
} & Record<Flag, boolean>;

/** A settled firm is known by its park; any other by what it is to the zone, and its park if it has one. */
function subtitleOf(e: EnterpriseRow): string {
  if (e.status === 'settled' && e.park) return e.park;
  const status = ENTERPRISE_STATUS_LABELS[e.status];
  return e.park ? `${status} · ${e.park}` : status;
}

export function enterpriseDocument(e: EnterpriseRow): SearchDocumentInput {
  const flags = (Object.keys(FLAG_LABELS) as Flag[])
    .filter((flag) => e[flag])
    .map((flag) => FLAG_LABELS[flag]);
  const audience = isPublicStatus(e.status) ? 'public' : 'staff';
  return {
    entityId: e.id,
    title: e.nameZh,
    subtitle: subtitleOf(e),
    // The codes only where the page shows them: to staff.
    tags: [
      e.nameEn,
      e.direction,
      e.industry,
      e.chainLink,
      ...flags,
      ...(audience === 'staff' ? [e.uscc, e.taiwanUbn] : []),
    ],
    // The registry holds no description yet.
    body: '',
    url: `/enterprises/${e.id}`,
    audience,
  };
}

/**
 * Enterprises: name, park or status, direction, industry and chain link, flags, credit codes. Settled and
 * departed firms for everyone, targets and firms in talks for staff (as their page). One set-based query
 * per call: the generator indexes a million firms, 1,000 ids at a time.
 */
export const enterpriseSearchSource: SearchSource = {
  type: 'enterprise',
  table: 'enterprises',
  titlesAreWords: true,
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await queryRows<EnterpriseRow>(
      db,
      sql`SELECT e.id, e.name_zh AS "nameZh", e.name_en AS "nameEn", e.status, e.uscc, e.taiwan_ubn AS "taiwanUbn",
          e.is_mah_holder AS "isMahHolder", e.is_taiwan_funded AS "isTaiwanFunded", e.is_leading AS "isLeading",
          e.is_backbone AS "isBackbone", e.is_high_tech AS "isHighTech", p.name_zh AS park,
          d.name_zh AS direction, i.name_zh AS industry, c.name_zh AS "chainLink"
        FROM enterprises e
          LEFT JOIN parks p ON p.id = e.park_id
          LEFT JOIN directions d ON d.code = e.direction_code
          LEFT JOIN industry_codes i ON i.code = e.industry_code
          LEFT JOIN chain_links c ON c.code = e.chain_link_code
        WHERE e.id IN ${idList(ids)}`,
    );
    return rows.map(enterpriseDocument);
  },
};
