import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { createTestPark } from '../../../tests/support/test-park.js';
import { auditLog } from '../../core/audit/tables.js';
import { loadReferenceData } from '../../data/load-reference.js';
import { chainLinkRefs } from '../../data/reference.js';
import { MEDZONE_TAXONOMY } from '../../data/sources.js';
import { enterpriseMetrics, enterprises } from '../enterprises/tables.js';
import { EDITED_TAXONOMY, type GAP_RULE } from './chain.js';
import { chainLinks } from './tables.js';

type Link = {
  code: string;
  settled: number;
  withRevenue: number;
  revenue: { year: number; yuan: string } | null;
  level: string;
  gap: boolean;
  nameEn: string;
  directionCodes: string[];
  industryPrefixes: string[];
  source: string;
};

let app: FastifyInstance;
let admin: Client;
let officer: Client;

/** A settled enterprise in the park at the link, with a revenue (yuan) for 2025 when given. */
async function settledAt(parkId: number, link: string, revenueYuan?: string) {
  const { db } = await testDatabase();
  const [e] = await db
    .insert(enterprises)
    .values({ nameZh: unique('链上企业'), status: 'settled', parkId, chainLinkCode: link, source: 'test' })
    .returning({ id: enterprises.id });
  if (revenueYuan !== undefined)
    await db.insert(enterpriseMetrics).values([
      { enterpriseId: e!.id, year: 2024, operatingRevenueYuan: '1.00', source: 'test' },
      { enterpriseId: e!.id, year: 2025, operatingRevenueYuan: revenueYuan, source: 'test' },
    ]);
}

beforeAll(async () => {
  app = await testApp();
  [admin, officer] = await Promise.all([signedInClient('admin'), signedInClient('officer')]);
});

describe('GET /api/chain (strength and gaps)', () => {
  it('marks a link a gap with fewer than 3 settled enterprises or none with revenue, and sums the latest year', async () => {
    const park = await createTestPark('chain');
    for (const yuan of ['1000000.00', '2000000.00', '3000000.50']) await settledAt(park.id, 'api', yuan);
    for (let i = 0; i < 3; i++) await settledAt(park.id, 'reagents');
    for (let i = 0; i < 2; i++) await settledAt(park.id, 'tcm', '5000000.00');

    const res = await officer.request({ url: `/api/chain?parkId=${park.id}` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Link[]; gapRule: typeof GAP_RULE };
    expect(body.gapRule).toEqual({ minSettled: 3, minWithRevenue: 1 });
    const by = new Map(body.items.map((l) => [l.code, l]));
    // Upstream to downstream in the taxonomy's order (other tests' own links may sit among them).
    const refCodes = new Set(chainLinkRefs.map((l) => l.code));
    expect(body.items.map((l) => l.code).filter((c) => refCodes.has(c))).toEqual(
      chainLinkRefs.map((l) => l.code),
    );
    expect(by.get('api')).toMatchObject({
      settled: 3,
      withRevenue: 3,
      revenue: { year: 2025, yuan: '6000000.50' },
      level: 'weak',
      gap: false,
    });
    // Three firms, none earning: still a gap.
    expect(by.get('reagents')).toMatchObject({ settled: 3, withRevenue: 0, revenue: null, gap: true });
    // Two earning firms: fewer than three.
    expect(by.get('tcm')).toMatchObject({ settled: 2, withRevenue: 2, level: 'gap', gap: true });
    expect(by.get('excipients')).toMatchObject({ settled: 0, gap: true });
  });

  it('is for staff who look after parks, not for enterprises or the public', async () => {
    const enterprise = await signedInClient('enterprise');
    expect((await enterprise.request({ url: '/api/chain' })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/chain' })).statusCode).toBe(401);
  });
});

describe('PATCH /api/chain/links/:code', () => {
  it('lets an admin edit names, codes and directions, audited, and keeps the edit when reference data reloads', async () => {
    const { db } = await testDatabase();
    const [before] = await db.select().from(chainLinks).where(eq(chainLinks.code, 'health_data'));
    try {
      const res = await admin.request({
        method: 'PATCH',
        url: '/api/chain/links/health_data',
        payload: {
          nameEn: 'Health and medical data',
          industryPrefixes: ['I6450', 'I64'],
          directionCodes: ['internet_medicine', 'specialty_medical_devices'],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        nameEn: 'Health and medical data',
        industryPrefixes: ['I6450', 'I64'],
        directionCodes: ['internet_medicine', 'specialty_medical_devices'],
        source: EDITED_TAXONOMY,
      });
      const audits = await db.select().from(auditLog).where(eq(auditLog.action, 'chain_link.update'));
      expect(audits.some((a) => a.entityId === 'health_data')).toBe(true);

      await loadReferenceData(db);
      const [after] = await db.select().from(chainLinks).where(eq(chainLinks.code, 'health_data'));
      expect(after!.nameEn).toBe('Health and medical data');
    } finally {
      await db
        .update(chainLinks)
        .set({ ...before!, source: MEDZONE_TAXONOMY })
        .where(eq(chainLinks.code, 'health_data'));
    }
  });

  it('refuses unknown industry codes and directions field by field, and anyone but an admin', async () => {
    const res = await admin.request({
      method: 'PATCH',
      url: '/api/chain/links/equipment',
      payload: { industryPrefixes: ['C3544', 'X9999'], directionCodes: ['nowhere'] },
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    expect(fields).toEqual(['industryPrefixes.1', 'directionCodes.0']);
    const denied = await officer.request({
      method: 'PATCH',
      url: '/api/chain/links/equipment',
      payload: { nameZh: '设备' },
    });
    expect(denied.statusCode).toBe(403);
    expect(
      (await admin.request({ method: 'PATCH', url: '/api/chain/links/nope', payload: {} })).statusCode,
    ).toBe(404);
  });
});
