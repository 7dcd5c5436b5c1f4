import { eq, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { appMeta } from '../../core/db/meta-table.js';
import type { AttrKey, Rule } from '../../modules/policies/rules/index.js';
import { type PolicyBenefit, type PolicyBody, policyBody } from '../../modules/policies/schema.js';
import { policies, policyZones } from '../../modules/policies/tables.js';
import { DemoRandom } from '../demo-random.js';
import { GENERATED } from './generate-enterprises.js';
import { type Issuer, policyIssuers, type ZoneRow } from './policy-issuers.js';

const BATCH = 500;

export type PolicySpec = { count: number; seed: number; onProgress?: (done: number) => void };

const progressKey = (seed: number) => `generated_policies:${seed}`;

/** The code of the index-th (0-based) generated policy of a seed. */
export const generatedPolicyCode = (seed: number, index: number) => `gen-${seed}-${index + 1}`;

type Bilingual = { zh: string; en: string };
type Choice<T> = readonly (readonly [T, number])[];

// ——— Eligibility: what a theme requires, and the clauses policies add to it ———

/** A clause (or a small any/not group) and the attributes it decides, so a rule tests each only once. */
type ClauseMaker = { attrs: AttrKey[]; make: (random: DemoRandom) => Rule };

const gte = (attr: AttrKey, values: readonly number[]): ClauseMaker => ({
  attrs: [attr],
  make: (random) => ({ attr, op: 'gte', value: random.pick(values) }),
});
const isTrue = (attr: AttrKey): ClauseMaker => ({
  attrs: [attr],
  make: () => ({ attr, op: 'is', value: true }),
});

/** The thresholds Chinese industrial policies typically set (注册资本 ≥ 1000 万元, 研发投入占比 ≥ 5% …). */
const CLAUSES: Choice<ClauseMaker> = [
  [gte('registeredCapitalWan', [500, 1_000, 2_000, 5_000]), 8],
  [gte('revenueWan', [2_000, 5_000, 10_000, 20_000]), 8],
  [gte('rdRatio', [3, 5, 8]), 7],
  [gte('employees', [50, 100, 300]), 5],
  [isTrue('isHighTech'), 6],
  [isTrue('isMahHolder'), 3],
  [isTrue('isTaiwanFunded'), 2],
  [
    {
      attrs: ['direction'],
      make: (random) => ({
        attr: 'direction',
        op: 'in',
        value: random.chance(60)
          ? ['high_quality_medicine', 'specialty_medical_devices']
          : ['high_quality_medicine', 'specialty_medical_devices', 'internet_medicine'],
      }),
    },
    4,
  ],
  [
    {
      attrs: ['industryCode'],
      make: (random) => ({ attr: 'industryCode', op: 'startsWith', value: random.pick(['C27', 'C358']) }),
    },
    4,
  ],
  [
    {
      attrs: ['settledOn'],
      make: (random) => ({
        attr: 'settledOn',
        op: 'after',
        value: random.pick(['2022-12-31', '2023-01-01', '2024-01-01']),
      }),
    },
    4,
  ],
  [{ attrs: ['zone'], make: () => ({ attr: 'zone', op: 'exists' }) }, 5],
  [gte('leasedAreaM2', [300, 500, 1_000]), 2],
  [
    {
      attrs: ['chainLinks'],
      make: (random) => ({
        attr: 'chainLinks',
        op: 'hasAny',
        value: random.pick([
          ['innovative_drugs', 'biologics'],
          ['devices', 'reagents'],
          ['cro_cdmo', 'biologics', 'generics'],
        ]),
      }),
    },
    2,
  ],
  // 龙头或骨干企业: either title will do.
  [
    {
      attrs: ['isLeading', 'isBackbone'],
      make: () => ({
        any: [
          { attr: 'isLeading', op: 'is', value: true },
          { attr: 'isBackbone', op: 'is', value: true },
        ],
      }),
    },
    3,
  ],
  // 高新技术企业，或研发投入占比不低于 8%.
  [
    {
      attrs: ['isHighTech', 'rdRatio'],
      make: () => ({
        any: [
          { attr: 'isHighTech', op: 'is', value: true },
          { attr: 'rdRatio', op: 'gte', value: 8 },
        ],
      }),
    },
    2,
  ],
  // Not chemical API manufacturing: zones keep polluting synthesis out.
  [
    {
      attrs: ['industryCode'],
      make: () => ({ not: { attr: 'industryCode', op: 'startsWith', value: 'C271' } }),
    },
    2,
  ],
  // 中小企业: revenue within the SME band.
  [
    {
      attrs: ['revenueWan'],
      make: (random) => ({
        attr: 'revenueWan',
        op: 'between',
        value: [random.pick([500, 1_000, 2_000]), random.pick([20_000, 40_000])],
      }),
    },
    1,
  ],
];

type BenefitKind =
  | 'rent'
  | 'settlement'
  | 'approvals'
  | 'talents'
  | 'investment'
  | 'revenueTiers'
  | 'rdTiers'
  | 'highTech';

/** What a policy is about: the subject its title names, what it requires, what it tends to pay. */
type Theme = {
  subject: Bilingual;
  /** The English subject as a title capitalises it. */
  titleEn: string;
  /** What the title says the policy is for, when the general goals do not fit the subject. */
  goals?: Choice<Goal>;
  requires: ClauseMaker;
  benefits: Choice<BenefitKind>;
  weight: number;
};

const THEMES: readonly Theme[] = [
  {
    subject: { zh: '生物医药产业', en: 'the biomedical industry' },
    titleEn: 'the Biomedical Industry',
    requires: {
      attrs: ['direction'],
      make: () => ({
        attr: 'direction',
        op: 'in',
        value: ['high_quality_medicine', 'specialty_medical_devices'],
      }),
    },
    benefits: [
      ['rent', 4],
      ['settlement', 3],
      ['investment', 2],
      ['revenueTiers', 2],
    ],
    weight: 20,
  },
  {
    subject: { zh: '创新药', en: 'innovative drugs' },
    titleEn: 'Innovative Drugs',
    requires: {
      attrs: ['industryCode', 'direction'],
      make: (random) => ({ attr: 'industryCode', op: 'startsWith', value: random.pick(['C27', 'C276']) }),
    },
    benefits: [
      ['approvals', 4],
      ['rdTiers', 2],
      ['rent', 2],
    ],
    weight: 12,
  },
  {
    subject: { zh: '高端医疗器械', en: 'high-end medical devices' },
    titleEn: 'High-End Medical Devices',
    requires: {
      attrs: ['industryCode', 'direction'],
      make: () => ({ attr: 'industryCode', op: 'startsWith', value: 'C358' }),
    },
    benefits: [
      ['approvals', 3],
      ['rent', 2],
      ['investment', 2],
    ],
    weight: 10,
  },
  {
    subject: { zh: '药品上市许可持有人', en: 'drug marketing authorisation holders' },
    titleEn: 'Drug Marketing Authorisation Holders',
    requires: isTrue('isMahHolder'),
    benefits: [
      ['approvals', 4],
      ['rent', 2],
      ['settlement', 1],
    ],
    weight: 6,
  },
  {
    subject: { zh: '中医药产业', en: 'the traditional Chinese medicine industry' },
    titleEn: 'the Traditional Chinese Medicine Industry',
    requires: {
      attrs: ['chainLinks', 'industryCode', 'direction'],
      make: () => ({ attr: 'chainLinks', op: 'hasAny', value: ['tcm'] }),
    },
    benefits: [
      ['investment', 2],
      ['settlement', 2],
      ['revenueTiers', 1],
    ],
    weight: 5,
  },
  {
    subject: { zh: '台资生物医药企业', en: 'Taiwan-funded biomedical enterprises' },
    titleEn: 'Taiwan-Funded Biomedical Enterprises',
    requires: isTrue('isTaiwanFunded'),
    benefits: [
      ['settlement', 3],
      ['rent', 3],
      ['talents', 2],
    ],
    weight: 7,
  },
  {
    subject: { zh: '生物医药企业', en: 'biomedical enterprises' },
    titleEn: 'Biomedical Enterprises',
    requires: isTrue('isHighTech'),
    benefits: [
      ['highTech', 3],
      ['rdTiers', 3],
      ['approvals', 1],
    ],
    weight: 12,
  },
  {
    subject: { zh: '“互联网+医疗健康”', en: '“Internet + healthcare”' },
    titleEn: '“Internet + Healthcare”',
    requires: {
      attrs: ['direction', 'industryCode', 'chainLinks'],
      make: () => ({ attr: 'direction', op: 'eq', value: 'internet_medicine' }),
    },
    benefits: [
      ['settlement', 2],
      ['rent', 2],
      ['revenueTiers', 1],
    ],
    weight: 5,
  },
  {
    subject: { zh: '生物医药重大项目', en: 'major biomedical projects' },
    titleEn: 'Major Biomedical Projects',
    goals: [
      [{ zh: '招引落地', en: (s) => `the Attraction and Settlement of ${s}` }, 3],
      [{ zh: '加快建设', en: (s) => `the Faster Construction of ${s}` }, 1],
    ],
    requires: {
      attrs: ['settledOn'],
      make: (random) => ({
        attr: 'settledOn',
        op: 'after',
        value: random.pick(['2022-12-31', '2023-12-31']),
      }),
    },
    benefits: [
      ['rent', 4],
      ['investment', 3],
      ['settlement', 2],
    ],
    weight: 10,
  },
  {
    subject: { zh: '生物医药人才', en: 'biomedical talent' },
    titleEn: 'Biomedical Talent',
    goals: [
      [{ zh: '引进培养', en: (s) => `the Recruitment and Training of ${s}` }, 3],
      [{ zh: '集聚发展', en: (s) => `the Clustering of ${s}` }, 1],
    ],
    requires: gte('talents', [1, 3]),
    benefits: [
      ['talents', 4],
      ['settlement', 1],
    ],
    weight: 3,
  },
];
const THEME_WEIGHTS = THEMES.map((t) => [t, t.weight] as const);

/** The theme's requirement first, then 1–5 clauses on attributes nobody in the rule tested yet. */
function ruleOf(random: DemoRandom, theme: Theme): Rule {
  const used = new Set<AttrKey>(theme.requires.attrs);
  const clauses: Rule[] = [theme.requires.make(random)];
  const wanted = random.weighted([
    [2, 3],
    [3, 4],
    [4, 3],
    [5, 2],
    [6, 1],
  ] as const);
  for (let tries = 0; clauses.length < wanted && tries < 30; tries++) {
    const maker = random.weighted(CLAUSES);
    if (maker.attrs.some((a) => used.has(a))) continue;
    for (const a of maker.attrs) used.add(a);
    clauses.push(maker.make(random));
  }
  return { all: clauses };
}

// ——— Benefits ———

function benefitOf(random: DemoRandom, kind: BenefitKind): PolicyBenefit {
  const benefit = (code: string, labelZh: string, labelEn: string, formula: PolicyBenefit['formula']) => ({
    code,
    labelZh,
    labelEn,
    formula,
    demo: true,
  });
  switch (kind) {
    case 'rent': {
      const months = random.pick([12, 24, 36]);
      return benefit(
        'rent-subsidy',
        `研发与生产用房租金补贴（${months} 个月）`,
        `Rent subsidy for R&D and production space (${months} months)`,
        {
          kind: 'rent_subsidy',
          percent: random.pick([30, 50, 100]),
          months,
          ...(random.chance(80) ? { capYuan: random.pick([500_000, 1_000_000, 2_000_000, 3_000_000]) } : {}),
        },
      );
    }
    case 'settlement': {
      const amountYuan = random.pick([200_000, 500_000, 1_000_000, 2_000_000, 5_000_000]);
      return benefit(
        'settlement-award',
        '新落户企业一次性奖励',
        'One-off award for newly settled enterprises',
        {
          kind: 'one_off',
          amountYuan,
        },
      );
    }
    case 'highTech':
      return benefit(
        'high-tech-award',
        '高新技术企业认定奖励',
        'Award for high-tech enterprise certification',
        {
          kind: 'one_off',
          amountYuan: random.pick([100_000, 200_000, 300_000]),
        },
      );
    case 'approvals': {
      const amountYuan = random.pick([500_000, 1_000_000, 2_000_000, 3_000_000]);
      return benefit('approval-award', '获批药品/医疗器械注册证奖励', 'Award per drug or device approval', {
        kind: 'per_unit',
        attr: 'approvals',
        amountYuan,
        capYuan: amountYuan * random.pick([3, 5, 10]),
      });
    }
    case 'talents': {
      const amountYuan = random.pick([50_000, 100_000, 200_000]);
      return benefit(
        'talent-grant',
        '引进高层次人才安家补助',
        'Housing grant per high-level talent recruited',
        {
          kind: 'per_unit',
          attr: 'talents',
          amountYuan,
          capYuan: amountYuan * random.pick([10, 20]),
        },
      );
    }
    case 'investment':
      return benefit('investment-grant', '固定资产投资补助', 'Grant on fixed-asset investment', {
        kind: 'percent_of',
        attr: 'investmentWan',
        percent: random.pick([3, 5, 8, 10]),
        capYuan: random.pick([5_000_000, 10_000_000, 20_000_000, 30_000_000]),
      });
    case 'revenueTiers': {
      const scale = random.pick([1, 2]);
      return benefit(
        'revenue-milestone',
        '营业收入首次突破奖励',
        'Award for first reaching a revenue milestone',
        {
          kind: 'tiered',
          attr: 'revenueWan',
          tiers: [
            { min: 10_000, amountYuan: 300_000 * scale },
            { min: 50_000, amountYuan: 1_000_000 * scale },
            { min: 100_000, amountYuan: 3_000_000 * scale },
          ],
        },
      );
    }
    case 'rdTiers':
      return benefit('rd-intensity-award', '研发投入强度奖励', 'Award for R&D intensity', {
        kind: 'tiered',
        attr: 'rdRatio',
        tiers: [
          { min: random.pick([3, 5]), amountYuan: 200_000 },
          { min: 10, amountYuan: 500_000 },
          { min: 20, amountYuan: 1_000_000 },
        ],
      });
  }
}

/** 1–3 benefits of different kinds, mostly the theme's own. */
function benefitsOf(random: DemoRandom, theme: Theme): PolicyBenefit[] {
  const count = random.weighted([
    [1, 4],
    [2, 4],
    [3, 2],
  ] as const);
  const kinds = new Set<BenefitKind>();
  for (let tries = 0; kinds.size < count && tries < 20; tries++) kinds.add(random.weighted(theme.benefits));
  return [...kinds].map((kind) => benefitOf(random, kind));
}

// ——— Title, document number, validity ———

const VERBS: Choice<Bilingual> = [
  [{ zh: '支持', en: 'Support' }, 4],
  [{ zh: '促进', en: 'Promote' }, 3],
  [{ zh: '加快', en: 'Accelerate' }, 2],
  [{ zh: '鼓励', en: 'Encourage' }, 1],
];

type Goal = { zh: string; en: (subject: string) => string };

const GOALS: Choice<Goal> = [
  [{ zh: '高质量发展', en: (s) => `the High-Quality Development of ${s}` }, 4],
  [{ zh: '研发创新', en: (s) => `R&D and Innovation in ${s}` }, 3],
  [{ zh: '集聚发展', en: (s) => `the Clustering of ${s}` }, 2],
  [{ zh: '做大做强', en: (s) => `the Growth of ${s}` }, 1],
  [{ zh: '转型升级', en: (s) => `the Upgrading of ${s}` }, 1],
];

const MEASURES: Choice<Bilingual> = [
  [{ zh: '若干措施', en: 'Several Measures' }, 5],
  [{ zh: '若干政策', en: 'Several Policies' }, 3],
  [{ zh: '实施意见', en: 'Implementing Opinions' }, 2],
  [{ zh: '扶持办法', en: 'Support Measures' }, 2],
  [{ zh: '实施细则', en: 'Implementing Rules' }, 1],
  [{ zh: '三年行动方案', en: 'Three-Year Action Plan' }, 1],
];

/** 福州市仓山区关于支持生物医药企业研发创新的若干措施, and its English. */
function titleOf(random: DemoRandom, issuer: Issuer, theme: Theme): Bilingual {
  const verb = random.weighted(VERBS);
  const goal = random.weighted(theme.goals ?? GOALS);
  const measure = random.weighted(MEASURES);
  const what = `${verb.zh}${theme.subject.zh}${goal.zh}`;
  const zh = random.chance(70)
    ? `${issuer.placeZh}关于${what}的${measure.zh}`
    : `${issuer.placeZh}${what}${measure.zh}`;
  const en = `${measure.en} of ${issuer.placeEn} to ${verb.en} ${goal.en(theme.titleEn)}`;
  return { zh, en };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

type Status = 'published' | 'draft' | 'expired';

/**
 * Validity as the texts give it: from a first of the month, for 3 or 5 years (to the day before), or
 * open-ended. Expired texts ended before 2025; drafts start in the future of the dataset.
 */
function validityOf(random: DemoRandom, status: Status): { validFrom: string; validTo: string | null } {
  const [fromYear, toYear] =
    status === 'expired' ? [2018, 2021] : status === 'draft' ? [2026, 2027] : [2023, 2026];
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const validFrom = isoDay(year, month, 1);
  const years = status === 'expired' ? random.pick([2, 3]) : random.pick([3, 3, 5]);
  const open = status === 'published' && random.chance(15);
  // The day before the same date `years` later: a 3-year text from 2024-03-01 runs to 2027-02-28.
  const end = new Date(Date.UTC(year + years, month - 1, 1) - 86_400_000);
  return { validFrom, validTo: open ? null : end.toISOString().slice(0, 10) };
}

/** Mostly none (everywhere); a zone's committee its own zone; a city or district the zones in it. */
function zonesOf(random: DemoRandom, issuer: Issuer, zones: readonly ZoneRow[]): string[] {
  if (issuer.zoneCode) return [issuer.zoneCode];
  if (random.chance(60)) return [];
  const near = zones.filter((z) => (z.divisionCode ?? '').startsWith(issuer.divisionPrefix));
  if (near.length === 0) return [];
  const picked = near.filter(() => random.chance(50));
  return (picked.length > 0 ? picked : [random.pick(near)]).map((z) => z.code).slice(0, 2);
}

// ——— One policy ———

type Generated = { body: PolicyBody; status: Status };

const STATUS_WEIGHTS: Choice<Status> = [
  ['published', 93],
  ['draft', 4],
  ['expired', 3],
];

/**
 * A well-spread 32-bit seed for (seed, index) (murmur3's finaliser): xoroshiro's first draws from
 * neighbouring seeds are alike, and policies, unlike enterprises, are few enough for that to show.
 */
function mixSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ index;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The index-th policy of a seed, from a random source of its own (same seed and index, same policy). */
function policyAt(
  seed: number,
  index: number,
  issuers: readonly Issuer[],
  zones: readonly ZoneRow[],
): Generated {
  const random = new DemoRandom(mixSeed(seed, index));
  const issuer = random.weighted(issuers.map((i) => [i, i.weight] as const));
  const theme = random.weighted(THEME_WEIGHTS);
  const status = random.weighted(STATUS_WEIGHTS);
  const title = titleOf(random, issuer, theme);
  const { validFrom, validTo } = validityOf(random, status);
  const docYear = Number(validFrom.slice(0, 4)) - (random.chance(30) ? 1 : 0);
  const benefits = benefitsOf(random, theme);
  const offer = benefits.map((b) => b.labelZh.replace(/（.*）$/, '')).join('、');
  const candidate = {
    code: generatedPolicyCode(seed, index),
    titleZh: title.zh,
    titleEn: title.en,
    issuerZh: issuer.issuerZh,
    issuerEn: issuer.issuerEn,
    level: issuer.level,
    // A draft has no 文号 yet: the number is given when the text is issued.
    docNumber: status === 'draft' ? null : `${issuer.docPrefix}〔${docYear}〕${random.int(1, 150)}号`,
    validFrom,
    validTo,
    zones: zonesOf(random, issuer, zones),
    summaryZh: `${theme.subject.zh}：对符合条件的企业给予${offer}等支持。本政策为生成的演示数据，条件与金额均非真实。`,
    summaryEn: `${theme.titleEn.replace(/^the /, 'The ')}: qualifying enterprises receive ${benefits.map((b) => b.labelEn.replace(/^[A-Z](?![A-Z&])/, (c) => c.toLowerCase())).join('; ')}. Generated demo data: neither the conditions nor the amounts are real.`,
    fullText: null,
    rule: ruleOf(random, theme),
    benefits,
    source: GENERATED,
  };
  // The generator is held to the editor's contract: a policy it makes that does not validate is its bug.
  const parsed = policyBody.safeParse(candidate);
  if (!parsed.success)
    throw new Error(`generated policy ${candidate.code} is invalid: ${JSON.stringify(parsed.error.issues)}`);
  return { body: parsed.data, status };
}

/**
 * Generates policies as the zone's issuers write them: real issuers at their level (ministries, Fujian,
 * its cities and districts, the zones' committees), titles and 文号 in their style, validity windows, the
 * zones they apply in, a rule of 2–6 clauses with the thresholds such texts set, 1–3 benefits with demo
 * amounts. Mostly published, a few drafts and expired texts. Deterministic and cumulative per seed like
 * the enterprise generator (codes gen-<seed>-<n>); every row flagged demo, source 'generated'.
 */
export async function generatePolicies(db: Executor, spec: PolicySpec): Promise<number> {
  const zones = await queryRows<ZoneRow & { id: number }>(
    db,
    sql`SELECT id, code, name_zh AS "nameZh", name_en AS "nameEn", division_code AS "divisionCode"
      FROM zones ORDER BY code`,
  );
  const zoneId = new Map(zones.map((z) => [z.code, z.id]));
  const issuers = policyIssuers(zones);
  const [done] = await db
    .select()
    .from(appMeta)
    .where(eq(appMeta.key, progressKey(spec.seed)));
  const from = (done?.value as { count?: number } | undefined)?.count ?? 0;
  let inserted = 0;
  for (let start = from; start < spec.count; start += BATCH) {
    const end = Math.min(spec.count, start + BATCH);
    const batch: Generated[] = [];
    for (let index = start; index < end; index++) batch.push(policyAt(spec.seed, index, issuers, zones));
    await db.transaction(async (tx) => {
      const ids = await tx
        .insert(policies)
        .values(
          batch.map(({ body: { zones: _zones, ...body }, status }) => ({
            ...body,
            status,
            isDemo: true,
            publishedAt: status === 'draft' ? null : new Date(`${body.validFrom}T00:00:00+08:00`),
          })),
        )
        .returning({ id: policies.id });
      // Serial ids follow the VALUES order: the i-th smallest id is the i-th policy.
      const sorted = ids.map((r) => r.id).sort((a, b) => a - b);
      const links = batch.flatMap((g, i) =>
        g.body.zones.map((code) => ({ policyId: sorted[i]!, zoneId: zoneId.get(code)! })),
      );
      if (links.length > 0) await tx.insert(policyZones).values(links);
      await tx
        .insert(appMeta)
        .values({ key: progressKey(spec.seed), value: { count: end } })
        .onConflictDoUpdate({ target: appMeta.key, set: { value: { count: end } } });
    });
    inserted += end - start;
    spec.onProgress?.(end);
  }
  return inserted;
}
