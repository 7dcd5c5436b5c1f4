import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, multipartBody, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { auditLog } from '../../core/audit/tables.js';
import { enterprises } from '../enterprises/tables.js';
import { getImportJob, importJobErrorPage } from '../space-io/index.js';
import { parks, unitStatusHistory } from './tables.js';

let app: FastifyInstance;
let admin: Client;
let managerA: Client;
let parkA: number;
let parkB: number;
let buildingB: number;
let unitB: number;
let tenantId: number;

async function parkId(code: string) {
  const { db } = await testDatabase();
  const [row] = await db.select({ id: parks.id }).from(parks).where(eq(parks.code, code));
  return row!.id;
}

async function newBuilding(client: Client, park: number) {
  const res = await client.request({
    method: 'POST',
    url: `/api/parks/${park}/buildings`,
    payload: { code: unique('B'), nameZh: '测试楼', floors: 5, completionYear: 2020 },
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: number }).id;
}

async function newUnit(client: Client, building: number, extra: Record<string, unknown> = {}) {
  const res = await client.request({
    method: 'POST',
    url: `/api/buildings/${building}/units`,
    payload: {
      code: unique('U'),
      floor: 2,
      areaM2: 800,
      use: 'gmp_production',
      cleanroomGrade: 'gmp_c',
      dealType: 'lease',
      rentYuanPerM2Month: '45.50',
      ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; status: string; areaM2: string; rentYuanPerM2Month: string };
}

beforeAll(async () => {
  app = await testApp();
  parkA = await parkId('ruike');
  parkB = await parkId('jinshan');
  admin = await signedInClient('admin');
  managerA = await signedInClient('park_manager', [parkA]);
  buildingB = await newBuilding(admin, parkB);
  unitB = (await newUnit(admin, buildingB)).id;
  const { db } = await testDatabase();
  const [tenant] = await db
    .insert(enterprises)
    .values({ nameZh: unique('测试承租企业'), status: 'settled', parkId: parkB, source: 'test' })
    .returning({ id: enterprises.id });
  tenantId = tenant!.id;
});

/**
 * Every write route of the space module, aimed at park B's records. A route added without a row here
 * fails the coverage test below, so the scope check cannot be forgotten for it.
 */
function writesToParkB(): Record<string, InjectOptions> {
  return {
    'PATCH /api/parks/:id': {
      method: 'PATCH',
      url: `/api/parks/${parkB}`,
      payload: { address: '别人的园区' },
    },
    'POST /api/parks/:id/buildings': {
      method: 'POST',
      url: `/api/parks/${parkB}/buildings`,
      payload: { code: unique('X'), nameZh: 'x', floors: 1 },
    },
    'PATCH /api/buildings/:id': {
      method: 'PATCH',
      url: `/api/buildings/${buildingB}`,
      payload: { nameZh: 'x' },
    },
    'DELETE /api/buildings/:id': { method: 'DELETE', url: `/api/buildings/${buildingB}` },
    'POST /api/buildings/:id/units': {
      method: 'POST',
      url: `/api/buildings/${buildingB}/units`,
      payload: { code: unique('X'), areaM2: 10, use: 'office', dealType: 'lease' },
    },
    'PATCH /api/units/:id': { method: 'PATCH', url: `/api/units/${unitB}`, payload: { status: 'reserved' } },
    'DELETE /api/units/:id': { method: 'DELETE', url: `/api/units/${unitB}` },
  };
}

/**
 * Imports are writes too, but a file may name several parks: they answer 202 and reject, row by row,
 * every row of a park the caller may not change (nothing of it is written).
 */
async function importsOfParkB(): Promise<Record<string, InjectOptions>> {
  const [park] = await (await testDatabase()).db.select().from(parks).where(eq(parks.id, parkB));
  const units = multipartBody(
    `园区编码,楼栋编码,单元编码,面积(m²),用途,租售方式\n${park!.code},${unique('B')},101,50,办公,出租\n`,
    'units.csv',
  );
  const parkDetails = multipartBody(`园区编码,地址\n${park!.code},别人的园区\n`, 'parks.csv');
  return {
    'POST /api/imports/units': { method: 'POST', url: '/api/imports/units', ...(await units) },
    'POST /api/imports/parks': { method: 'POST', url: '/api/imports/parks', ...(await parkDetails) },
  };
}

const SPACE_WRITE_PREFIXES = ['/api/parks', '/api/buildings', '/api/units', '/api/imports'];

describe('park scope on every write route', () => {
  it('covers every space write route the app registers', async () => {
    const writes = app.registeredRoutes
      .filter((r) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method))
      .filter((r) => SPACE_WRITE_PREFIXES.some((p) => r.url.startsWith(p)))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(writes).toEqual([...Object.keys(writesToParkB()), ...Object.keys(await importsOfParkB())].sort());
  });

  it.each(['POST /api/imports/units', 'POST /api/imports/parks'])(
    '%s: a park manager of park A has every row of park B rejected, nothing written',
    async (route) => {
      // One body: its multipart boundary and its content-type header must match.
      const request = (await importsOfParkB())[route]!;
      const res = await managerA.request({
        ...request,
        headers: { ...request.headers, 'accept-language': 'en' },
      });
      expect(res.statusCode, res.body).toBe(202);
      const { id } = res.json() as { id: number };
      const { db } = await testDatabase();
      let job = await getImportJob(db, id);
      while (job && job.status !== 'done' && job.status !== 'failed') {
        await new Promise((r) => setTimeout(r, 50));
        job = await getImportJob(db, id);
      }
      expect(job).toMatchObject({ status: 'done', rowsRead: 1, rowsRejected: 1, created: 0, updated: 0 });
      const errors = await importJobErrorPage(db, id, 10, 0);
      expect(errors.items.map((e) => e.messageEn)).toEqual(['You may not change this park']);
    },
  );

  it.each(['POST /api/imports/units', 'POST /api/imports/parks'])(
    '%s: anonymous 401, enterprise 403',
    async (route) => {
      expect((await app.inject((await importsOfParkB())[route]!)).statusCode).toBe(401);
      const enterprise = await signedInClient('enterprise');
      expect((await enterprise.request((await importsOfParkB())[route]!)).statusCode).toBe(403);
    },
  );

  it.each(Object.keys(writesToParkB()))('%s: a park manager of park A gets 403 for park B', async (route) => {
    const res = await managerA.request(writesToParkB()[route]!);
    expect(res.statusCode, res.body).toBe(403);
    expect((res.json() as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });

  it.each(Object.keys(writesToParkB()))('%s: an anonymous caller gets 401', async (route) => {
    const res = await app.inject(writesToParkB()[route]!);
    expect(res.statusCode).toBe(401);
  });

  it.each(Object.keys(writesToParkB()))('%s: an enterprise user gets 403', async (route) => {
    const enterprise = await signedInClient('enterprise');
    expect((await enterprise.request(writesToParkB()[route]!)).statusCode).toBe(403);
  });

  it('leaves park B untouched after all those attempts', async () => {
    const park = (await app.inject({ url: `/api/parks/${parkB}` })).json() as {
      address: string | null;
      buildings: { id: number; units: { id: number; status: string }[] }[];
    };
    expect(park.address).not.toBe('别人的园区');
    const unit = park.buildings.find((b) => b.id === buildingB)?.units.find((u) => u.id === unitB);
    expect(unit?.status).toBe('available');
  });
});

describe('a park manager on their own park', () => {
  it('adds a building and a unit, changes status and price, with audit and status history', async () => {
    const building = await newBuilding(managerA, parkA);
    const unit = await newUnit(managerA, building);
    expect(unit).toMatchObject({ status: 'available', areaM2: '800.00', rentYuanPerM2Month: '45.50' });

    const res = await managerA.request({
      method: 'PATCH',
      url: `/api/units/${unit.id}`,
      payload: { status: 'reserved', rentYuanPerM2Month: 39 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'reserved', rentYuanPerM2Month: '39.00' });

    const { db } = await testDatabase();
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'unit'),
          eq(auditLog.entityId, String(unit.id)),
          eq(auditLog.action, 'unit.update'),
        ),
      )
      .orderBy(desc(auditLog.id));
    expect(entry!.actorUserId).toBe(managerA.userId);
    expect(entry!.before).toMatchObject({ status: 'available', rentYuanPerM2Month: '45.50' });
    expect(entry!.after).toMatchObject({ status: 'reserved', rentYuanPerM2Month: '39.00' });

    const history = await db.select().from(unitStatusHistory).where(eq(unitStatusHistory.unitId, unit.id));
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'available'],
      ['available', 'reserved'],
    ]);

    const park = (await app.inject({ url: `/api/parks/${parkA}` })).json() as {
      updatedBy: { id: number } | null;
    };
    expect(park.updatedBy?.id).toBe(managerA.userId);
  });

  it('updates park details with a normalised contact phone', async () => {
    const res = await managerA.request({
      method: 'PATCH',
      url: `/api/parks/${parkA}`,
      payload: {
        contactPhone: '０５９１-８７６５ ４３２１',
        facilities: ['GMP 车间', '危化品仓库'],
        contactName: '李经理',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      contact: { phone: '+8659187654321', name: '李经理' },
      facilities: ['GMP 车间', '危化品仓库'],
    });
    const bad = await managerA.request({
      method: 'PATCH',
      url: `/api/parks/${parkA}`,
      payload: { contactPhone: '12345' },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe(
      'contactPhone',
    );
  });
});

describe('inventory invariants', () => {
  it('refuses a leased unit without a tenant, with a field message', async () => {
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/units/${unitB}`,
      payload: { status: 'leased' },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json() as { error: { fields: { path: string; message: string }[] } }).error.fields;
    expect(fields).toEqual([{ path: 'tenantEnterpriseId', message: '已租单元必须指定承租企业' }]);
  });

  it('accepts a lease with an existing tenant, refuses an unknown one, and clears the tenant when the unit is freed', async () => {
    const unknownTenant = await admin.request({
      method: 'PATCH',
      url: `/api/units/${unitB}`,
      payload: { status: 'leased', tenantEnterpriseId: 99999999 },
    });
    expect(unknownTenant.statusCode).toBe(400);
    const leased = await admin.request({
      method: 'PATCH',
      url: `/api/units/${unitB}`,
      payload: { status: 'leased', tenantEnterpriseId: tenantId },
    });
    expect(leased.statusCode, leased.body).toBe(200);
    expect((leased.json() as { tenant: { id: number } }).tenant.id).toBe(tenantId);
    const freed = await admin.request({
      method: 'PATCH',
      url: `/api/units/${unitB}`,
      payload: { status: 'available' },
    });
    expect(freed.json()).toMatchObject({ status: 'available', tenant: null });
  });

  it('refuses negative or zero areas, unknown fields and a duplicate code in the same building', async () => {
    for (const areaM2 of [-5, 0, '1e5', 'abc']) {
      const res = await admin.request({ method: 'PATCH', url: `/api/units/${unitB}`, payload: { areaM2 } });
      expect(res.statusCode, String(areaM2)).toBe(400);
      expect((res.json() as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe('areaM2');
    }
    const extra = await admin.request({
      method: 'PATCH',
      url: `/api/units/${unitB}`,
      payload: { buildingId: 1 },
    });
    expect(extra.statusCode).toBe(400);
    const code = unique('DUP');
    await newUnit(admin, buildingB, { code });
    const dup = await admin.request({
      method: 'POST',
      url: `/api/buildings/${buildingB}/units`,
      payload: { code, areaM2: 10, use: 'office', dealType: 'lease' },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('will not delete a building that still has units', async () => {
    const res = await admin.request({ method: 'DELETE', url: `/api/buildings/${buildingB}` });
    expect(res.statusCode).toBe(409);
  });
});
