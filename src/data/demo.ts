import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../core/db/db.js';
import { appMeta } from '../core/db/meta-table.js';
import { usccCheckChar } from '../core/ids/index.js';
import { indexDocuments } from '../core/search/index.js';
import { enterpriseSearchSource } from '../modules/enterprises/index.js';
import {
  enterpriseMembers,
  enterpriseMetrics,
  enterpriseMilestones,
  enterprises,
} from '../modules/enterprises/tables.js';
import { createUser } from '../modules/identity/index.js';
import { orgUnits, users } from '../modules/identity/tables.js';
import { buildings, parks, unitStatusHistory, units } from '../modules/space/tables.js';
import { DemoRandom } from './demo-random.js';
import { chainLinkOf } from './reference.js';
import { DEMO } from './sources.js';

/**
 * The demo dataset: buildings, units, enterprises with yearly metrics, and users, generated from a
 * fixed seed. None of it is fact; every row is flagged is_demo and the UI says so.
 */
export const DEMO_SEED = 20211027;
const DEMO_META_KEY = 'demo_loaded';

type UnitUse = (typeof units.$inferInsert)['use'];
type UnitStatus = NonNullable<(typeof units.$inferInsert)['status']>;
type Cleanroom = NonNullable<(typeof units.$inferInsert)['cleanroomGrade']>;

const USES: readonly (readonly [UnitUse, number])[] = [
  ['rd_lab', 4],
  ['gmp_production', 3],
  ['office', 3],
  ['warehouse', 1],
];
const GMP_GRADES: readonly (readonly [Cleanroom, number])[] = [
  ['gmp_d', 4],
  ['gmp_c', 3],
  ['gmp_b', 1],
  ['none', 1],
];
const LAB_GRADES: readonly (readonly [Cleanroom, number])[] = [
  ['none', 5],
  ['iso_8', 2],
  ['iso_7', 2],
  ['iso_5', 1],
];
const STATUSES: readonly (readonly [UnitStatus, number])[] = [
  ['available', 4],
  ['reserved', 1],
  ['leased', 5],
];

const NAME_PREFIX = [
  '闽',
  '榕',
  '海峡',
  '东南',
  '福瑞',
  '仓山',
  '鼓岭',
  '南台',
  '长乐',
  '闽江',
  '台闽',
  '融侨',
];
const NAME_CORE = ['康', '瑞', '泰', '华', '源', '和', '安', '健', '恒', '博', '医', '生'];
const NAME_SUFFIX = [
  ['生物科技有限公司', 'high_quality_medicine', 'C2761'],
  ['医药有限公司', 'high_quality_medicine', 'C272'],
  ['制药有限公司', 'high_quality_medicine', 'C272'],
  ['医疗器械有限公司', 'specialty_medical_devices', 'C3584'],
  ['医疗科技有限公司', 'specialty_medical_devices', 'C3581'],
  ['诊断技术有限公司', 'specialty_medical_devices', 'C3583'],
  ['互联网医院有限公司', 'internet_medicine', null],
  ['健康科技有限公司', 'internet_medicine', null],
  ['中药饮片有限公司', 'high_quality_medicine', 'C273'],
] as const;

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A syntactically valid demo credit code: 91 (enterprise), the park's division, random body, check char. */
function demoUscc(random: DemoRandom, divisionCode: string): string {
  let body = `91${divisionCode}`;
  for (let i = 0; i < 9; i++) body += random.pick([...USCC_ALPHABET]);
  return body + usccCheckChar(body);
}

