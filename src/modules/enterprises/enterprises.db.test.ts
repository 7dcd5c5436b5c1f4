import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { rolledBack, testDatabase, unique } from '../../../tests/support/test-database.js';
import type { Executor } from '../../core/db/db.js';
import { indexDocuments, searchDocuments } from '../../core/search/index.js';
import { generateEnterprises } from '../../data/generate/index.js';
import { SEED_PORTAL } from '../../data/sources.js';
import { parks } from '../space/tables.js';
import { enterpriseDocument, enterpriseSearchSource } from './search-source.js';
import { enterpriseMetrics, enterprises } from './tables.js';

let app: FastifyInstance;
let officer: Client;
let ruike: { id: number; nameZh: string };

type Status = 'target' | 'in_contact' | 'settled' | 'left';
type EnterprisePage = {
  id: number;
  nameZh: string;
  status: Status;
  park: { id: number; nameZh: string } | null;
  direction: { code: string; nameZh: string } | null;
  industry: { code: string; nameZh: string } | null;
  chainLink: { code: string; nameZh: string } | null;
  flags: Record<string, boolean>;
  uscc: string | null;
  taiwanUbn: string | null;
  metrics: { year: number; operatingRevenueWan: string | null; source: string; isDemo: boolean } | null;
};

/** A firm of the given status, settled ones in Ruike, with a credit code and two years of figures. */
async function enterprise(status: Status, db?: Executor) {
  const executor = db ?? (await testDatabase()).db;
  const [row] = await executor
    .insert(enterprises)
    .values({
      nameZh: unique('测试生物医药有限公司'),
      nameEn: 'Test Biomedicine Co., Ltd.',
      status,
      parkId: status === 'target' ? null : ruike.id,
      directionCode: 'high_quality_medicine',
      industryCode: 'C272',
      chainLinkCode: 'generics',
      isMahHolder: true,
      isTaiwanFunded: true,
      isHighTech: true,
      registeredCapitalWanYuan: '5000.00',
      foundedYear: 2016,
      uscc: null,
      taiwanUbn: '04595257',
      source: 'test',
    })
    .returning({ id: enterprises.id, nameZh: enterprises.nameZh });
  await executor.insert(enterpriseMetrics).values([
    // Flagged demo like the rest of the test's figures: the demo test finds no unflagged metrics.
    {
      enterpriseId: row!.id,
      year: 2023,
      operatingRevenueYuan: '100000000.00',
      source: 'test 2023',
      isDemo: true,
    },
    {
      enterpriseId: row!.id,
      year: 2024,
      operatingRevenueYuan: '123456789.00',
      taxYuan: '5000000.00',
      employees: 120,
      source: 'test 2024',
      isDemo: true,
    },
  ]);
  await indexDocuments(executor, enterpriseSearchSource, [row!.id]);
  return row!;
}

async function searchDocument(id: number) {
  const { db } = await testDatabase();
  const [doc] = await db
    .select()
    .from(searchDocuments)
    .where(and(eq(searchDocuments.type, 'enterprise'), eq(searchDocuments.entityId, id)));
  return doc;
}

beforeAll(async () => {
  app = await testApp();
  officer = await signedInClient('officer');
  const { db } = await testDatabase();
  const [park] = await db
    .select({ id: parks.id, nameZh: parks.nameZh })
    .from(parks)
    .where(eq(parks.code, 'ruike'));
  ruike = park!;
});

