import { sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import { SEED_PLAN, SEED_PORTAL } from '../../data/sources.js';
import { zones } from '../space/tables.js';
import { policyBody } from './schema.js';
import { indexPolicies } from './search-source.js';
import { policies, policyZones } from './tables.js';

/**
 * The policies the two source documents name, with what the documents say about them. The documents give
 * no amounts and no detailed criteria: every benefit figure below is a demo parameter (demo: true), and
 * criteria beyond what the documents state are marked in the policy's note. An administrator replaces
 * them with the real texts' figures in the policy editor.
 */
export const referencePolicies = [
  {
    code: 'fuzhou-mah-support',
    titleZh: '扶持药品上市许可持有人发展若干措施',
    titleEn: 'Measures to Support Drug Marketing Authorisation Holders (MAH)',
    issuerZh: '福州市',
    issuerEn: 'Fuzhou Municipality',
    level: 'municipal' as const,
    zones: ['fuzhou-imcez'],
    summaryZh:
      '福州市为福州国际医疗综合实验区“量身定制”的扶持政策，是全国首个由省会城市实施的 MAH 专项政策。适用条件与奖励金额以政策原文为准；此处金额为演示参数。',
    summaryEn:
      'Support measures Fuzhou tailored to the Fuzhou International Medical Comprehensive Experimental Zone, the first MAH-specific policy by a provincial capital. Conditions and amounts are per the original text; the amounts here are demo parameters.',
    source: SEED_PORTAL,
    // The zone limit comes from `zones`; the documents state no other condition than holding an MAH.
    rule: { attr: 'isMahHolder', op: 'is', value: true },
    benefits: [
      {
        code: 'approval-award',
        labelZh: '每个获批品种奖励',
        labelEn: 'Award per approved product',
        formula: { kind: 'per_unit', attr: 'approvals', amountYuan: 1_000_000, capYuan: 5_000_000 },
        demo: true,
      },
      {
        code: 'rent-subsidy',
        labelZh: '研发与生产用房租金补贴',
        labelEn: 'Rent subsidy for R&D and production space',
        formula: { kind: 'rent_subsidy', percent: 50, months: 36, capYuan: 2_000_000 },
        demo: true,
      },
    ],
  },
  {
    code: 'fujian-taiwan-drug-special-review',
    titleZh: '在闽台资企业药品特别审评审批',
    titleEn: 'Special review and approval for drugs of Taiwan-held firms settled in Fujian',
    issuerZh: '福建省人民政府（《福建省加快生物医药产业高质量发展实施方案》）',
    issuerEn:
      'Fujian Provincial People’s Government (Implementation Plan for the High-Quality Development of the Biomedical Industry)',
    level: 'provincial' as const,
    zones: [],
    summaryZh:
      '对在闽落户的台资独资或控股企业在大陆研发申报的药品，争取国家药品监督管理局实施特别审评审批政策。这是审评通道，不是资金奖励。',
    summaryEn:
      'For drugs developed and filed in the mainland by Taiwan-owned or Taiwan-controlled firms settled in Fujian, the province seeks a special review and approval policy from the NMPA. A review channel, not a cash award.',
    source: SEED_PLAN,
    rule: {
      all: [
        { attr: 'isTaiwanFunded', op: 'is', value: true },
        { attr: 'zone', op: 'exists' },
        {
          any: [
            { attr: 'industryCode', op: 'startsWith', value: 'C27' },
            { attr: 'isMahHolder', op: 'is', value: true },
          ],
        },
      ],
    },
    benefits: [
      {
        code: 'special-review-channel',
        labelZh: '药品注册特别审评审批通道',
        labelEn: 'Special review and approval channel for drug registration',
        formula: null,
        demo: false,
      },
    ],
  },
  {
    code: 'fujian-taiwan-physicians',
    titleZh: '支持台湾医师来闽执业、引进台湾专业人才',
    titleEn: 'Support for Taiwanese physicians practising in Fujian and Taiwanese professionals',
    issuerZh: '福建省人民政府（《福建省加快生物医药产业高质量发展实施方案》）',
    issuerEn:
      'Fujian Provincial People’s Government (Implementation Plan for the High-Quality Development of the Biomedical Industry)',
    level: 'provincial' as const,
    zones: [],
    summaryZh: '大力引进台湾专业人才，支持台湾医师来闽执业。按引进人数的补助为演示参数。',
    summaryEn:
      'Bring in Taiwanese professionals and support Taiwanese physicians practising in Fujian. The per-person grant is a demo parameter.',
    source: SEED_PLAN,
    rule: {
      all: [
        { attr: 'talents', op: 'gte', value: 1 },
        { attr: 'zone', op: 'exists' },
      ],
    },
    benefits: [
      {
        code: 'talent-grant',
        labelZh: '每引进一名台湾专业人才补助',
        labelEn: 'Grant per Taiwanese professional recruited',
        formula: { kind: 'per_unit', attr: 'talents', amountYuan: 100_000, capYuan: 1_000_000 },
        demo: true,
      },
    ],
  },
];

/**
 * Adds the reference policies that are not there yet, published (the documents announce them as in
 * force). One an administrator has edited is left as it is: the library, not this list, is the record.
 */
export async function ensureReferencePolicies(db: Executor): Promise<void> {
  await db.transaction(async (tx) => {
    const zoneRows = await tx.select({ id: zones.id, code: zones.code }).from(zones);
    const zoneId = new Map(zoneRows.map((z) => [z.code, z.id]));
    for (const reference of referencePolicies) {
      const { zones: zoneCodes, ...columns } = policyBody.parse(reference);
      const [created] = await tx
        .insert(policies)
        .values({ ...columns, status: 'published', publishedAt: sql`now()` })
        .onConflictDoNothing({ target: policies.code })
        .returning({ id: policies.id });
      if (!created) continue;
      const ids = zoneCodes.flatMap((code) => zoneId.get(code) ?? []);
      if (ids.length > 0)
        await tx.insert(policyZones).values(ids.map((id) => ({ policyId: created.id, zoneId: id })));
      await indexPolicies(tx, [created.id]);
    }
  });
}