/** Formats an integer count of fen (cents) as a decimal yuan string, exactly. */
function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** A plausible unit on a floor of a building; leased or sold units take the next tenant off the list. */
export function demoUnit(
  random: DemoRandom,
  buildingId: number,
  floor: number,
  n: number,
  tenants: number[],
): typeof units.$inferInsert {
  const use = floor === 1 && random.chance(30) ? 'warehouse' : random.weighted(USES);
  const dealType = random.chance(88) ? 'lease' : 'sale';
  let status: UnitStatus = dealType === 'sale' && random.chance(30) ? 'sold' : random.weighted(STATUSES);
  // A leased unit needs a tenant: take the park's settled demo enterprises in turn, or leave it available.
  const tenant = status === 'leased' || status === 'sold' ? tenants.shift() : undefined;
  if (status === 'leased' && tenant === undefined) status = 'available';
  const production = use === 'gmp_production' || use === 'warehouse';
  return {
    buildingId,
    code: `${floor}${String(n).padStart(2, '0')}`,
    floor,
    areaM2: yuan(random.int(150, 2400) * 100 + random.pick([0, 50])),
    use,
    cleanroomGrade:
      use === 'gmp_production'
        ? random.weighted(GMP_GRADES)
        : use === 'rd_lab'
          ? random.weighted(LAB_GRADES)
          : 'none',
    dealType,
    rentYuanPerM2Month: dealType === 'lease' ? yuan(random.int(25, 85) * 100 + random.pick([0, 50])) : null,
    salePriceYuanPerM2: dealType === 'sale' ? yuan(random.int(6000, 14000) * 100) : null,
    floorLoadKnPerM2: (floor === 1 || production
      ? random.pick([5, 8, 10, 12, 15])
      : random.pick([3, 4, 5])
    ).toFixed(2),
    clearHeightM: (floor === 1 ? random.pick([4.5, 6, 8, 9]) : random.pick([3.6, 4, 4.5])).toFixed(1),
    powerKva: random.pick([50, 100, 200, 315, 500, 800]).toFixed(1),
    hasExhaust: use === 'rd_lab' || use === 'gmp_production' ? random.chance(80) : false,
    hasDrainage: use !== 'office' ? random.chance(70) : random.chance(10),
    status,
    tenantEnterpriseId: status === 'leased' || status === 'sold' ? (tenant ?? null) : null,
    availableFrom: `2026-${String(random.int(1, 12)).padStart(2, '0')}-01`,
    isDemo: true,
  };
}

/** 80 demo enterprises with three years of metrics (and 12 targets at the chain gaps), indexed for search; returns the settled ones' ids by park. */
async function insertDemoEnterprises(
  tx: Executor,
  random: DemoRandom,
  parkRows: (typeof parks.$inferSelect)[],
) {
  const tenantsByPark = new Map<number, number[]>();
  const ids: number[] = [];
  for (let i = 0; i < 80; i++) {
    const [suffix, direction, industry] = random.pick(NAME_SUFFIX);
    const park = random.pick(parkRows);
    const status = random.weighted([
      ['settled', 6],
      ['target', 3],
      ['in_contact', 1],
    ] as const);
    const [enterprise] = await tx
      .insert(enterprises)
      .values({
        // The running number keeps generated names unique and visibly not real firms' names.
        nameZh: `${random.pick(NAME_PREFIX)}${random.pick(NAME_CORE)}${random.pick(NAME_CORE)}${suffix}（演示${i + 1}）`,
        uscc: demoUscc(random, park.divisionCode ?? '350104'),
        // Registered where their park is (targets: where the park drawn for them is, a Fujian county).
        divisionCode: park.divisionCode ?? '350104',
        status,
        parkId: status === 'target' ? null : park.id,
        directionCode: direction,
        industryCode: industry,
        chainLinkCode: chainLinkOf(direction, industry),
        isMahHolder: direction === 'high_quality_medicine' && random.chance(25),
        isTaiwanFunded: random.chance(15),
        isLeading: random.chance(5),
        isBackbone: random.chance(15),
        isHighTech: random.chance(40),
        registeredCapitalWanYuan: yuan(random.int(100, 50000) * 100),
        foundedYear: random.int(1998, 2023),
        source: DEMO,
        isDemo: true,
      })
      .returning({ id: enterprises.id });
    if (status === 'settled')
      tenantsByPark.set(park.id, [...(tenantsByPark.get(park.id) ?? []), enterprise!.id]);
    let revenueWan = random.int(200, 80000);
    const metrics: (typeof enterpriseMetrics.$inferInsert)[] = [];
    for (const year of [2022, 2023, 2024]) {
      revenueWan = Math.max(50, Math.round(revenueWan * (1 + random.int(-15, 35) / 100)));
      metrics.push({
        enterpriseId: enterprise!.id,
        year,
        operatingRevenueYuan: yuan(revenueWan * 10000 * 100),
        taxYuan: yuan(Math.round(revenueWan * random.int(3, 9) * 100) * 100),
        rdSpendYuan: yuan(Math.round(revenueWan * random.int(2, 18) * 100) * 100),
        outputValueYuan: yuan(Math.round(revenueWan * random.int(90, 120) * 100) * 100),
        employees: random.int(8, 900),
        source: DEMO,
        isDemo: true,
      });
    }
    await tx.insert(enterpriseMetrics).values(metrics);
    ids.push(enterprise!.id);
  }
  await indexDocuments(tx, enterpriseSearchSource, ids);
  await insertDemoTargetsAtGaps(tx);
  return tenantsByPark;
}

