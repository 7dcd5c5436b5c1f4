import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, nextAddress, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import ExcelJS from '../../core/excel/exceljs.js';
import { leads } from '../leads/tables.js';
import { projectStageChanges } from './tables.js';

let app: FastifyInstance;
let admin: Client;
let officer: Client;

type Project = {
  id: number;
  stageCode: string;
  signedAmountWan: string | null;
  officer: { id: number } | null;
};
type ErrorBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };

async function newProject(client: Client, planned = 5000): Promise<Project> {
  const res = await client.request({
    method: 'POST',
    url: '/api/projects',
    payload: { name: unique('创新药项目'), companyName: unique('测试药业'), plannedInvestmentWan: planned },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Project;
}

function move(client: Client, id: number, payload: Record<string, unknown>, lang = 'zh-CN') {
  return client.request({
    method: 'POST',
    url: `/api/projects/${id}/stage`,
    payload,
    headers: { 'accept-language': lang },
  });
}

beforeAll(async () => {
  app = await testApp();
  admin = await signedInClient('admin');
  officer = await signedInClient('officer');
});

describe('stage transitions, as rules in one place', () => {
  it('refuses contacted → operating with 409 naming the stages allowed, in the caller’s language', async () => {
    const project = await newProject(officer);
    expect(project.stageCode).toBe('contacted');
    const zh = await move(officer, project.id, { to: 'operating' });
    expect(zh.statusCode).toBe(409);
    expect((zh.json() as ErrorBody).error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: '不能从“初步接洽”直接转到“投产运营”。可转到：实地考察、已流失',
    });
    const en = (await move(officer, project.id, { to: 'operating' }, 'en')).json() as ErrorBody;
    expect(en.error.message).toBe(
      'A project cannot move from “Contacted” to “Operating”. Allowed next: Site visit, Lost',
    );
  });

  it('needs the signed amount to sign and a reason to lose; records every change with who and when', async () => {
    const project = await newProject(officer);
    for (const to of ['site_visit', 'negotiating'])
      expect((await move(officer, project.id, { to })).statusCode).toBe(200);
    const noAmount = await move(officer, project.id, { to: 'signed' });
    expect(noAmount.statusCode).toBe(400);
    expect((noAmount.json() as ErrorBody).error.fields).toMatchObject([{ path: 'signedAmountWan' }]);
    const noReason = await move(officer, project.id, { to: 'lost' });
    expect((noReason.json() as ErrorBody).error.fields).toMatchObject([{ path: 'reason' }]);

    expect((await move(officer, project.id, { to: 'lost', reason: '选择了外省园区' })).json()).toMatchObject({
      stageCode: 'lost',
    });
    const revived = (await move(officer, project.id, { to: 'contacted' })).json() as {
      lostReason: string | null;
    };
    expect(revived.lostReason).toBeNull();

    const { db } = await testDatabase();
    const changes = await db
      .select()
      .from(projectStageChanges)
      .where(eq(projectStageChanges.projectId, project.id));
    expect(changes.map((c) => [c.fromStage, c.toStage])).toEqual([
      [null, 'contacted'],
      ['contacted', 'site_visit'],
      ['site_visit', 'negotiating'],
      ['negotiating', 'lost'],
      ['lost', 'contacted'],
    ]);
    expect(changes.every((c) => c.changedBy === officer.userId)).toBe(true);
  });

  it('lets an officer move only their own projects; anonymous callers nothing', async () => {
    const project = await newProject(officer);
    const colleague = await signedInClient('officer');
    expect((await move(colleague, project.id, { to: 'site_visit' })).statusCode).toBe(403);
    expect((await move(admin, project.id, { to: 'site_visit' })).statusCode).toBe(200);
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/projects/${project.id}/stage`,
      payload: { to: 'x' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await app.inject({ url: '/api/pipelines/investment/board' })).statusCode).toBe(401);
  });
});

describe('from a lead to a signing event and the figures', () => {
  it('qualifies a lead, signs it inside an event, and the event and figures show the amount in 亿元', async () => {
    const company = unique('厦门生物经济城签约企业');
    const submitted = await app.inject({
      method: 'POST',
      url: '/api/leads',
      remoteAddress: nextAddress(),
      payload: {
        companyName: company,
        contactName: '陈先生',
        phone: '13800138000',
        consent: true,
        investmentWan: 120000,
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { db } = await testDatabase();
    const [lead] = await db.select().from(leads).where(eq(leads.companyName, company));
    await admin.request({
      method: 'POST',
      url: `/api/leads/${lead!.id}/assign`,
      payload: { officerId: officer.userId },
    });

    const colleague = await signedInClient('officer');
    const qualify = { method: 'POST' as const, url: `/api/leads/${lead!.id}/qualify`, payload: {} };
    expect((await colleague.request(qualify)).statusCode).toBe(403);
    const qualified = await officer.request(qualify);
    expect(qualified.statusCode, qualified.body).toBe(201);
    const project = qualified.json() as Project & { leadId: number; plannedInvestmentWan: string };
    expect(project).toMatchObject({
      stageCode: 'contacted',
      leadId: lead!.id,
      plannedInvestmentWan: '120000.00',
    });
    expect(project.officer?.id).toBe(officer.userId);
    const again = await officer.request({
      method: 'POST',
      url: `/api/leads/${lead!.id}/qualify`,
      payload: {},
    });
    expect(again.statusCode).toBe(409);

    const event = await officer.request({
      method: 'POST',
      url: '/api/signing-events',
      payload: {
        name: unique('福州国际医疗综合实验区集中签约'),
        heldOn: '2026-11-20',
        place: '福州',
        zone: 'fuzhou-imcez',
      },
    });
    expect(event.statusCode, event.body).toBe(201);
    const eventId = (event.json() as { id: number }).id;

    for (const to of ['site_visit', 'negotiating']) await move(officer, project.id, { to });
    const signed = await move(officer, project.id, {
      to: 'signed',
      signedAmountWan: 208430,
      signingEventId: eventId,
      signedOn: '2026-11-20',
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({
      stageCode: 'signed',
      signedAmountWan: '208430.00',
      signingEventId: eventId,
    });

    const events = (await officer.request({ url: '/api/signing-events' })).json() as {
      items: { id: number; projects: number; amountYi: string }[];
    };
    expect(events.items.find((e) => e.id === eventId)).toMatchObject({ projects: 1, amountYi: '20.84' });

    const figures = (
      await admin.request({ url: '/api/pipeline/figures?from=2026-11-01&to=2026-11-30' })
    ).json() as {
      byEvent: { id: number | null; projects: number; amountYi: string }[];
      byOfficer: { id: number | null; projects: number }[];
      byMonth: { month: string; projects: number }[];
    };
    expect(figures.byEvent.find((e) => e.id === eventId)).toMatchObject({ projects: 1, amountYi: '20.84' });
    expect(figures.byOfficer.find((o) => o.id === officer.userId)?.projects).toBeGreaterThanOrEqual(1);
    expect(figures.byMonth.find((m) => m.month === '2026-11')?.projects).toBeGreaterThanOrEqual(1);

    const mine = (await officer.request({ url: '/api/pipelines/investment/board?mine=true' })).json() as {
      columns: { stage: { code: string }; count: number; amountWan: string; projects: { id: number }[] }[];
    };
    const signedColumn = mine.columns.find((c) => c.stage.code === 'signed')!;
    expect(signedColumn.projects.map((p) => p.id)).toContain(project.id);
    expect(Number(signedColumn.amountWan)).toBeGreaterThanOrEqual(208430);
    expect(mine.columns.map((c) => c.stage.code)).toEqual([
      'contacted',
      'site_visit',
      'negotiating',
      'signed',
      'registered',
      'under_construction',
      'operating',
      'lost',
    ]);
    const [after] = await db.select().from(leads).where(eq(leads.id, lead!.id));
    expect(after!.status).toBe('qualified');

    // The lists export to Excel: the event row carries its projects and 亿元 as numbers.
    const file = await admin.request({ url: '/api/signing-events/export.xlsx' });
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues() as unknown[][];
    expect(rows[1]!.slice(1)).toEqual(['签约活动', '日期', '地点', '签约项目数', '签约金额(亿元)']);
    expect(rows.some((r) => Array.isArray(r) && r[4] === 1 && r[5] === 20.84)).toBe(true);
    const projectsFile = await officer.request({ url: '/api/pipelines/investment/export.xlsx' });
    expect(projectsFile.statusCode).toBe(200);
    expect(projectsFile.headers['content-disposition']).toContain(encodeURIComponent('招商项目'));
  });
});

describe('what a stage change sets off (stage actions as data)', () => {
  it('gives the officer a follow-up task after a site visit, and tells the admins when a project signs', async () => {
    const project = await newProject(officer);
    const name = ((await officer.request({ url: `/api/projects/${project.id}` })).json() as { name: string })
      .name;
    expect((await move(officer, project.id, { to: 'site_visit' })).statusCode).toBe(200);
    const tasks = (await officer.request({ url: '/api/tasks' })).json() as {
      items: { id: number; projectId: number; titleZh: string; dueOn: string; overdue: boolean }[];
    };
    const task = tasks.items.find((t) => t.projectId === project.id)!;
    expect(task).toMatchObject({ titleZh: `考察后跟进：${name}`, overdue: false });
    const inThreeDays = new Date(Date.now() + 8 * 3_600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(task.dueOn <= inThreeDays).toBe(true);
    const colleague = await signedInClient('officer');
    expect((await colleague.request({ method: 'POST', url: `/api/tasks/${task.id}/done` })).statusCode).toBe(
      403,
    );
    expect((await officer.request({ method: 'POST', url: `/api/tasks/${task.id}/done` })).statusCode).toBe(
      204,
    );
    const after = (await officer.request({ url: '/api/tasks' })).json() as { items: { id: number }[] };
    expect(after.items.map((t) => t.id)).not.toContain(task.id);

    await move(officer, project.id, { to: 'negotiating' });
    expect((await move(officer, project.id, { to: 'signed', signedAmountWan: 500 })).statusCode).toBe(200);
    const inbox = (
      await admin.request({ url: '/api/inbox', headers: { 'accept-language': 'en' } })
    ).json() as {
      unread: number;
      items: { id: number; title: string; read: boolean }[];
    };
    const notice = inbox.items.find((n) => n.title === `Project signed: ${name}`)!;
    expect(notice).toMatchObject({ read: false });
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    expect((await admin.request({ method: 'POST', url: `/api/inbox/${notice.id}/read` })).statusCode).toBe(
      204,
    );
    expect((await officer.request({ method: 'POST', url: `/api/inbox/${notice.id}/read` })).statusCode).toBe(
      404,
    );
    const officerInbox = (await officer.request({ url: '/api/inbox' })).json() as {
      items: { title: string }[];
    };
    expect(officerInbox.items.map((n) => n.title)).not.toContain(`项目已签约：${name}`);
  });
});

describe('figures export', () => {
  it('writes the period’s totals and a sheet per grouping, names in place of codes', async () => {
    const project = await newProject(officer, 1000);
    for (const to of ['site_visit', 'negotiating']) await move(officer, project.id, { to });
    const signed = await move(officer, project.id, {
      to: 'signed',
      signedAmountWan: 4567,
      signedOn: '2019-03-05',
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const file = await admin.request({
      url: '/api/pipeline/figures/export.xlsx?from=2019-03-01&to=2019-03-31',
    });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-disposition']).toContain(
      encodeURIComponent('招商数据-2019-03-01~2019-03-31'),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      '按签约活动',
      '按招商专员',
      '按单位',
      '按产业方向',
      '按月份',
    ]);
    const values = (name: string) =>
      (workbook.getWorksheet(name)!.getSheetValues() as unknown[][])
        .filter(Array.isArray)
        .map((r) => r.slice(1));
    // Other tests sign in other months: March 2019 is this test's alone.
    expect(values('汇总')[1]).toEqual(['2019-03-01 至 2019-03-31', 1, 0.46]);
    expect(values('按签约活动')[1]).toEqual(['未关联签约活动', 1, 0.46]);
    expect(values('按产业方向')[1]).toEqual(['未填写', 1, 0.46]);
    expect(values('按月份')[1]).toEqual(['2019-03', 1, 0.46]);
    expect(values('按招商专员')[0]).toEqual(['招商专员', '签约项目数', '签约金额(亿元)']);
  });
});
