import { eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { auditLog } from '../../core/audit/tables.js';
import { appMeta } from '../../core/db/meta-table.js';
import { usccCheckChar } from '../../core/ids/index.js';
import { SEED_PORTAL } from '../../data/sources.js';
import { ROLLUP_STATE_KEY } from '../analytics/rollups.js';
import { buildings, parks, units } from '../space/tables.js';
import { targetScores } from '../targets/tables.js';
import { divisionPrefix } from './registry-list.js';
import { enterprises } from './tables.js';

let app: FastifyInstance;
let officer: Client;
let ruike: number;
let jinshan: number;
let ruikeManager: Client;

type ErrorBody = { error: { code: string; fields: { path: string; message: string }[] } };
type Row = {
  id: number;
  nameZh: string;
  status: string;
  park: { id: number } | null;
  chainLink: { code: string } | null;
  divisionCode: string | null;
  figures: { year: number; operatingRevenueWan: string | null; source: string } | null;
};
type Page = { items: Row[]; total: number; page: number; pageSize: number };

let serial = 0;
/** A valid credit code no other test uses: the body from the process and a counter. */
function freshUscc(): string {
  serial += 1;
  const body = `${process.pid}${serial}${Date.now() % 100000}`.padStart(9, '0').slice(-9);
  const code = `91350104${body}`;
  return code + usccCheckChar(code);
}

async function create(client: Client, payload: Record<string, unknown>) {
  return client.request({
    method: 'POST',
    url: '/api/registry/enterprises',
    payload: { nameZh: unique('注册测试医药有限公司'), status: 'target', source: 'test', ...payload },
  });
}

async function created(client: Client, payload: Record<string, unknown>): Promise<number> {
  const res = await create(client, payload);
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: number }).id;
}