/**
 * Links where the zone has no firm on the demo data (gaps of the chain map), each with a few demo targets
 * outside the zone — registered in other provinces too —, with two years of figures and some approvals and
 * funding rounds, so that a gap shows whom to approach and why. Their own random stream: the rest of the
 * demo stays as it was.
 */
const GAP_TARGETS = [
  { link: 'cro_cdmo', direction: 'high_quality_medicine', industry: 'M7340', suffix: '医药研发服务有限公司' },
  { link: 'api', direction: 'high_quality_medicine', industry: 'C271', suffix: '原料药有限公司' },
  { link: 'health_data', direction: 'internet_medicine', industry: 'I6450', suffix: '健康数据科技有限公司' },
] as const;
const GAP_TARGET_DIVISIONS = ['350102', '350203', '310115', '440305', '320506'];

async function insertDemoTargetsAtGaps(tx: Executor) {
  const random = new DemoRandom(DEMO_SEED + 1);
  const ids: number[] = [];
  for (const [g, gap] of GAP_TARGETS.entries()) {
    for (let i = 0; i < 4; i++) {
      const divisionCode = GAP_TARGET_DIVISIONS[(g + i) % GAP_TARGET_DIVISIONS.length]!;
      const [target] = await tx
        .insert(enterprises)
        .values({
          nameZh: `${random.pick(NAME_PREFIX)}${random.pick(NAME_CORE)}${gap.suffix}（演示目标${g * 4 + i + 1}）`,
          uscc: demoUscc(random, divisionCode),
          divisionCode,
          status: 'target',
          directionCode: gap.direction,
          industryCode: gap.industry,
          chainLinkCode: gap.link,
          isTaiwanFunded: i === 3,
          isHighTech: random.chance(60),
          foundedYear: random.int(2008, 2022),
          source: DEMO,
          isDemo: true,
        })
        .returning({ id: enterprises.id });
      const id = target!.id;
      const revenue2023Wan = random.int(2000, 60000);
      const growth = 1 + random.int(-5, 60) / 100;
      const rdShare = random.int(4, 20) / 100;
      await tx.insert(enterpriseMetrics).values(
        [
          // The demo's figures end in 2024, as the other demo firms' do.
          [2023, revenue2023Wan],
          [2024, Math.round(revenue2023Wan * growth)],
        ].map(([year, wan]) => ({
          enterpriseId: id,
          year: year!,
          operatingRevenueYuan: yuan(wan! * 10000 * 100),
          rdSpendYuan: yuan(Math.round(wan! * rdShare * 10000) * 100),
          employees: random.int(40, 1200),
          source: DEMO,
          isDemo: true,
        })),
      );
      const milestones: (typeof enterpriseMilestones.$inferInsert)[] = [];
      if (random.chance(50))
        milestones.push({
          enterpriseId: id,
          kind: 'approval',
          title: '产品获批上市（演示）',
          occurredOn: `2024-0${random.int(1, 9)}-15`,
          source: DEMO,
          isDemo: true,
        });
      if (random.chance(50))
        milestones.push({
          enterpriseId: id,
          kind: 'funding',
          title: 'B 轮融资（演示）',
          stage: 'B',
          quantity: yuan(random.int(5, 80) * 10_000_000 * 100),
          occurredOn: `2024-1${random.int(0, 1)}-01`,
          source: DEMO,
          isDemo: true,
        });
      if (milestones.length > 0) await tx.insert(enterpriseMilestones).values(milestones);
      ids.push(id);
    }
  }
  await indexDocuments(tx, enterpriseSearchSource, ids);
}

/**
 * The demo enterprise user speaks for a settled demo MAH holder (else any settled demo enterprise), so
 * the policy notices (免申即享) have someone to reach in a demo installation.
 */
