import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { idList, indexDocuments, type SearchSource } from '../../core/search/index.js';

const LEVEL: Record<string, string> = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
  district: '区级',
  zone: '园区级',
};

type PolicyRow = {
  id: number;
  titleZh: string;
  titleEn: string;
  issuerZh: string;
  level: string;
  docNumber: string | null;
  status: string;
  summaryZh: string | null;
  fullText: string | null;
  zones: string[];
};

/**
 * Policies: title, issuer and 文号, level and zones, summary and full text. Drafts are for staff only: the
 * public sees what is published (or was, once expired).
 */
export const policySearchSource: SearchSource = {
  type: 'policy',
  table: 'policies',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await queryRows<PolicyRow>(
      db,
      sql`SELECT p.id, p.title_zh AS "titleZh", p.title_en AS "titleEn", p.issuer_zh AS "issuerZh", p.level,
          p.doc_number AS "docNumber", p.status, p.summary_zh AS "summaryZh", p.full_text AS "fullText",
          coalesce((SELECT array_agg(z.name_zh ORDER BY z.id) FROM policy_zones pz JOIN zones z ON z.id = pz.zone_id
            WHERE pz.policy_id = p.id), '{}') AS zones
        FROM policies p WHERE p.id IN ${idList(ids)}`,
    );
    return rows.map((p) => ({
      entityId: p.id,
      title: p.titleZh,
      subtitle: [p.issuerZh, p.docNumber].filter(Boolean).join(' · '),
      tags: [p.titleEn, LEVEL[p.level] ?? p.level, ...p.zones],
      body: [p.summaryZh, p.fullText].filter(Boolean).join('\n'),
      url: `/policies/${p.id}`,
      audience: p.status === 'draft' ? 'staff' : 'public',
    }));
  },
};

/** Re-indexes policies (or removes deleted ones) in the caller's transaction. */
export function indexPolicies(db: Executor, ids: readonly number[]): Promise<void> {
  return indexDocuments(db, policySearchSource, ids);
}