describe('GET /api/enterprises/:id', () => {
  it('shows a settled firm to anyone: park, labels, flags, capital and the latest year’s figures in 万元', async () => {
    const settled = await enterprise('settled');
    const res = await app.inject({ url: `/api/enterprises/${settled.id}` });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as EnterprisePage;
    expect(page).toMatchObject({
      nameZh: settled.nameZh,
      status: 'settled',
      park: { id: ruike.id, nameZh: '瑞科医药健康产业园' },
      direction: { code: 'high_quality_medicine', nameZh: '高品质医药' },
      industry: { code: 'C272' },
      chainLink: { code: 'generics' },
      flags: { mahHolder: true, taiwanFunded: true, leading: false, backbone: false, highTech: true },
      foundedYear: 2016,
      registeredCapitalWan: '5000.00',
      metrics: {
        year: 2024,
        operatingRevenueWan: '12345.68',
        taxWan: '500.00',
        rdSpendWan: null,
        employees: 120,
        source: 'test 2024',
        isDemo: true,
      },
    });
    // Credit codes are the staff's: the public page has none.
    expect(page.taiwanUbn).toBeNull();
    expect(page.uscc).toBeNull();
    const staff = (await officer.request({ url: `/api/enterprises/${settled.id}` })).json() as EnterprisePage;
    expect(staff.taiwanUbn).toBe('04595257');
  });

  it('answers 404, not 403, for a target or a firm in talks to anyone but admins and officers', async () => {
    const target = await enterprise('target');
    const talks = await enterprise('in_contact');
    const left = await enterprise('left');
    const parkManager = await signedInClient('park_manager', [ruike.id]);
    const member = await signedInClient('enterprise');
    const admin = await signedInClient('admin');
    for (const id of [target.id, talks.id]) {
      const anonymous = await app.inject({ url: `/api/enterprises/${id}` });
      expect(anonymous.statusCode).toBe(404);
      expect((anonymous.json() as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      // The same answer as for no enterprise at all: existence does not leak.
      expect(anonymous.body).toBe((await app.inject({ url: '/api/enterprises/999999999' })).body);
      expect((await parkManager.request({ url: `/api/enterprises/${id}` })).statusCode).toBe(404);
      expect((await member.request({ url: `/api/enterprises/${id}` })).statusCode).toBe(404);
      expect((await officer.request({ url: `/api/enterprises/${id}` })).statusCode).toBe(200);
      expect((await admin.request({ url: `/api/enterprises/${id}` })).statusCode).toBe(200);
    }
    expect((await app.inject({ url: `/api/enterprises/${left.id}` })).statusCode).toBe(200);
  });
});

describe('enterprise search documents', () => {
  it('names a settled firm by its park for everyone, a target by its status for staff only', async () => {
    const settled = await enterprise('settled');
    const target = await enterprise('target');
    const talks = await enterprise('in_contact');
    expect(await searchDocument(settled.id)).toMatchObject({
      title: settled.nameZh,
      subtitle: '瑞科医药健康产业园',
      url: `/enterprises/${settled.id}`,
      audience: 'public',
      excerpt: '',
    });
    expect(await searchDocument(target.id)).toMatchObject({ subtitle: '目标企业', audience: 'staff' });
    expect(await searchDocument(talks.id)).toMatchObject({
      subtitle: '洽谈中企业 · 瑞科医药健康产业园',
      audience: 'staff',
    });

    // A status change is a re-index away: the firm that settles becomes public, one that is deleted goes.
    const { db } = await testDatabase();
    await db.update(enterprises).set({ status: 'settled' }).where(eq(enterprises.id, talks.id));
    await db.delete(enterprises).where(eq(enterprises.id, target.id));
    await indexDocuments(db, enterpriseSearchSource, [talks.id, target.id]);
    expect(await searchDocument(talks.id)).toMatchObject({
      subtitle: '瑞科医药健康产业园',
      audience: 'public',
    });
    expect(await searchDocument(target.id)).toBeUndefined();
  });

  it('tags a firm with its English name, labels and flags; its codes only in a staff document', () => {
    const row = {
      id: 1,
      nameZh: '福州瑞康医药有限公司',
      nameEn: 'Fuzhou Ruikang',
      status: 'left',
      uscc: '91350104MA2XXXXXX0',
      taiwanUbn: null,
      park: null,
      direction: '高品质医药',
      industry: '化学药品制剂制造',
      chainLink: '仿制药',
      isMahHolder: true,
      isTaiwanFunded: false,
      isLeading: true,
      isBackbone: false,
      isHighTech: true,
    } as const;
    const doc = enterpriseDocument(row);
    expect(doc).toMatchObject({ subtitle: '已迁出企业', audience: 'public', body: '' });
    expect(doc.tags).toEqual([
      'Fuzhou Ruikang',
      '高品质医药',
      '化学药品制剂制造',
      '仿制药',
      '药品上市许可持有人',
      '龙头企业',
      '高新技术企业',
    ]);
    const target = enterpriseDocument({ ...row, status: 'target' });
    expect(target.audience).toBe('staff');
    expect(target.tags).toContain('91350104MA2XXXXXX0');
  });

  it('indexes the documents’ enterprises on loading, and a generated batch in one set-based load', async () => {
    const { db } = await testDatabase();
    const [anbrui] = await db.select().from(enterprises).where(eq(enterprises.nameZh, '安布瑞'));
    expect(anbrui?.source).toBe(SEED_PORTAL);
    expect(await searchDocument(anbrui!.id)).toMatchObject({
      subtitle: '瑞科医药健康产业园',
      audience: 'public',
    });

    // Generated in a transaction rolled back afterwards: other tests count the generated firms.
    let indexed: { entityId: number; audience: string; title: string }[] = [];
    let generated: { id: number; status: string; nameZh: string }[] = [];
    await rolledBack(async (tx) => {
      const before = new Set((await tx.select({ id: enterprises.id }).from(enterprises)).map((r) => r.id));
      await generateEnterprises(tx, { count: 1_200, seed: 616_161 });
      generated = (
        await tx
          .select({ id: enterprises.id, status: enterprises.status, nameZh: enterprises.nameZh })
          .from(enterprises)
      ).filter((r) => !before.has(r.id));
      // More ids than one load takes: the indexer splits them, each chunk one query.
      await indexDocuments(
        tx,
        enterpriseSearchSource,
        generated.map((g) => g.id),
      );
      indexed = await tx
        .select({
          entityId: searchDocuments.entityId,
          audience: searchDocuments.audience,
          title: searchDocuments.title,
        })
        .from(searchDocuments)
        .where(
          and(
            eq(searchDocuments.type, 'enterprise'),
            inArray(
              searchDocuments.entityId,
              generated.map((g) => g.id),
            ),
          ),
        );
    });
    expect(generated).toHaveLength(1_200);
    const byId = new Map(indexed.map((d) => [d.entityId, d]));
    for (const g of generated) {
      expect(byId.get(g.id)?.title).toBe(g.nameZh);
      expect(byId.get(g.id)?.audience, `${g.id} ${g.status}`).toBe(
        g.status === 'settled' || g.status === 'left' ? 'public' : 'staff',
      );
    }
  });
});
