import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, nextAddress, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { auditLog } from '../../core/audit/tables.js';
import ExcelJS from '../../core/excel/exceljs.js';
import { leads } from './tables.js';

let app: FastifyInstance;

/** A valid form, with a company and phone of the test's own so duplicates are the test's doing. */
function form(overrides: Record<string, unknown> = {}) {
  return {
    companyName: unique('福州测试生物医药有限公司'),
    contactName: '林女士',
    phone: '133 9121 9793',
    email: 'lin@example.cn',
    direction: 'high_quality_medicine',
    intendedUse: 'gmp_production',
    areaM2: 1200,
    investmentWan: 15000,
    annualTaxWan: 800,
    timeline: 'within_6_months',
    needs: '需要 GMP C 级洁净车间，层高 6 米以上',
    preferredZone: 'fuzhou-imcez',
    consent: true,
    ...overrides,
  };
}

function submit(payload: Record<string, unknown>, address = nextAddress(), lang = 'zh-CN') {
  return app.inject({
    method: 'POST',
    url: '/api/leads',
    payload,
    remoteAddress: address,
    headers: { 'accept-language': lang },
  });
}

type ErrorBody = { error: { code: string; fields: { path: string; message: string }[] } };

beforeAll(async () => {
  app = await testApp();
});

describe('POST /api/leads (the public demand form)', () => {
  it('answers a valid form with 201 and a reference to quote', async () => {
    const res = await submit(form());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      reference: expect.stringMatching(/^MZ-\d{8}-[2-9A-Z]{5}$/),
      merged: false,
    });
  });

  it('rejects a bad phone, a missing consent and a 10,000-character name, field by field, in the caller’s language', async () => {
    const payload = form({ phone: '12345', companyName: '药'.repeat(10_000) });
    delete (payload as { consent?: boolean }).consent;
    const zh = await submit(payload);
    expect(zh.statusCode).toBe(400);
    const fields = new Map((zh.json() as ErrorBody).error.fields.map((f) => [f.path, f.message]));
    expect([...fields.keys()].sort()).toEqual(['companyName', 'consent', 'phone']);
    expect(fields.get('phone')).toBe('手机号或电话号码格式不正确');
    expect(fields.get('consent')).toBe('请阅读并同意个人信息处理说明后再提交');

    const en = (await submit(payload, nextAddress(), 'en')).json() as ErrorBody;
    expect(en.error.fields.find((f) => f.path === 'consent')?.message).toBe(
      'Please read and agree to how your personal information is handled',
    );
    // Nothing of a refused form is kept.
    const { db } = await testDatabase();
    expect(
      await db
        .select()
        .from(leads)
        .where(eq(leads.companyName, payload.companyName as string)),
    ).toEqual([]);
  });

  it('refuses consent given as false, a filled honeypot, and an unknown direction', async () => {
    expect((await submit(form({ consent: false }))).statusCode).toBe(400);
    const bot = (await submit(form({ website: 'http://spam.example' }))).json() as ErrorBody;
    expect(bot.error.fields.map((f) => f.path)).toEqual(['website']);
    const direction = (await submit(form({ direction: 'astrology' }))).json() as ErrorBody;
    expect(direction.error.fields).toMatchObject([{ path: 'direction', message: '没有这个产业方向' }]);
  });

  it('takes a Taiwan mobile number and a 統一編號, stored normalised', async () => {
    const company = unique('臺灣生技股份有限公司');
    const res = await submit(form({ companyName: company, phone: '0912-345-678', taiwanUbn: '04595257' }));
    expect(res.statusCode, res.body).toBe(201);
    const { db } = await testDatabase();
    const [lead] = await db.select().from(leads).where(eq(leads.companyName, company));
    expect(lead).toMatchObject({ phoneE164: '+886912345678', taiwanUbn: '04595257' });
    expect((await submit(form({ taiwanUbn: '12345678' }))).statusCode).toBe(400);
  });

  it('answers the 11th submission within a minute from one address with 429 and Retry-After', async () => {
    const address = nextAddress();
    for (let i = 0; i < 10; i++) expect((await submit(form(), address)).statusCode).toBe(201);
    const eleventh = await submit(form(), address);
    expect(eleventh.statusCode).toBe(429);
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(0);
    expect((eleventh.json() as ErrorBody).error.code).toBe('RATE_LIMITED');
    expect((await submit(form())).statusCode).toBe(201);
  });

  it('merges a repeat of the same company and phone into the open lead, keeping both on its timeline', async () => {
    const company = unique('厦门两岸医疗器械（海沧）有限公司');
    const first = (await submit(form({ companyName: company, areaM2: 800 }))).json() as { reference: string };
    // Typed differently: traditional script, full-width brackets, another phone format.
    const again = await submit(
      form({
        companyName: company.replace('门', '門').replace('（', '(').replace('）', ')'),
        phone: '+86 133-9121-9793',
        areaM2: 1000,
      }),
    );
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ reference: first.reference, merged: true });

    const admin = await signedInClient('admin');
    const { db } = await testDatabase();
    const [lead] = await db.select().from(leads).where(eq(leads.reference, first.reference));
    expect(lead!.submissionCount).toBe(2);
    const detail = (await admin.request({ url: `/api/leads/${lead!.id}` })).json() as {
      timeline_events: { kind: string; detail: { areaM2: number; phone: string } }[];
    };
    const submissions = detail.timeline_events.filter((e) => e.kind === 'submitted' || e.kind === 'merged');
    expect(submissions.map((e) => [e.kind, e.detail.areaM2, e.detail.phone])).toEqual([
      ['submitted', 800, '133****9793'],
      ['merged', 1000, '133****9793'],
    ]);
  });
});

