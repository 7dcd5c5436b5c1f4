import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { unique } from '../../../tests/support/test-database.js';
import ExcelJS from '../../core/excel/exceljs.js';

type Item = {
  id: number;
  name: string;
  pipelineCode: string;
  stageCode: string;
  stageNameZh: string;
  stageNameEn: string;
  stageOutcome: string;
  plannedInvestmentWan: string | null;
  signedAmountWan: string | null;
  signingEventId: number | null;
  signingEventName: string | null;
  signedOn: string | null;
  officer: { id: number; displayName: string } | null;
};
type Summary = { count: number; plannedWan: string; signedWan: string; plannedYi: string; signedYi: string };
type ListAnswer = { items: Item[]; total: number; limit: number; offset: number; summary: Summary };
type ErrorBody = { error: { code: string; fields: { path: string; message: string }[] } };

let app: FastifyInstance;
let officer: Client;
let colleague: Client;
/** In every project name of this file's run: `q=token` keeps other files' projects out of the counts. */
let token: string;
let eventId: number;
let eventName: string;
const ids: Record<string, number> = {};

async function create(client: Client, key: string, payload: Record<string, unknown>): Promise<number> {
  const res = await client.request({
    method: 'POST',
    url: '/api/projects',
    payload: { companyName: `${token} ${key} 有限公司`, ...payload, name: `${token} ${payload.name}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  ids[key] = (res.json() as { id: number }).id;
  return ids[key]!;
}

async function move(client: Client, id: number, payload: Record<string, unknown>): Promise<void> {
  const res = await client.request({ method: 'POST', url: `/api/projects/${id}/stage`, payload });
  expect(res.statusCode, res.body).toBe(200);
}

async function list(query: Record<string, string | number>, client: Client = officer): Promise<ListAnswer> {
  const params = new URLSearchParams({
    q: token,
    ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  });
  const res = await client.request({ url: `/api/projects?${params}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ListAnswer;
}

/** The keys (see beforeAll) of the projects an answer lists, in its order. */
function keysOf(answer: ListAnswer): string[] {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return answer.items.map((item) => byId.get(item.id) ?? `other:${item.id}`);
}

beforeAll(async () => {
  app = await testApp();
  officer = await signedInClient('officer');
  colleague = await signedInClient('officer');
  token = unique('表格视图');
  eventName = unique('集中签约仪式');
  const event = await officer.request({
    method: 'POST',
    url: '/api/signing-events',
    payload: { name: eventName, heldOn: '2024-06-18' },
  });
  expect(event.statusCode, event.body).toBe(201);
  eventId = (event.json() as { id: number }).id;

  // medicine: open, a direction; device: signed at the event; lost: the colleague's, lost;
  // lease: the leasing pipeline; percent and thousand: names that tell an escaped % from a wildcard.
  await create(officer, 'medicine', {
    name: '创新药甲',
    direction: 'high_quality_medicine',
    plannedInvestmentWan: 1000,
  });
  const device = await create(officer, 'device', { name: '器械乙', plannedInvestmentWan: 2500.5 });
  for (const to of ['site_visit', 'negotiating']) await move(officer, device, { to });
  await move(officer, device, {
    to: 'signed',
    signedAmountWan: 3000.25,
    signingEventId: eventId,
    signedOn: '2024-06-18',
  });
  const lost = await create(colleague, 'lost', { name: '丙项目', plannedInvestmentWan: 400 });
  await move(colleague, lost, { to: 'lost', reason: '选择了外省园区' });
  await create(officer, 'lease', { pipeline: 'leasing', name: '丁厂房租赁', plannedInvestmentWan: 800 });
  await create(officer, 'percent', { name: '100%控股' });
  await create(officer, 'thousand', { name: '1000控股', plannedInvestmentWan: 99.5 });
});

describe('GET /api/projects', () => {
  it('lists the matching projects with stage names, signing event, total and summary of all of them', async () => {
    const all = await list({ sort: 'name', order: 'asc' });
    expect(all.total).toBe(6);
    expect(all.summary).toEqual({
      count: 6,
      // 1000 + 2500.50 + 400 + 800 + 99.50
      plannedWan: '4800.00',
      signedWan: '3000.25',
      plannedYi: '0.48',
      signedYi: '0.30',
    });
    const device = all.items.find((item) => item.id === ids.device)!;
    expect(device).toMatchObject({
      stageCode: 'signed',
      stageNameZh: '已签约',
      stageNameEn: 'Signed',
      stageOutcome: 'signed',
      signedAmountWan: '3000.25',
      signingEventId: eventId,
      signingEventName: eventName,
      signedOn: '2024-06-18',
      officer: { id: officer.userId },
    });
    const lease = all.items.find((item) => item.id === ids.lease)!;
    expect(lease).toMatchObject({ pipelineCode: 'leasing', stageCode: 'enquiry', stageNameZh: '咨询' });
  });

  it('filters by pipeline, stage (one or a comma list), officer, mine, direction, event and outcome', async () => {
    expect(keysOf(await list({ pipeline: 'leasing' }))).toEqual(['lease']);
    expect(keysOf(await list({ stage: 'signed' }))).toEqual(['device']);
    expect(keysOf(await list({ stage: 'signed,lost', sort: 'name', order: 'asc' })).sort()).toEqual([
      'device',
      'lost',
    ]);
    expect(keysOf(await list({ pipeline: 'investment', stage: 'contacted' })).sort()).toEqual([
      'medicine',
      'percent',
      'thousand',
    ]);
    expect(keysOf(await list({ officer: colleague.userId }))).toEqual(['lost']);
    expect(keysOf(await list({ mine: 'true' }, colleague))).toEqual(['lost']);
    expect((await list({ mine: 'true' })).total).toBe(5);
    expect(keysOf(await list({ direction: 'high_quality_medicine' }))).toEqual(['medicine']);
    expect(keysOf(await list({ signingEvent: eventId }))).toEqual(['device']);
    expect(keysOf(await list({ outcome: 'signed' }))).toEqual(['device']);
    expect(keysOf(await list({ outcome: 'lost' }))).toEqual(['lost']);
    const open = await list({ outcome: 'open' });
    expect(keysOf(open).sort()).toEqual(['lease', 'medicine', 'percent', 'thousand']);
    expect(open.summary).toMatchObject({ count: 4, plannedWan: '1899.50', signedWan: '0.00' });
  });

  it('filters by signing date, inclusive at both ends', async () => {
    expect(keysOf(await list({ signedFrom: '2024-06-18', signedTo: '2024-06-18' }))).toEqual(['device']);
    expect(keysOf(await list({ signedFrom: '2024-06-01' }))).toEqual(['device']);
    expect((await list({ signedTo: '2024-06-17' })).total).toBe(0);
    expect((await list({ signedFrom: '2024-06-19' })).total).toBe(0);
  });

  it('searches names and company names as text: % and _ are not wildcards, either script matches', async () => {
    expect(keysOf(await list({ q: `${token} 100%` }))).toEqual(['percent']);
    expect((await list({ q: `${token} 1_0` })).total).toBe(0);
    expect(keysOf(await list({ q: `${token} 1000` }))).toEqual(['thousand']);
    // Traditional characters find the simplified name, and upper case the lower.
    expect(keysOf(await list({ q: `${token} 創新藥` }))).toEqual(['medicine']);
    expect(keysOf(await list({ q: `${token} DEVICE 有限公司` }))).toEqual(['device']);
  });

  it('pages with a total and a summary over every page', async () => {
    const first = await list({ sort: 'name', order: 'asc', limit: 4, offset: 0 });
    const second = await list({ sort: 'name', order: 'asc', limit: 4, offset: 4 });
    expect([first.total, second.total]).toEqual([6, 6]);
    expect([first.items.length, second.items.length]).toEqual([4, 2]);
    expect([first.limit, first.offset, second.offset]).toEqual([4, 0, 4]);
    expect(second.summary).toEqual(first.summary);
    const names = [...first.items, ...second.items].map((item) => item.name);
    expect(new Set(names).size).toBe(6);
    // The pages together are the one list, in order (as the database collates names).
    const whole = await list({ sort: 'name', order: 'asc' });
    expect(names).toEqual(whole.items.map((item) => item.name));
    const reversed = await list({ sort: 'name', order: 'desc' });
    expect(reversed.items.map((item) => item.name)).toEqual([...names].reverse());
  });

  it('sorts by amount and date either way, projects without the value last', async () => {
    expect(keysOf(await list({ sort: 'plannedInvestment', order: 'asc' }))).toEqual([
      'thousand',
      'lost',
      'lease',
      'medicine',
      'device',
      'percent',
    ]);
    expect(keysOf(await list({ sort: 'plannedInvestment', order: 'desc' }))).toEqual([
      'device',
      'medicine',
      'lease',
      'lost',
      'thousand',
      'percent',
    ]);
    expect(keysOf(await list({ sort: 'signedAmount', order: 'desc' }))[0]).toBe('device');
    expect(keysOf(await list({ sort: 'signedOn', order: 'asc' }))[0]).toBe('device');
    // Default: the most recently changed first (the thousand project was created last).
    expect(keysOf(await list({}))[0]).toBe('thousand');
    expect(keysOf(await list({ order: 'asc' }))[0]).toBe('medicine');
  });

  it('answers an unknown pipeline with an empty list', async () => {
    const none = await list({ pipeline: 'no-such-pipeline' });
    expect(none).toMatchObject({ items: [], total: 0 });
    expect(none.summary).toEqual({
      count: 0,
      plannedWan: '0.00',
      signedWan: '0.00',
      plannedYi: '0.00',
      signedYi: '0.00',
    });
  });

  it('refuses bad filters with 400 naming each field', async () => {
    const res = await officer.request({
      url: '/api/projects?outcome=maybe&sort=size&officer=x&signedFrom=2024-13-01&limit=0',
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json() as ErrorBody).error.fields.map((f) => f.path).sort();
    expect(fields).toEqual(['limit', 'officer', 'outcome', 'signedFrom', 'sort']);
    const reversed = await officer.request({
      url: '/api/projects?signedFrom=2024-07-01&signedTo=2024-06-01',
    });
    expect(reversed.statusCode).toBe(400);
    expect((reversed.json() as ErrorBody).error.fields).toMatchObject([{ path: 'signedTo' }]);
  });

  it('is for administrators and officers only', async () => {
    expect((await app.inject({ url: '/api/projects' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/projects/export.xlsx' })).statusCode).toBe(401);
    const manager = await signedInClient('park_manager');
    expect((await manager.request({ url: '/api/projects' })).statusCode).toBe(403);
    expect((await manager.request({ url: '/api/projects/export.xlsx' })).statusCode).toBe(403);
    const admin = await signedInClient('admin');
    expect(
      (await admin.request({ url: `/api/projects?q=${encodeURIComponent(token)}` })).json(),
    ).toMatchObject({
      total: 6,
    });
  });
});

describe('GET /api/projects/export.xlsx', () => {
  it('writes the filtered projects in the table’s order, amounts as numbers', async () => {
    const params = new URLSearchParams({ q: token, outcome: 'signed', sort: 'name' });
    const file = await officer.request({ url: `/api/projects/export.xlsx?${params}` });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('项目-'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('项目');
    const rows = (sheet.getSheetValues() as unknown[][]).filter(Array.isArray).map((r) => r.slice(1));
    expect(rows[0]).toEqual([
      '项目',
      '企业',
      '阶段',
      '招商专员',
      '产业方向',
      '计划投资(万元)',
      '签约金额(万元)',
      '签约日期',
      '签约活动',
      '流失原因',
    ]);
    expect(rows.length).toBe(2);
    expect(rows[1]).toEqual([
      `${token} 器械乙`,
      `${token} device 有限公司`,
      '已签约',
      officer.email.split('@')[0],
      undefined,
      2500.5,
      3000.25,
      '2024-06-18',
      eventName,
    ]);

    const sorted = await officer.request({
      url: `/api/projects/export.xlsx?${new URLSearchParams({ q: token, sort: 'plannedInvestment', order: 'desc' })}`,
    });
    const all = new ExcelJS.Workbook();
    await all.xlsx.load(sorted.rawPayload as unknown as ArrayBuffer);
    const names = (all.worksheets[0]!.getSheetValues() as unknown[][])
      .filter(Array.isArray)
      .slice(1)
      .map((r) => r[1]);
    expect(names).toEqual(
      ['器械乙', '创新药甲', '丁厂房租赁', '丙项目', '1000控股', '100%控股'].map((n) => `${token} ${n}`),
    );
  });

  it('refuses bad filters like the list', async () => {
    const res = await officer.request({ url: '/api/projects/export.xlsx?outcome=maybe' });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields).toMatchObject([{ path: 'outcome' }]);
  });
});