async function linkDemoEnterpriseUser(tx: Executor, userId: number) {
  const [enterprise] = await tx
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.source, DEMO), eq(enterprises.status, 'settled')))
    .orderBy(desc(enterprises.isMahHolder), asc(enterprises.id))
    .limit(1);
  if (enterprise) await tx.insert(enterpriseMembers).values({ userId, enterpriseId: enterprise.id });
}

export async function isDemoLoaded(db: Executor): Promise<boolean> {
  const rows = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_META_KEY));
  return rows.length > 0;
}

export type DemoUser = { email: string; role: string; password: string };

/**
 * Loads the demo dataset once per database. Returns the demo users' one-time passwords, or null when
 * the dataset was already loaded (deleting demo rows later does not bring them back).
 */
export async function loadDemoData(db: Executor): Promise<DemoUser[] | null> {
  if (await isDemoLoaded(db)) return null;
  const random = new DemoRandom(DEMO_SEED);
  const parkRows = await db
    .select()
    .from(parks)
    .where(inArray(parks.kind, ['park', 'centre']));
  parkRows.sort((a, b) => a.code.localeCompare(b.code));
  const demoUsers: DemoUser[] = [];

  await db.transaction(async (tx) => {
    const tenantsByPark = await insertDemoEnterprises(tx, random, parkRows);
    for (const park of parkRows) {
      const tenants = tenantsByPark.get(park.id) ?? [];
      const buildingCount = park.kind === 'park' ? random.int(2, 4) : 1;
      for (let b = 1; b <= buildingCount; b++) {
        const floors = random.int(3, 8);
        const [building] = await tx
          .insert(buildings)
          .values({
            parkId: park.id,
            code: `${b}#`,
            nameZh: `${b}号楼`,
            floors,
            completionYear: random.int(2012, 2023),
            isDemo: true,
          })
          .returning({ id: buildings.id });
        const rows: (typeof units.$inferInsert)[] = [];
        for (let floor = 1; floor <= floors; floor++) {
          const perFloor = random.int(1, 3);
          for (let n = 1; n <= perFloor; n++) {
            rows.push(demoUnit(random, building!.id, floor, n, tenants));
          }
        }
        const inserted = await tx
          .insert(units)
          .values(rows)
          .returning({ id: units.id, status: units.status, areaM2: units.areaM2 });
        await tx
          .insert(unitStatusHistory)
          .values(
            inserted.map((u) => ({ unitId: u.id, fromStatus: null, toStatus: u.status, areaM2: u.areaM2 })),
          );
      }
    }

    const ruike = parkRows.find((p) => p.code === 'ruike');
    const people = [
      {
        email: 'officer@demo.medzone.local',
        displayName: '演示招商专员',
        role: 'officer' as const,
        parkIds: [],
      },
      {
        email: 'ruike.manager@demo.medzone.local',
        displayName: '演示园区负责人（瑞科）',
        role: 'park_manager' as const,
        parkIds: ruike ? [ruike.id] : [],
      },
      {
        email: 'enterprise@demo.medzone.local',
        displayName: '演示企业用户',
        role: 'enterprise' as const,
        parkIds: [],
      },
    ];
    // Two investment divisions, so the figures by unit have something to show (demo, not the zone's chart).
    await tx.insert(orgUnits).values([
      {
        code: 'demo_division_1',
        nameZh: '招商一处',
        nameEn: 'Investment Division 1',
        position: 1,
        isDemo: true,
      },
      {
        code: 'demo_division_2',
        nameZh: '招商二处',
        nameEn: 'Investment Division 2',
        position: 2,
        isDemo: true,
      },
    ]);
    for (const person of people) {
      if (person.role === 'park_manager' && person.parkIds.length === 0) continue;
      const created = await createUser(tx, person, 'system', { isDemo: true, mustChangePassword: true });
      demoUsers.push({ email: person.email, role: person.role, password: created.generatedPassword! });
      if (person.role === 'officer') {
        await tx
          .update(users)
          .set({ orgUnitCode: 'demo_division_1' })
          .where(eq(users.id, created.principal.userId));
      }
      if (person.role === 'enterprise') await linkDemoEnterpriseUser(tx, created.principal.userId);
    }
    await tx
      .insert(appMeta)
      .values({ key: DEMO_META_KEY, value: { seed: DEMO_SEED, at: new Date().toISOString() } });
  });
  return demoUsers;
}
