import { eq, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../core/db/db.js';
import { appMeta } from '../../core/db/meta-table.js';
import { indexDocuments } from '../../core/search/index.js';
import { newsSearchSource } from '../../modules/portal/index.js';
import { newsItems } from '../../modules/portal/tables.js';
import { DemoRandom } from '../demo-random.js';
import { companyName } from './company-names.js';
import { GENERATED } from './generate-enterprises.js';
import { places } from './places.js';

const BATCH = 500;

export type NewsSpec = { count: number; seed: number; onProgress?: (done: number) => void };

const progressKey = (seed: number) => `generated_news:${seed}`;

/** A park as news names it: its zone, and the city and district it lies in. */
export type NewsPark = {
  id: number;
  nameZh: string;
  kind: 'park' | 'centre' | 'facility' | 'platform';
  zoneId: number;
  zoneCode: string;
  zoneName: string;
  city: string | null;
  county: string | null;
};

type Kind = 'news' | 'event' | 'notice';

type Story = {
  kind: Kind;
  title: string;
  /** 2–6 sentences, each ending in 。 */
  sentences: string[];
  eventStartsOn?: string;
  eventEndsOn?: string;
  location?: string;
};

type Context = { random: DemoRandom; park: NewsPark; parks: readonly NewsPark[]; publishedOn: string };

// ——— Dates ———

const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 3 * 365;
const DAY_MS = 86_400_000;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => isoDay(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS);

/** 2025-06-01 → 2025年6月1日; the year dropped when the story is of the same year. */
function dateText(iso: string, withYear = true): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${d}日`;
}

/** 6月1日至3日, 6月30日至7月2日, or one day. */
function rangeText(from: string, to: string): string {
  if (from === to) return dateText(from, false);
  const [, m1] = from.split('-').map(Number);
  const [, m2, d2] = to.split('-').map(Number);
  return `${dateText(from, false)}至${m1 === m2 ? `${d2}日` : dateText(to, false)}`;
}

// ——— Words the stories are made of ———

/** 12.6: 亿元 with one decimal, as such news reports them. */
const yi = (random: DemoRandom, min: number, max: number) => (random.int(min * 10, max * 10) / 10).toString();

function pickSome<T>(random: DemoRandom, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return out;
}

const FIELDS = [
  '创新药研发',
  '高端仿制药',
  '生物制品',
  '高端医疗器械',
  '体外诊断试剂',
  '中药大健康',
  'CRO/CDMO服务',
  '互联网医疗',
  '细胞与基因治疗',
];

const PROJECTS: Record<
  'high_quality_medicine' | 'specialty_medical_devices' | 'internet_medicine',
  string[]
> = {
  high_quality_medicine: [
    '创新药研发中心',
    '高端制剂生产基地',
    '原料药绿色生产线',
    '生物药中试平台',
    'GMP生产车间',
  ],
  specialty_medical_devices: [
    '医疗器械产业化基地',
    '体外诊断试剂生产线',
    '高值耗材研发中心',
    '康复器械生产项目',
  ],
  internet_medicine: ['互联网医院运营中心', '医疗大数据平台', '智慧药房区域总部'],
};

const FORUMS = [
  '海峡两岸生物医药产业合作论坛',
  '生物医药创新发展大会',
  '数智医疗产业峰会',
  '创新药研发与产业化研讨会',
  '医疗器械注册人制度交流会',
  '中医药产业高质量发展论坛',
  '细胞与基因治疗产业论坛',
];

const TOPICS = [
  '药品上市许可持有人制度',
  '创新药临床转化',
  '医疗器械注册审评',
  '两岸医疗标准对接',
  '生物医药投融资',
  '数字医疗应用',
  '中药材质量追溯',
];

const PROVINCIAL_POLICIES = [
  '《福建省加快生物医药产业高质量发展实施方案》',
  '生物医药产业扶持政策',
  '医疗器械注册人制度相关政策',
];

/** The policies a zone briefs on: Fuzhou's MAH measures are the Fuzhou zone's, the rest everyone's. */
const policiesOf = (p: NewsPark) =>
  p.zoneCode === 'fuzhou-imcez'
    ? ['《扶持药品上市许可持有人发展若干措施》', ...PROVINCIAL_POLICIES]
    : PROVINCIAL_POLICIES;

const SUPPORT_POINTS = ['研发投入补助', '产品获批奖励', '租金补贴', '人才引进支持', '首台套应用推广'];

const CALLS = [
  '生物医药产业发展专项资金',
  '高新技术企业认定',
  '重点招商项目征集',
  '创新产品首批次应用推荐',
  '药品上市许可持有人奖励',
  '研发投入补助',
  '人才引进奖励',
  '公共服务平台认定',
];

const FACILITIES = ['GMP标准厂房', '研发实验楼', '公共检测平台', '动物实验中心', '冷链仓储', '人才公寓'];
const PHASES = ['二期', '三期', '新建研发楼', '标准厂房（二期）'];

/** Where zones take their roadshows: the mainland's biomedical centres. */
const ROADSHOW_CITIES = [
  '上海',
  '北京',
  '深圳',
  '苏州',
  '杭州',
  '广州',
  '南京',
  '成都',
  '武汉',
  '天津',
  '西安',
  '重庆',
];

/** The venues of the zones' cities; elsewhere the park itself hosts. */
const VENUES: Record<string, string[]> = {
  'fuzhou-imcez': ['福州海峡国际会展中心', '福州海峡文化艺术中心'],
  'xiamen-bio-economy': ['厦门国际会议展览中心'],
};

/** A generated firm as news names it: mostly Fujian's, some from the mainland and Taiwan. */
function company(random: DemoRandom) {
  const { mainland, fujian, taiwan } = places();
  const place = random.weighted([
    [random.pick(fujian), 50],
    [random.pick(mainland), 35],
    [random.pick(taiwan), 15],
  ] as const);
  return companyName(random, place.name);
}

const placeOf = (p: NewsPark) => `${p.city ?? ''}${p.county && p.county !== p.city ? p.county : ''}`;
/** The town a story is datelined in: a county-level town by its name (平潭), a city district by its city. */
const townOf = (p: NewsPark) =>
  p.county?.endsWith('县') ? p.county.replace(/县$/, '') : (p.city ?? p.zoneName).replace(/市$/, '');
const optional = (random: DemoRandom, percent: number, sentence: string) =>
  random.chance(percent) ? [sentence] : [];

// ——— Stories ———

function signing({ random, park, publishedOn }: Context): Story {
  const n = random.int(4, 28);
  const total = yi(random, 5, 120);
  const first = company(random);
  const second = company(random);
  const fields = pickSome(random, FIELDS, random.int(2, 3)).join('、');
  const title = random.weighted([
    [`${park.nameZh}集中签约${n}个生物医药项目，总投资${total}亿元`, 2],
    [`${first.name}项目签约落户${park.nameZh}`, 1],
    [`${park.zoneName}${publishedOn.slice(0, 4)}年第${random.int(1, 6)}批重点项目集中签约`, 1],
  ] as const);
  return {
    kind: 'news',
    title,
    sentences: [
      `${dateText(publishedOn, false)}，${park.zoneName}在${park.nameZh}举行生物医药重点项目集中签约仪式，现场签约项目${n}个，计划总投资${total}亿元。`,
      `签约项目涵盖${fields}等领域。`,
      `其中，${first.name}拟投资${yi(random, 1, 30)}亿元建设${random.pick(PROJECTS[first.business.direction])}，项目达产后预计年产值${yi(random, 2, 60)}亿元。`,
      ...optional(
        random,
        50,
        `${second.name}将在园区设立${random.pick(PROJECTS[second.business.direction])}。`,
      ),
      ...optional(random, 40, `签约企业中有${random.int(1, 4)}家台资企业。`),
      ...optional(
        random,
        60,
        '管委会有关负责人表示，将为签约项目提供全流程跟踪服务，推动项目早落地、早投产。',
      ),
    ],
  };
}

function opening({ random, park, publishedOn }: Context): Story {
  // A park opens a phase once, but puts buildings into use often.
  const building = random.chance(60);
  const phase = building ? `${random.int(2, 16)}号楼` : random.pick(PHASES);
  const first = company(random);
  return {
    kind: 'news',
    title: building ? `${park.nameZh}${phase}揭牌投用` : `${park.nameZh}${phase}正式开园运营`,
    sentences: [
      `${dateText(publishedOn, false)}，${park.nameZh}${phase}正式投入运营，新增产业空间${(random.int(8, 60) / 10).toString()}万平方米。`,
      `新投用的载体包括${pickSome(random, FACILITIES, 2).join('和')}，可满足研发、中试和生产等不同需求。`,
      ...optional(random, 85, `首批${random.int(5, 30)}家企业签约入驻，${first.name}等企业已进场装修。`),
      ...optional(
        random,
        60,
        `${park.nameZh}位于${placeOf(park) || park.zoneName}，是${park.zoneName}的重要产业载体。`,
      ),
      ...optional(random, 40, '园区将为入驻企业提供政策申报、注册审评咨询等一站式服务。'),
    ],
  };
}

function forum({ random, park, publishedOn }: Context): Story {
  const startsOn = addDays(publishedOn, random.int(7, 45));
  const endsOn = addDays(startsOn, random.int(0, 2));
  const year = startsOn.slice(0, 4);
  const name = random.pick(FORUMS);
  const location = random.pick([...(VENUES[park.zoneCode] ?? []), park.nameZh]);
  const host = company(random);
  return {
    kind: 'event',
    title: `${year}${name}将于${dateText(startsOn, false)}在${townOf(park)}举办`,
    eventStartsOn: startsOn,
    eventEndsOn: endsOn,
    location,
    sentences: [
      `${year}${name}将于${rangeText(startsOn, endsOn)}在${location}举办。`,
      `本次会议由${park.zoneName}主办，围绕${pickSome(random, TOPICS, 3).join('、')}等议题设置主旨演讲和圆桌对话。`,
      ...optional(random, 70, `预计海峡两岸专家学者、企业代表和投资机构约${random.int(2, 12) * 50}人参会。`),
      ...optional(random, 50, '会议期间将举行项目签约和产业对接活动。'),
      ...optional(random, 40, `${host.name}等企业将在会上发布新产品。`),
    ],
  };
}

function briefing({ random, park, publishedOn }: Context): Story {
  const startsOn = addDays(publishedOn, random.int(5, 20));
  const policy = random.pick(policiesOf(park));
  const points = pickSome(random, SUPPORT_POINTS, 2);
  return {
    kind: 'event',
    title: random.weighted([
      [`${park.zoneName}举办${policy}专场宣讲会`, 2],
      [`${policy}宣讲会走进${park.nameZh}`, 1],
      [`${park.nameZh}${dateText(startsOn, false)}举办惠企政策宣讲会，解读${points[0]}`, 1],
    ] as const),
    eventStartsOn: startsOn,
    eventEndsOn: startsOn,
    location: park.nameZh,
    sentences: [
      `${dateText(startsOn, false)}，${park.zoneName}将在${park.nameZh}举办${policy}专场宣讲会。`,
      `宣讲会将解读${points.join('、')}等支持方向，并现场解答企业关于申报条件和流程的问题。`,
      ...optional(random, 60, `园区内企业和拟落户企业均可报名参加，名额约${random.int(4, 20) * 10}个。`),
    ],
  };
}

function roadshow({ random, park, parks, publishedOn }: Context): Story {
  const startsOn = addDays(publishedOn, random.int(10, 40));
  const city = random.pick(ROADSHOW_CITIES);
  const carriers = pickSome(
    random,
    parks.filter((p) => p.zoneId === park.zoneId && (p.kind === 'park' || p.kind === 'centre')),
    2,
  ).map((p) => p.nameZh);
  const guest = company(random);
  return {
    kind: 'event',
    title: random.weighted([
      [`${park.zoneName}赴${city}举办生物医药专场招商推介会`, 2],
      [`${park.zoneName}${Number(startsOn.slice(5, 7))}月将在${city}开展生物医药招商推介`, 1],
      [`${carriers[0] ?? park.nameZh}等载体亮相${city}招商推介会`, 1],
    ] as const),
    eventStartsOn: startsOn,
    eventEndsOn: startsOn,
    location: city,
    sentences: [
      `${dateText(startsOn, false)}，${park.zoneName}将在${city}举办生物医药产业专场招商推介会。`,
      `推介会将介绍${(carriers.length > 0 ? carriers : [park.nameZh]).join('、')}等载体的空间资源和配套政策。`,
      ...optional(random, 60, `${guest.name}等${random.int(10, 60)}家企业已确认参会。`),
      ...optional(random, 50, `会上计划签约项目${random.int(3, 15)}个。`),
    ],
  };
}

function call({ random, park, publishedOn }: Context): Story {
  const year = publishedOn.slice(0, 4);
  const what = random.pick(CALLS);
  return {
    kind: 'notice',
    title: random.weighted([
      [`关于开展${year}年度${what}申报工作的通知`, 2],
      [`${park.nameZh}关于${year}年度${what}申报的通知`, 1],
      [`${park.zoneName}${year}年度${what}申报指南`, 1],
    ] as const),
    sentences: [
      `为落实${random.pick(policiesOf(park))}，${park.zoneName}现组织开展${year}年度${what}申报工作。`,
      `申报对象为在${park.zoneName}内注册、从事${pickSome(random, FIELDS, 2).join('或')}的企业。`,
      `申报截止日期为${dateText(addDays(publishedOn, random.int(20, 60)))}，逾期不予受理。`,
      ...optional(random, 60, `申报条件和材料清单可咨询${park.nameZh}招商服务中心。`),
    ],
  };
}

const STORIES = [
  [signing, 25],
  [opening, 12],
  [forum, 20],
  [briefing, 13],
  [roadshow, 15],
  [call, 15],
] as const;

/** Parks open new phases and sign projects; any site (centres, facilities, platforms) hosts the rest. */
const sitesFor = (story: (typeof STORIES)[number][0], parks: readonly NewsPark[]) => {
  if (story !== opening && story !== signing) return parks;
  const carriers = parks.filter((p) => p.kind === 'park');
  return carriers.length > 0 ? carriers : parks;
};

/**
 * A well-mixed 32-bit seed per (seed, index): xoroshiro's first draws from neighbouring seeds are close,
 * so consecutive items seeded with `index` alone would all tell the same kind of story.
 */
function itemSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x6e657773, 0x9e3779b1) ^ index;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The index-th item of a seed, from a random source of its own: the same (seed, index) always gives the
 * same item, however the generation was split into runs.
 */
export function newsAt(
  seed: number,
  index: number,
  parks: readonly NewsPark[],
): typeof newsItems.$inferInsert {
  const random = new DemoRandom(itemSeed(seed, index));
  const story = random.weighted(STORIES);
  const park = random.pick(sitesFor(story, parks));
  const publishedOn = isoDay(FIRST_DAY + random.int(0, DAYS - 1) * DAY_MS);
  const s = story({ random, park, parks, publishedOn });
  return {
    kind: s.kind,
    titleZh: s.title,
    // The lead sentence, marked: lists and search snippets show it without the page's demo tag.
    summaryZh: `${s.sentences[0]}（演示数据，非真实报道）`,
    bodyZh: s.sentences.join(''),
    publishedOn,
    eventStartsOn: s.eventStartsOn ?? null,
    eventEndsOn: s.eventEndsOn ?? null,
    location: s.location ?? null,
    zoneId: park.zoneId,
    source: GENERATED,
    isDemo: true,
  };
}

async function newsParks(db: Executor): Promise<NewsPark[]> {
  return queryRows<NewsPark>(
    db,
    sql`SELECT p.id, p.name_zh AS "nameZh", p.kind, z.id AS "zoneId", z.code AS "zoneCode", z.name_zh AS "zoneName",
        CASE WHEN d.level = 'city' THEN d.name_zh ELSE c.name_zh END AS city,
        CASE WHEN d.level = 'county' THEN d.name_zh END AS county
      FROM parks p JOIN zones z ON z.id = p.zone_id
        LEFT JOIN divisions d ON d.code = p.division_code
        LEFT JOIN divisions c ON c.code = d.parent_code
      ORDER BY p.code`,
  );
}

/**
 * Generates the portal's news as the zones publish it: project signings, park openings, forums, policy
 * briefings, roadshows in mainland cities and calls for applications, dated 2023–2025, naming the real
 * zones and parks and generated firms. Deterministic and cumulative per seed like the enterprise
 * generator; every item flagged demo (source 'generated') and indexed for search with its batch.
 */
export async function generateNews(db: Executor, spec: NewsSpec): Promise<number> {
  const parks = await newsParks(db);
  if (parks.length === 0) throw new Error('no parks: load the reference data first');
  const [done] = await db
    .select()
    .from(appMeta)
    .where(eq(appMeta.key, progressKey(spec.seed)));
  const from = (done?.value as { count?: number } | undefined)?.count ?? 0;
  let inserted = 0;
  for (let start = from; start < spec.count; start += BATCH) {
    const end = Math.min(spec.count, start + BATCH);
    const batch: (typeof newsItems.$inferInsert)[] = [];
    for (let index = start; index < end; index++) batch.push(newsAt(spec.seed, index, parks));
    await db.transaction(async (tx) => {
      const ids = await tx.insert(newsItems).values(batch).returning({ id: newsItems.id });
      await indexDocuments(
        tx,
        newsSearchSource,
        ids.map((r) => r.id),
      );
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