describe('reading leads: personal data masked, revealed only to the assigned officer and admins, audited', () => {
  let leadId: number;
  let assigned: Client;
  let other: Client;
  let admin: Client;

  beforeAll(async () => {
    const company = unique('平潭中药材贸易有限公司');
    expect((await submit(form({ companyName: company }))).statusCode).toBe(201);
    const { db } = await testDatabase();
    leadId = (await db.select().from(leads).where(eq(leads.companyName, company)))[0]!.id;
    admin = await signedInClient('admin');
    assigned = await signedInClient('officer');
    other = await signedInClient('officer');
    const res = await admin.request({
      method: 'POST',
      url: `/api/leads/${leadId}/assign`,
      payload: { officerId: assigned.userId },
    });
    expect(res.statusCode, res.body).toBe(204);
  });

  it('lets no anonymous caller, park manager or enterprise read leads', async () => {
    expect((await app.inject({ url: '/api/leads' })).statusCode).toBe(401);
    expect((await app.inject({ url: `/api/leads/${leadId}` })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: `/api/leads/${leadId}/contact` })).statusCode).toBe(401);
    for (const role of ['park_manager', 'enterprise'] as const) {
      const client = await signedInClient(role);
      expect((await client.request({ url: '/api/leads' })).statusCode).toBe(403);
    }
  });

  it('shows every officer masked contact details; an officer not assigned cannot reveal them', async () => {
    const detail = (await other.request({ url: `/api/leads/${leadId}` })).json() as {
      contact: { phone: string; email: string };
      assignedTo: { id: number };
    };
    expect(detail.contact).toEqual({ phone: '133****9793', email: 'l***@example.cn' });
    expect(detail.assignedTo.id).toBe(assigned.userId);
    const list = (await other.request({ url: '/api/leads?limit=200' })).json() as {
      items: { id: number; contact: { phone: string } }[];
    };
    expect(list.items.find((l) => l.id === leadId)?.contact.phone).toBe('133****9793');
    expect(JSON.stringify(list)).not.toContain('13391219793');
    expect((await other.request({ method: 'POST', url: `/api/leads/${leadId}/contact` })).statusCode).toBe(
      403,
    );
  });

  it('reveals them to the assigned officer and to admins, and audits each reveal', async () => {
    const mine = await assigned.request({ method: 'POST', url: `/api/leads/${leadId}/contact` });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toEqual({ phone: '+8613391219793', email: 'lin@example.cn' });
    expect((await admin.request({ method: 'POST', url: `/api/leads/${leadId}/contact` })).statusCode).toBe(
      200,
    );

    const { db } = await testDatabase();
    const reveals = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'lead.contact_reveal'), eq(auditLog.entityId, String(leadId))));
    expect(reveals.map((r) => r.actorUserId).sort()).toEqual([assigned.userId, admin.userId].sort());
    const detail = (await assigned.request({ url: `/api/leads/${leadId}` })).json() as {
      timeline_events: { kind: string }[];
    };
    // (An 'assigned' event from automatic assignment may come first, depending on which officers exist.)
    expect(detail.timeline_events.map((e) => e.kind).filter((k) => k !== 'assigned')).toEqual([
      'submitted',
      'contact_revealed',
      'contact_revealed',
    ]);
  });

  it('exports the list with contact details masked, and audits the export', async () => {
    const file = await other.request({ url: '/api/leads/export.xlsx?status=new' });
    expect(file.statusCode, file.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues() as unknown[][];
    const row = rows.find((r) => Array.isArray(r) && r.includes('133****9793'));
    expect(row).toBeDefined();
    expect(JSON.stringify(rows)).not.toContain('13391219793');
    const { db } = await testDatabase();
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'lead.export'), eq(auditLog.actorUserId, other.userId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ filters: { status: 'new' } });
  });

  it('assigns only to officers', async () => {
    const res = await admin.request({
      method: 'POST',
      url: `/api/leads/${leadId}/assign`,
      payload: { officerId: admin.userId },
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields).toMatchObject([{ path: 'officerId' }]);
  });
});

