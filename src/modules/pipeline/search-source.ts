import { sql } from 'drizzle-orm';
import { queryRows } from '../../core/db/db.js';
import { idList, type SearchSource } from '../../core/search/index.js';

type ProjectRow = {
  id: number;
  name: string;
  companyName: string;
  leadId: number | null;
  pipeline: string;
  direction: string | null;
};

/** Projects, for staff only: the project and company names, pipeline and direction. */
export const projectSearchSource: SearchSource = {
  type: 'project',
  table: 'projects',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await queryRows<ProjectRow>(
      db,
      sql`SELECT p.id, p.name, p.company_name AS "companyName", p.lead_id AS "leadId", pl.name_zh AS pipeline,
          d.name_zh AS direction
        FROM projects p JOIN pipelines pl ON pl.code = p.pipeline_code
          LEFT JOIN directions d ON d.code = p.direction_code
        WHERE p.id IN ${idList(ids)}`,
    );
    return rows.map((p) => ({
      entityId: p.id,
      title: p.name,
      subtitle: p.companyName === p.name ? p.pipeline : `${p.companyName} · ${p.pipeline}`,
      tags: [p.direction],
      // A project from a lead is worked on from the lead's page; others are found in the projects table.
      url: p.leadId ? `/workbench/leads/${p.leadId}` : `/workbench/projects?q=${encodeURIComponent(p.name)}`,
      audience: 'staff',
    }));
  },
};