async function list(client: Client, query: string): Promise<Page> {
  const res = await client.request({ url: `/api/registry/enterprises?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
}

function fieldsOf(body: string) {
  return Object.fromEntries((JSON.parse(body) as ErrorBody).error.fields.map((f) => [f.path, f.message]));
}

beforeAll(async () => {
  app = await testApp();
  officer = await signedInClient('officer');
  const { db } = await testDatabase();
  const rows = await db.select({ id: parks.id, code: parks.code }).from(parks);
  ruike = rows.find((p) => p.code === 'ruike')!.id;
  jinshan = rows.find((p) => p.code === 'jinshan')!.id;
  ruikeManager = await signedInClient('park_manager', [ruike]);
});

describe('registry writes', () => {
  it('creates a firm with its chain link from the industry code, indexed and audited', async () => {
    const id = await created(officer, {
      status: 'settled',
      parkId: ruike,
      industryCode: 'C2762',
      directionCode: 'high_quality_medicine',
      settledOn: '2023-05-01',
      divisionCode: '350104',
      uscc: freshUscc().toLowerCase(),
    });
    const page = (await officer.request({ url: `/api/enterprises/${id}` })).json() as {
      chainLink: { code: string };
      uscc: string;
      settledOn: string;
      timeline: { kind: string }[];
    };
    expect(page.chainLink.code).toBe('biologics');
    // Stored as the standard writes it: upper case.
    expect(page.uscc).toMatch(/^91350104[0-9A-Z]{10}$/);
    expect(page.settledOn).toBe('2023-05-01');
    expect(page.timeline.map((t) => t.kind)).toEqual(['settled']);
    const { db } = await testDatabase();
    const audit = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(id)));
    expect(audit.map((a) => a.action)).toContain('enterprise.create');
    const search = await app.inject({ url: `/api/search?q=${encodeURIComponent(page.uscc)}` });
    expect(search.statusCode).toBe(200);
  });

  it('reports every broken rule on its field, in Chinese and English', async () => {
    const { db } = await testDatabase();
    const [otherUnit] = await db
      .select({ id: units.id })
      .from(units)
      .innerJoin(buildings, eq(buildings.id, units.buildingId))
      .where(eq(buildings.parkId, jinshan))
      .limit(1);
    const res = await create(officer, {
      status: 'target',
      uscc: '91350104MA2XXXXXX0',
      isTaiwanFunded: true,
      industryCode: 'C9999',
      directionCode: 'nowhere',
      settledOn: '2020-01-01',
      parkId: ruike,
      ...(otherUnit ? { unitId: otherUnit.id } : {}),
    });
    expect(res.statusCode).toBe(400);
    // The credit code fails its checksum in the contract, before any rule between fields.
    expect(fieldsOf(res.body).uscc).toContain('统一社会信用代码无效');

    const rules = await officer.request({
      method: 'POST',
      url: '/api/registry/enterprises',
      headers: { 'accept-language': 'en' },
      payload: {
        nameZh: unique('规则测试'),
        status: 'target',
        source: 'test',
        isTaiwanFunded: true,
        industryCode: 'C9999',
        directionCode: 'nowhere',
        settledOn: '2020-01-01',
        parkId: ruike,
        ...(otherUnit ? { unitId: otherUnit.id } : {}),
      },
    });
    expect(rules.statusCode).toBe(400);
    const fields = fieldsOf(rules.body);
    expect(fields).toMatchObject({
      taiwanUbn: 'A Taiwan-funded enterprise needs the Taiwan business number of its investor',
      industryCode: 'No such industry code (GB/T 4754)',
      directionCode: 'No such industry direction',
      settledOn: 'Only a settled (or departed) enterprise has a settling date',
    });
    if (otherUnit) expect(fields.unitId).toBe('This unit is not in the chosen park');

    const notTaiwan = await create(officer, { taiwanUbn: '04595257' });
    expect(fieldsOf(notTaiwan.body).taiwanUbn).toBe('只有台资企业填写統一編號');
    await created(officer, { isTaiwanFunded: true, taiwanUbn: '04595257' });
  });

  it('refuses a credit code another firm has with 409 on the field', async () => {
    const uscc = freshUscc();
    await created(officer, { uscc });
    const res = await create(officer, { uscc });
    expect(res.statusCode).toBe(409);
    expect((res.json() as ErrorBody).error.code).toBe('CONFLICT');
    expect(fieldsOf(res.body).uscc).toBe('已有企业使用此统一社会信用代码');
    // A change of one's own record keeps its code without conflict.
    const other = await created(officer, {});
    const patch = await officer.request({
      method: 'PATCH',
      url: `/api/registry/enterprises/${other}`,
      payload: { uscc },
    });
    expect(patch.statusCode).toBe(409);
  });

  it('lets a park manager edit the firms of their parks, not move them away, not see others', async () => {
    const mine = await created(ruikeManager, { status: 'settled', parkId: ruike });
    const elsewhere = await create(ruikeManager, { status: 'settled', parkId: jinshan });
    expect(elsewhere.statusCode).toBe(400);
    expect(fieldsOf(elsewhere.body).parkId).toBe('您无权修改此园区的数据');
    const move = await ruikeManager.request({
      method: 'PATCH',
      url: `/api/registry/enterprises/${mine}`,
      payload: { parkId: jinshan },
    });
    expect(move.statusCode).toBe(400);
    const rename = await ruikeManager.request({
      method: 'PATCH',
      url: `/api/registry/enterprises/${mine}`,
      payload: { nameEn: 'Renamed Ltd.', industryCode: 'C272' },
    });
    expect(rename.statusCode, rename.body).toBe(200);
    const theirs = await created(officer, { status: 'settled', parkId: jinshan });
    const hidden = await ruikeManager.request({
      method: 'PATCH',
      url: `/api/registry/enterprises/${theirs}`,
      payload: { nameEn: 'x' },
    });
    expect(hidden.statusCode).toBe(404);
    const page = await list(ruikeManager, 'sort=name&pageSize=200');
    expect(page.items.every((r) => r.park?.id === ruike)).toBe(true);
    expect(
      (await list(ruikeManager, `q=${encodeURIComponent('注册测试')}&pageSize=200`)).items.map((r) => r.id),
    ).toContain(mine);
    const enterprise = await signedInClient('enterprise');
    expect((await enterprise.request({ url: '/api/registry/enterprises' })).statusCode).toBe(403);
  });
});

describe('what registry writes set off', () => {
  it('scores a new target, drops its score when it settles, and marks the rollups stale', async () => {
    const { db } = await testDatabase();
    const id = await created(officer, { status: 'target', industryCode: 'C272' });
    const scored = async () =>
      (await db.select().from(targetScores).where(eq(targetScores.enterpriseId, id))).length;
    expect(await scored()).toBe(1);
    await db
      .insert(appMeta)
      .values({ key: ROLLUP_STATE_KEY, value: { computedAt: null, staleSince: null } })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: { computedAt: null, staleSince: null } } });
    const settle = await officer.request({
      method: 'PATCH',
      url: `/api/registry/enterprises/${id}`,
      payload: { status: 'settled', parkId: ruike },
    });
    expect(settle.statusCode, settle.body).toBe(200);
    expect(await scored()).toBe(0);
    const [state] = await db.select().from(appMeta).where(eq(appMeta.key, ROLLUP_STATE_KEY));
    // Marked stale by the write (a background rebuild may have run since: then it was computed after it).
    const value = state!.value as { staleSince: string | null; computedAt: string | null };
    expect(value.staleSince ?? value.computedAt).not.toBeNull();
  });
});

describe('metrics and milestones', () => {
  it('upserts a year in 万元 with its source, shows it on the page and the timeline, and deletes it', async () => {
    const id = await created(officer, { status: 'settled', parkId: ruike, settledOn: '2021-03-01' });
    const put = (year: number, body: Record<string, unknown>) =>
      officer.request({
        method: 'PUT',
        url: `/api/registry/enterprises/${id}/metrics/${year}`,
        payload: body,
      });
    expect((await put(2024, { operatingRevenueWan: '12345.6789', source: '2024 年报' })).json()).toEqual({
      created: true,
    });
    expect(
      (await put(2024, { operatingRevenueWan: 12000, taxWan: '500', source: '2024 年报（修订）' })).json(),
    ).toEqual({ created: false });
    expect((await put(2023, { employees: 80, source: '2023 统计' })).statusCode).toBe(200);
    const empty = await put(2022, { source: 'x' });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty.body).operatingRevenueWan).toBe('至少填写一项数据');
    const negative = await put(2022, { taxWan: '-1', source: 'x' });
    expect(negative.statusCode).toBe(400);

    const milestone = await officer.request({
      method: 'POST',
      url: `/api/registry/enterprises/${id}/milestones`,
      payload: {
        kind: 'approval',
        title: '一类创新药获批',
        quantity: 1,
        occurredOn: '2022-06-15',
        source: 'NMPA',
      },
    });
    expect(milestone.statusCode, milestone.body).toBe(201);
    const milestoneId = (milestone.json() as { id: number }).id;
    const undated = await officer.request({
      method: 'POST',
      url: `/api/registry/enterprises/${id}/milestones`,
      payload: { kind: 'platform', title: '公共技术平台', source: 'test' },
    });
    expect(undated.statusCode).toBe(201);

    // The public page of a settled firm: the history as well, oldest first, undated last.
    const page = (await app.inject({ url: `/api/enterprises/${id}` })).json() as {
      metrics: { year: number; operatingRevenueWan: string };
      metricsHistory: { year: number; source: string }[];
      milestones: { title: string }[];
      timeline: { kind: string; date: string | null; source: string }[];
    };
    expect(page.metrics).toMatchObject({ year: 2024, operatingRevenueWan: '12000.00' });
    expect(page.metricsHistory.map((m) => [m.year, m.source])).toEqual([
      [2024, '2024 年报（修订）'],
      [2023, '2023 统计'],
    ]);
    expect(page.milestones.map((m) => m.title)).toEqual(['一类创新药获批', '公共技术平台']);
    expect(page.timeline.map((t) => [t.kind, t.date, t.source])).toEqual([
      ['settled', '2021-03-01', 'test'],
      ['milestone', '2022-06-15', 'NMPA'],
      ['metrics', '2023-12-31', '2023 统计'],
      ['metrics', '2024-12-31', '2024 年报（修订）'],
      ['milestone', null, 'test'],
    ]);

    const patched = await officer.request({
      method: 'PATCH',
      url: `/api/registry/milestones/${milestoneId}`,
      payload: { stage: 'nda', kind: 'clinical_trial' },
    });
    expect(patched.json()).toMatchObject({ kind: 'clinical_trial', stage: 'nda', title: '一类创新药获批' });
    expect(
      (await ruikeManager.request({ method: 'DELETE', url: `/api/registry/milestones/${milestoneId}` }))
        .statusCode,
    ).toBe(204);
    expect(
      (await officer.request({ method: 'DELETE', url: `/api/registry/enterprises/${id}/metrics/2023` }))
        .statusCode,
    ).toBe(204);
    expect(
      (await officer.request({ method: 'DELETE', url: `/api/registry/enterprises/${id}/metrics/2023` }))
        .statusCode,
    ).toBe(404);
    const jinshanManager = await signedInClient('park_manager', [jinshan]);
    expect(
      (
        await jinshanManager.request({
          method: 'PUT',
          url: `/api/registry/enterprises/${id}/metrics/2025`,
          payload: { taxWan: 1, source: 'x' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('the documents’ enterprises', () => {
  it('holds Anbrui’s 200+ PDX models as a sourced milestone on its timeline, and Illumina as a leading firm', async () => {
    const { db } = await testDatabase();
    const named = await db
      .select({ id: enterprises.id, nameZh: enterprises.nameZh, isLeading: enterprises.isLeading })
      .from(enterprises)
      .where(inArray(enterprises.nameZh, ['安布瑞', '因美纳']));
    const anbrui = named.find((e) => e.nameZh === '安布瑞')!;
    expect(named.find((e) => e.nameZh === '因美纳')?.isLeading).toBe(true);
    const page = (await app.inject({ url: `/api/enterprises/${anbrui.id}` })).json() as {
      milestones: { kind: string; quantity: string; stage: string; source: string; isDemo: boolean }[];
      timeline: { kind: string; source: string }[];
    };
    expect(page.milestones).toEqual([
      expect.objectContaining({
        kind: 'pdx_models',
        quantity: '200.00',
        stage: '转临床阶段',
        source: SEED_PORTAL,
        isDemo: false,
      }),
    ]);
    expect(page.timeline).toEqual([expect.objectContaining({ kind: 'milestone', source: SEED_PORTAL })]);
  });
});

describe('GET /api/registry/enterprises', () => {
  it('filters by status, park, division prefix, flags and year, sorted by revenue with that year’s figures', async () => {
    const tag = unique('筛选测试');
    const ids = {
      big: await created(officer, {
        nameZh: `${tag}A`,
        status: 'settled',
        parkId: ruike,
        divisionCode: '350104',
        isHighTech: true,
        isLeading: true,
      }),
      small: await created(officer, {
        nameZh: `${tag}B`,
        status: 'settled',
        parkId: ruike,
        divisionCode: '350121',
        isHighTech: true,
      }),
      target: await created(officer, { nameZh: `${tag}C`, status: 'target', divisionCode: '320500' }),
    };
    const put = (id: number, year: number, wan: string) =>
      officer.request({
        method: 'PUT',
        url: `/api/registry/enterprises/${id}/metrics/${year}`,
        payload: { operatingRevenueWan: wan, source: `s${year}` },
      });
    await put(ids.big, 2024, '900');
    await put(ids.big, 2025, '1000');
    await put(ids.small, 2024, '5000');
    const q = `q=${encodeURIComponent(tag)}`;
    const all = await list(officer, q);
    // Latest year by default: big's 2025 (1000) is below small's 2024 (5000).
    expect(all.items.map((r) => [r.id, r.figures?.year ?? null])).toEqual([
      [ids.small, 2024],
      [ids.big, 2025],
      [ids.target, null],
    ]);
    const y2024 = await list(officer, `${q}&year=2024`);
    expect(y2024.items.map((r) => [r.id, r.figures?.operatingRevenueWan])).toEqual([
      [ids.small, '5000.00'],
      [ids.big, '900.00'],
    ]);
    expect((await list(officer, `${q}&year=2025`)).items.map((r) => r.id)).toEqual([ids.big]);
    expect((await list(officer, `${q}&status=target`)).items.map((r) => r.id)).toEqual([ids.target]);
    expect((await list(officer, `${q}&divisionCode=350100`)).total).toBe(2);
    expect((await list(officer, `${q}&divisionCode=350000`)).total).toBe(2);
    expect((await list(officer, `${q}&divisionCode=350121`)).items.map((r) => r.id)).toEqual([ids.small]);
    expect((await list(officer, `${q}&flag=highTech,leading`)).items.map((r) => r.id)).toEqual([ids.big]);
    expect((await list(officer, `${q}&parkId=${ruike}&sort=name`)).items.map((r) => r.id)).toEqual([
      ids.big,
      ids.small,
    ]);
    const paged = await list(officer, `${q}&page=2&pageSize=2`);
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(1);
    const { db } = await testDatabase();
    const [park] = await db.select({ zoneId: parks.zoneId }).from(parks).where(eq(parks.id, ruike));
    expect((await list(officer, `${q}&zoneId=${park!.zoneId}`)).total).toBe(2);
    expect((await officer.request({ url: '/api/registry/enterprises?flag=nothing' })).statusCode).toBe(400);
  });

  it('reads a division code as the prefix its own codes share', () => {
    expect(divisionPrefix('350000')).toBe('35');
    expect(divisionPrefix('350100')).toBe('3501');
    expect(divisionPrefix('350104')).toBe('350104');
  });
});