describe("a person's data: exported and erased on request, the figures kept", () => {
  it('exports everything held (audited), then erases it from the lead and its timeline, keeping the figures', async () => {
    const company = unique('两岸医疗器械检测有限公司');
    await submit(form({ companyName: company, areaM2: 500 }));
    await submit(form({ companyName: company, areaM2: 700, needs: '请联系林女士 13391219793' }));
    const { db } = await testDatabase();
    const [lead] = await db.select().from(leads).where(eq(leads.companyName, company));
    const admin = await signedInClient('admin');
    const officer = await signedInClient('officer');
    expect((await officer.request({ url: `/api/leads/${lead!.id}/personal-data` })).statusCode).toBe(403);

    const copy = await admin.request({ url: `/api/leads/${lead!.id}/personal-data` });
    expect(copy.statusCode, copy.body).toBe(200);
    expect(copy.json()).toMatchObject({
      contactName: '林女士',
      phone: '+8613391219793',
      email: 'lin@example.cn',
    });
    expect((copy.json() as { submissions: unknown[] }).submissions).toHaveLength(2);

    const note = { kind: 'call', summary: '林女士说下月来考察', attendees: ['林女士'] };
    const logged = await admin.request({
      method: 'POST',
      url: `/api/leads/${lead!.id}/follow-ups`,
      payload: note,
    });
    expect(logged.statusCode).toBe(201);
    const erase = await admin.request({ method: 'POST', url: `/api/leads/${lead!.id}/erase` });
    expect(erase.statusCode).toBe(204);
    const [erased] = await db.select().from(leads).where(eq(leads.id, lead!.id));
    expect(erased).toMatchObject({
      contactName: '',
      phoneE164: '',
      email: null,
      needs: null,
      areaM2: '500.00',
    });
    expect(erased!.erasedAt).not.toBeNull();
    const detail = (await admin.request({ url: `/api/leads/${lead!.id}` })).json() as {
      erased: boolean;
      contact: { phone: string };
      timeline_events: { kind: string; detail: Record<string, unknown> | null }[];
    };
    expect(detail.erased).toBe(true);
    expect(JSON.stringify(detail)).not.toMatch(/林女士|13391219793|lin@example/);
    expect(detail.timeline_events.filter((e) => e.detail).map((e) => e.detail!.areaM2)).toEqual([500, 700]);
    expect(detail.timeline_events.map((e) => e.kind).filter((k) => k !== 'assigned')).toEqual([
      'submitted',
      'merged',
      'personal_data_exported',
      'follow_up',
      'erased',
    ]);
    const audits = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(lead!.id)));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['lead.personal_data_export', 'lead.erase']),
    );
    // A new request from the same person starts a new lead: nothing left to match the erased one by.
    expect((await submit(form({ companyName: company }))).json()).toMatchObject({ merged: false });
  });
});

