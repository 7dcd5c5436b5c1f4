import { sql } from 'drizzle-orm';
import { queryRows } from '../../core/db/db.js';
import { idList, type SearchSource } from '../../core/search/index.js';
import { enumLabels } from '../space/index.js';

type LeadRow = {
  id: number;
  reference: string;
  companyName: string;
  uscc: string | null;
  taiwanUbn: string | null;
  direction: string | null;
  chainLink: string | null;
  intendedUse: keyof typeof enumLabels.use | null;
  needs: string | null;
};

/**
 * Leads, for staff only: the company, its reference and codes, direction, intended use and stated needs.
 * Never the contact person, phone or e-mail: personal data stays behind the lead page's masking and audit.
 * An erased lead keeps only what erasure leaves (the company and the figures).
 */
export const leadSearchSource: SearchSource = {
  type: 'lead',
  table: 'leads',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await queryRows<LeadRow>(
      db,
      sql`SELECT l.id, l.reference, l.company_name AS "companyName", l.uscc, l.taiwan_ubn AS "taiwanUbn",
          d.name_zh AS direction, l.chain_link AS "chainLink", l.intended_use AS "intendedUse", l.needs
        FROM leads l LEFT JOIN directions d ON d.code = l.direction_code
        WHERE l.id IN ${idList(ids)}`,
    );
    return rows.map((l) => ({
      entityId: l.id,
      title: l.companyName,
      subtitle: l.reference,
      tags: [
        l.direction,
        l.chainLink,
        l.intendedUse ? enumLabels.use[l.intendedUse].zh : null,
        l.uscc,
        l.taiwanUbn,
      ],
      body: l.needs,
      url: `/workbench/leads/${l.id}`,
      audience: 'staff',
    }));
  },
};
