import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import type { MatchContext } from './context.js';
import type { Partner } from './schema.js';

export const PARTNER_LIMIT = 10;

/** Where the investor would be: the best unit's park and zone, else the parks and zones they prefer. */
export type Whereabouts = { parkIds: number[]; zoneCodes: string[] };

type PartnerRow = {
  id: number;
  name_zh: string;
  name_en: string | null;
  is_demo: boolean;
  link_code: string;
  link_zh: string;
  link_en: string;
  relation: Partner['relation'];
  park_id: number | null;
  park_code: string | null;
  park_zh: string | null;
  park_en: string | null;
  nearness: Partner['nearness'];
};

const RELATION: Record<Partner['relation'], { zh: string; en: string }> = {
  upstream: { zh: '上游', en: 'Upstream' },
  downstream: { zh: '下游', en: 'Downstream' },
  peer: { zh: '同环节', en: 'Same link' },
};
const NEARNESS: Record<Partner['nearness'], { zh: string; en: string }> = {
  same_park: { zh: '同一园区', en: 'same park' },
  same_zone: { zh: '同一区域', en: 'same zone' },
  other: { zh: '其他园区', en: 'elsewhere' },
};

const ids = (values: (number | string)[]): SQL =>
  values.length
    ? sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )
    : sql`NULL`;

/**
 * Settled enterprises one chain segment up and down from the demand's link, and at the same link
 * (peers): nearest first (same park, same zone, then elsewhere), up- and downstream before peers.
 */
export async function findPartners(db: Executor, ctx: MatchContext, near: Whereabouts): Promise<Partner[]> {
  const link = ctx.chainLink;
  if (!link) return [];
  const rows = await queryRows<PartnerRow>(
    db,
    sql`SELECT e.id, e.name_zh, e.name_en, e.is_demo, cl.code AS link_code, cl.name_zh AS link_zh,
        cl.name_en AS link_en,
        CASE WHEN cl.code = ${link.code} THEN 'peer'
          WHEN cl.segment < ${link.segment} THEN 'upstream' ELSE 'downstream' END AS relation,
        p.id AS park_id, p.code AS park_code, p.name_zh AS park_zh, p.name_en AS park_en,
        CASE WHEN p.id IN (${ids(near.parkIds)}) THEN 'same_park'
          WHEN z.code IN (${ids(near.zoneCodes)}) THEN 'same_zone' ELSE 'other' END AS nearness
      FROM enterprises e
      JOIN chain_links cl ON cl.code = e.chain_link_code
      LEFT JOIN parks p ON p.id = e.park_id
      LEFT JOIN zones z ON z.id = p.zone_id
      WHERE e.status = 'settled'
        AND (cl.code = ${link.code} OR cl.segment IN (${link.segment - 1}::int, ${link.segment + 1}::int))
      ORDER BY CASE WHEN p.id IN (${ids(near.parkIds)}) THEN 0
          WHEN z.code IN (${ids(near.zoneCodes)}) THEN 1 ELSE 2 END,
        CASE WHEN cl.code = ${link.code} THEN 1 ELSE 0 END, cl.segment, cl.position, e.id
      LIMIT ${PARTNER_LIMIT}`,
  );
  return rows.map((r) => ({
    id: r.id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    isDemo: r.is_demo,
    relation: r.relation,
    chainLink: { code: r.link_code, nameZh: r.link_zh, nameEn: r.link_en },
    park:
      r.park_id === null
        ? null
        : { id: r.park_id, code: r.park_code ?? '', nameZh: r.park_zh ?? '', nameEn: r.park_en ?? '' },
    nearness: r.nearness,
    reason: {
      zh: `${RELATION[r.relation].zh}：${r.link_zh}（${NEARNESS[r.nearness].zh}）`,
      en: `${RELATION[r.relation].en}: ${r.link_en} (${NEARNESS[r.nearness].en})`,
    },
  }));
}