describe('contact deadline (SLA by lead size) and the follow-up log', () => {
  it('lists a new lead past its deadline as overdue until a follow-up is logged', async () => {
    const company = unique('安布瑞合作药企');
    await submit(form({ companyName: company, investmentWan: 15_000 }));
    const { db } = await testDatabase();
    const [lead] = await db.select().from(leads).where(eq(leads.companyName, company));
    // ≥ 1 亿元: one working day, so at most three calendar days plus the rest of today (a weekend between).
    const hours = (lead!.contactDueAt!.getTime() - lead!.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(0);
    expect(hours).toBeLessThanOrEqual(4 * 24);

    const admin = await signedInClient('admin');
    const mine = await signedInClient('officer');
    const colleague = await signedInClient('officer');
    await admin.request({
      method: 'POST',
      url: `/api/leads/${lead!.id}/assign`,
      payload: { officerId: mine.userId },
    });
    await db
      .update(leads)
      .set({ contactDueAt: new Date(Date.now() - 3_600_000) })
      .where(eq(leads.id, lead!.id));

    const overdue = (await mine.request({ url: '/api/leads?overdue=true&mine=true' })).json() as {
      items: { id: number; overdue: boolean }[];
    };
    expect(overdue.items).toEqual([expect.objectContaining({ id: lead!.id, overdue: true })]);

    const visit = {
      kind: 'visit',
      summary: '考察金山园区 3 号楼',
      attendees: ['林女士', '王主任'],
      nextActionOn: '2026-12-01',
    };
    const refused = await colleague.request({
      method: 'POST',
      url: `/api/leads/${lead!.id}/follow-ups`,
      payload: visit,
    });
    expect(refused.statusCode).toBe(403);
    const logged = await mine.request({
      method: 'POST',
      url: `/api/leads/${lead!.id}/follow-ups`,
      payload: visit,
    });
    expect(logged.statusCode, logged.body).toBe(201);

    const after = (await mine.request({ url: `/api/leads/${lead!.id}` })).json() as {
      status: string;
      overdue: boolean;
      followUps: { kind: string; attendees: string[]; nextActionOn: string }[];
    };
    expect(after).toMatchObject({ status: 'contacted', overdue: false });
    expect(after.followUps).toMatchObject([
      { kind: 'visit', attendees: ['林女士', '王主任'], nextActionOn: '2026-12-01' },
    ]);
    const none = (await mine.request({ url: '/api/leads?overdue=true&mine=true' })).json() as {
      items: unknown[];
    };
    expect(none.items).toEqual([]);
  });
});

describe('assignment of new leads', () => {
  it('gives a lead to the officer covering its direction, in turn; without one, round robin over all officers', async () => {
    const admin = await signedInClient('admin');
    const first = await signedInClient('officer');
    const second = await signedInClient('officer');
    for (const officer of [first, second]) {
      const res = await admin.request({
        method: 'PUT',
        url: `/api/officers/${officer.userId}/directions`,
        payload: { directions: ['internet_medicine'] },
      });
      expect(res.statusCode, res.body).toBe(204);
    }
    const { db } = await testDatabase();
    const assignedTo = async (company: string) =>
      (await db.select().from(leads).where(eq(leads.companyName, company)))[0]!.assignedTo;
    const companies = [unique('互联网医院甲'), unique('互联网医院乙'), unique('互联网医院丙')];
    for (const companyName of companies) {
      expect((await submit(form({ companyName, direction: 'internet_medicine' }))).statusCode).toBe(201);
    }
    const owners = await Promise.all(companies.map(assignedTo));
    // Neither had a lead before: the lower id first, then the other, then back to the first.
    expect(owners).toEqual([first.userId, second.userId, first.userId]);

    const bad = await admin.request({
      method: 'PUT',
      url: `/api/officers/${first.userId}/directions`,
      payload: { directions: ['astrology'] },
    });
    expect(bad.statusCode).toBe(400);

    // A direction nobody covers still gets an officer, by round robin over all of them.
    const other = unique('高品质医药企业');
    await submit(form({ companyName: other, direction: 'high_quality_medicine' }));
    expect(await assignedTo(other)).not.toBeNull();
  });
});
