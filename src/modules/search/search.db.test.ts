import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, nextAddress, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { searchDocuments } from '../../core/search/index.js';
import { parks } from '../space/tables.js';
import { forgetFrequentLexemes, frequentLexemes } from './frequent-lexemes.js';
import { reindexAll } from './reindex.js';
import type { SearchResponse } from './schema.js';

let app: FastifyInstance;
let admin: Client;
let officer: Client;

beforeAll(async () => {
  app = await testApp();
  admin = await signedInClient('admin');
  officer = await signedInClient('officer');
});

async function searchAs(client: Client | null, params: Record<string, string | number>) {
  const url = `/api/search?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
  const res = client ? await client.request({ url }) : await app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SearchResponse;
}

const titles = (r: SearchResponse) => r.items.map((i) => i.title);
const facet = (r: SearchResponse, type: string) => r.facets.find((f) => f.type === type)?.count ?? 0;

async function parkIdOf(code: string) {
  const { db } = await testDatabase();
  const [row] = await db.select({ id: parks.id }).from(parks).where(eq(parks.code, code));
  return row!.id;
}

describe('GET /api/search', () => {
  it('finds 瑞科医药健康产业园 by a traditional query (醫藥) and by part of its name (瑞科)', async () => {
    const traditional = await searchAs(null, { q: '醫藥', type: 'park', limit: 50 });
    expect(traditional.terms).toEqual(['医药']);
    expect(titles(traditional)).toContain('瑞科医药健康产业园');
    expect(traditional.total).toBe(facet(traditional, 'park'));
    const hit = traditional.items.find((i) => i.title === '瑞科医药健康产业园')!;
    expect(hit.titlePieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['医药']);
    expect(hit.url).toMatch(/^\/parks\/\d+$/);

    const partial = await searchAs(null, { q: '瑞科' });
    expect(partial.mode).toBe('words');
    expect(titles(partial)[0]).toBe('瑞科医药健康产业园');
  });

  it('gives the same answers once statistics name the frequent lexemes (the index is asked the rest)', async () => {
    const queries = ['瑞科医药健康产业园', '金山医药', '瑞可医药健康产业园', '药品上市许可持有人'];
    const before = await Promise.all(queries.map((q) => searchAs(null, { q })));
    const { db } = await testDatabase();
    await db.execute(sql`ANALYZE search_documents`);
    forgetFrequentLexemes(app.db);
    expect((await frequentLexemes(app.db)).size).toBeGreaterThan(0);
    const after = await Promise.all(queries.map((q) => searchAs(null, { q })));
    expect(after.map(titles)).toEqual(before.map(titles));
    expect(after.map((r) => r.facets)).toEqual(before.map((r) => r.facets));
    expect(titles(after[0]!)[0]).toBe('瑞科医药健康产业园');
  });

  it('ranks 金山医药产业园 first for 金山医药', async () => {
    const result = await searchAs(null, { q: '金山医药' });
    expect(titles(result)[0]).toBe('金山医药产业园');
  });

  it('folds full-width and case (ＧＭＰ ≡ gmp) and keeps Latin and number tokens', async () => {
    const result = await searchAs(null, { q: '药品上市许可持有人 ＭＡＨ' });
    expect(result.terms).toContain('mah');
    expect(titles(result)).toContain('扶持药品上市许可持有人发展若干措施');
  });

  it('answers a typo with names one character away (mode similar)', async () => {
    const result = await searchAs(null, { q: '瑞可医药健康产业园' });
    expect(result.mode).toBe('similar');
    expect(titles(result)[0]).toBe('瑞科医药健康产业园');
  });

  it('never shows a lead to the public, not even in the counts; staff find it by its company', async () => {
    const company = unique('闽台搜索测试生物科技有限公司');
    const submitted = await app.inject({
      method: 'POST',
      url: '/api/leads',
      remoteAddress: nextAddress(),
      payload: {
        companyName: company,
        contactName: '陈先生',
        phone: '133 9121 9793',
        direction: 'high_quality_medicine',
        needs: '需要 GMP C 级洁净车间',
        preferredZone: 'fuzhou-imcez',
        consent: true,
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);

    const anonymous = await searchAs(null, { q: company });
    expect(anonymous.items.filter((i) => i.type === 'lead')).toEqual([]);
    expect(facet(anonymous, 'lead')).toBe(0);
    const asLeadType = await searchAs(null, { q: company, type: 'lead' });
    expect(asLeadType.total).toBe(0);
    expect(asLeadType.items).toEqual([]);

    const staff = await searchAs(officer, { q: company });
    expect(staff.items[0]).toMatchObject({ type: 'lead', title: company });
    expect(facet(staff, 'lead')).toBe(1);
    // The contact person is personal data: not in the index, so not findable.
    const byContact = await searchAs(officer, { q: `${company} 陈先生` });
    expect(byContact.items.filter((i) => i.type === 'lead')).toEqual([]);
  });

  it('finds a park under its new name, a new unit and a draft policy (staff only) right after the write', async () => {
    const park = await parkIdOf('caimao');
    const before = (await app.inject({ url: `/api/parks/${park}` })).json() as {
      descriptionZh: string | null;
    };
    const word = unique('搜索测试园区描述');
    const patched = await admin.request({
      method: 'PATCH',
      url: `/api/parks/${park}`,
      payload: { descriptionZh: `${before.descriptionZh ?? ''}${word}` },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(titles(await searchAs(null, { q: word }))).toEqual(['财茂生物医药科技园']);

    const building = await admin.request({
      method: 'POST',
      url: `/api/parks/${park}/buildings`,
      payload: { code: unique('S'), nameZh: unique('搜索测试楼'), floors: 3 },
    });
    expect(building.statusCode, building.body).toBe(201);
    const buildingRow = building.json() as { id: number; nameZh: string };
    const unitCode = unique('U');
    const unit = await admin.request({
      method: 'POST',
      url: `/api/buildings/${buildingRow.id}/units`,
      payload: {
        code: unitCode,
        areaM2: 1000,
        use: 'gmp_production',
        cleanroomGrade: 'iso_7',
        dealType: 'lease',
      },
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const units = await searchAs(null, { q: `${buildingRow.nameZh} ISO 7 1000m²`, type: 'unit' });
    expect(units.items.map((i) => i.title)).toEqual([`${buildingRow.nameZh} ${unitCode}`]);

    const title = unique('搜索测试政策');
    const created = await admin.request({
      method: 'POST',
      url: '/api/policies',
      payload: {
        code: unique('search-test').toLowerCase(),
        titleZh: title,
        titleEn: 'Search test policy',
        issuerZh: '测试',
        issuerEn: 'Test',
        level: 'municipal',
        rule: { attr: 'direction', op: 'eq', value: 'specialty_medical_devices' },
        source: 'test',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const policyId = (created.json() as { id: number }).id;
    expect((await searchAs(null, { q: title })).items).toEqual([]);
    expect(titles(await searchAs(admin, { q: title }))).toEqual([title]);

    const published = await admin.request({
      method: 'PUT',
      url: `/api/policies/${policyId}/status`,
      payload: { status: 'published' },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(titles(await searchAs(null, { q: title }))).toEqual([title]);
  });

  it('answers a query of punctuation only with nothing, and a malformed request with 400 per field', async () => {
    const nothing = await searchAs(null, { q: '，。！' });
    expect(nothing).toMatchObject({ total: 0, items: [], facets: [] });
    const bad = await app.inject({ url: '/api/search?q=&type=castle&limit=500' });
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['q', 'type', 'limit']));
  });
});

describe('reindexAll', () => {
  it('rebuilds the documents it finds and drops those whose entity is gone', async () => {
    const { db } = await testDatabase();
    const ghost = 2_000_000_000;
    await db.insert(searchDocuments).values({
      type: 'park',
      entityId: ghost,
      title: '幽灵园区',
      url: '/parks/0',
      audience: 'public',
      nameKey: '幽灵园区',
      document: "'幽灵':1A",
    });
    const seen = new Set<string>();
    const { documents } = await reindexAll(db, {
      types: ['park', 'policy'],
      onProgress: ({ type }) => seen.add(type),
    });
    expect(documents).toBeGreaterThan(10);
    expect([...seen].sort()).toEqual(['park', 'policy']);
    const left = await db.select().from(searchDocuments).where(eq(searchDocuments.entityId, ghost));
    expect(left).toEqual([]);
    expect(titles(await searchAs(null, { q: '瑞科' }))[0]).toBe('瑞科医药健康产业园');
  });
});
