import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, multipartBody, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase } from '../../../tests/support/test-database.js';
import { createTestPark } from '../../../tests/support/test-park.js';
import { enterprises } from '../enterprises/tables.js';
import { buildings, units } from '../space/tables.js';

let app: FastifyInstance;
let admin: Client;
let managerA: Client;
let parkA: { id: number; code: string };
let parkB: { id: number; code: string };

const HEADER =
  '园区编码,楼栋编码,单元编码,楼层,面积(m²),用途,洁净等级,租售方式,租金(元/m²·月),状态,承租企业名称';

async function upload(client: Client, content: string | Buffer, query = '', lang = 'zh-CN') {
  const body = await multipartBody(content, 'units.csv');
  return client.request({
    method: 'POST',
    url: `/api/imports/units${query}`,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': lang },
  });
}

type JobBody = {
  status: string;
  created: number;
  updated: number;
  rowsRejected: number;
  failure: string | null;
  errors: { total: number; items: { rowNumber: number; column: string | null; message: string }[] };
};

/** Polls the job until it ends (the import runs after the 202). */
async function finishedJob(client: Client, id: number, lang = 'zh-CN'): Promise<JobBody> {
  for (;;) {
    const res = await client.request({ url: `/api/imports/${id}`, headers: { 'accept-language': lang } });
    expect(res.statusCode, res.body).toBe(200);
    const job = res.json() as JobBody;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function jobId(res: LightMyRequestResponse): number {
  expect(res.statusCode, res.body).toBe(202);
  return (res.json() as { id: number }).id;
}

async function unitCodes(parkId: number) {
  const { db } = await testDatabase();
  const rows = await db
    .select({ code: units.code })
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .where(eq(buildings.parkId, parkId))
    .orderBy(units.code);
  return rows.map((r) => r.code);
}

beforeAll(async () => {
  app = await testApp();
  parkA = await createTestPark('routes-a');
  parkB = await createTestPark('routes-b');
  admin = await signedInClient('admin');
  managerA = await signedInClient('park_manager', [parkA.id]);
});

describe('POST /api/imports/units', () => {
  it("imports a park manager's own rows and rejects, row by row, those of another park", async () => {
    const csv = [
      HEADER,
      `${parkA.code},A,101,1,500,办公,无,出租,40,可租售,`,
      `${parkB.code},A,101,1,500,办公,无,出租,40,可租售,`,
    ];
    const id = jobId(await upload(managerA, csv.join('\n')));
    const job = await finishedJob(managerA, id, 'en');
    expect(job).toMatchObject({ status: 'done', created: 1, rowsRejected: 1 });
    expect(job.errors.items).toEqual([
      {
        sheet: 'units.csv',
        rowNumber: 3,
        column: '园区编码',
        value: parkB.code,
        message: 'You may not change this park',
      },
    ]);
    expect(await unitCodes(parkA.id)).toEqual(['101']);
    expect(await unitCodes(parkB.id)).toEqual([]);
  });

  it('runs a dry run that writes nothing, and reports in Chinese by default', async () => {
    const csv = [
      HEADER,
      `${parkA.code},A,201,2,-5,办公,无,出租,40,可租售,`,
      `${parkA.code},A,202,2,80,办公,无,出租,40,可租售,`,
    ];
    const job = await finishedJob(managerA, jobId(await upload(managerA, csv.join('\n'), '?dryRun=true')));
    expect(job).toMatchObject({ status: 'done', created: 1, rowsRejected: 1 });
    expect(job.errors.items[0]).toMatchObject({
      rowNumber: 2,
      column: '面积(m²)',
      message: '应为不小于 0 的数字',
    });
    expect(await unitCodes(parkA.id)).not.toContain('202');
  });

  it('names an unknown tenant by its row and column', async () => {
    const csv = [HEADER, `${parkA.code},A,301,3,90,办公,无,出租,40,已出租,没有这家企业`];
    const job = await finishedJob(admin, jobId(await upload(admin, csv.join('\n'))));
    expect(job.errors.items).toMatchObject([{ rowNumber: 2, column: '承租企业名称' }]);
    const { db } = await testDatabase();
    await db.insert(enterprises).values({ nameZh: `承租方${parkA.code}`, status: 'settled', source: 'test' });
    const retry = [HEADER, `${parkA.code},A,301,3,90,办公,无,出租,40,已出租,承租方${parkA.code}`];
    const ok = await finishedJob(admin, jobId(await upload(admin, retry.join('\n'))));
    expect(ok).toMatchObject({ created: 1, rowsRejected: 0 });
  });

  it('refuses callers who may not import, and a request without a file', async () => {
    const body = await multipartBody(HEADER, 'units.csv');
    const anonymous = await app.inject({ method: 'POST', url: '/api/imports/units', ...body });
    expect(anonymous.statusCode).toBe(401);
    const enterprise = await signedInClient('enterprise');
    expect((await upload(enterprise, HEADER)).statusCode).toBe(403);

    const empty = new FormData();
    empty.append('note', 'no file here');
    const request = new Request('http://localhost/', { method: 'POST', body: empty });
    const res = await admin.request({
      method: 'POST',
      url: '/api/imports/units',
      payload: Buffer.from(await request.arrayBuffer()),
      headers: { 'content-type': request.headers.get('content-type')!, 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: [{ path: 'file' }] } });
  });

  it('answers 400, not 500, to a multipart body that is cut off', async () => {
    const body = await multipartBody('园区编码\n', 'units.csv');
    const res = await admin.request({
      method: 'POST',
      url: '/api/imports/units',
      payload: body.payload.subarray(0, body.payload.length - 20),
      headers: body.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });

  it('fails a job on an old .xls file with a message saying what to do', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const job = await finishedJob(admin, jobId(await upload(admin, ole)), 'en');
    expect(job.status).toBe('failed');
    expect(job.failure).toMatch(/xlsx/);
  });

  it('shows a job only to its creator and admins', async () => {
    const id = jobId(await upload(managerA, HEADER));
    await finishedJob(managerA, id);
    const officer = await signedInClient('officer');
    expect((await officer.request({ url: `/api/imports/${id}` })).statusCode).toBe(404);
    expect((await admin.request({ url: `/api/imports/${id}` })).statusCode).toBe(200);
    const mine = (await managerA.request({ url: '/api/imports' })).json() as { items: { id: number }[] };
    expect(mine.items.map((j) => j.id)).toContain(id);
    const theirs = (await officer.request({ url: '/api/imports' })).json() as { items: { id: number }[] };
    expect(theirs.items.map((j) => j.id)).not.toContain(id);
  });
});

describe('downloads', () => {
  it('serves the template workbook with its Chinese file name', async () => {
    const res = await app.inject({ url: '/api/imports/units/template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('单元导入模板.xlsx')}`,
    );
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('exports the filtered units as CSV, with tenants for staff only', async () => {
    const url = `/api/units/export.csv?park=${parkA.id}&status=leased`;
    const publicCsv = (await app.inject({ url })).body;
    const staffCsv = (await admin.request({ url })).body;
    expect(publicCsv.startsWith('\uFEFF园区编码')).toBe(true);
    const publicLines = publicCsv.trim().split('\r\n');
    expect(publicLines).toHaveLength(2);
    expect(publicLines[1]).toContain(`${parkA.code},`);
    expect(publicLines[1]).not.toContain(`承租方${parkA.code}`);
    expect(staffCsv).toContain(`承租方${parkA.code}`);
  });

  it('rejects a bad filter with a field message', async () => {
    const res = await app.inject({
      url: '/api/units/export.xlsx?minArea=-1',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { fields: [{ path: 'minArea' }] } });
  });
});
