import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, nextAddress, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { auditLog } from '../../core/audit/tables.js';
import { projects } from '../pipeline/tables.js';
import { applyRetention } from './retention.js';
import { leads } from './tables.js';

let admin: Client;
let officer: Client;

/** Submits a lead of the test's own and gives it to the test officer; returns its id. */
async function newLead(company = unique('福州闭环测试医药有限公司')): Promise<number> {
  const app = await testApp();
  const res = await app.inject({
    method: 'POST',
    url: '/api/leads',
    remoteAddress: nextAddress(),
    payload: {
      companyName: company,
      contactName: '王先生',
      phone: '13912345678',
      consent: true,
      areaM2: 800,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { db } = await testDatabase();
  const [lead] = await db.select().from(leads).where(eq(leads.companyName, company));
  const assigned = await admin.request({
    method: 'POST',
    url: `/api/leads/${lead!.id}/assign`,
    payload: { officerId: officer.userId },
  });
  expect(assigned.statusCode, assigned.body).toBe(204);
  return lead!.id;
}

type LeadDetail = {
  status: string;
  closed: { reason: string; note: string | null } | null;
  timeline_events: { kind: string; detail: Record<string, unknown> | null }[];
};

beforeAll(async () => {
  await testApp();
  admin = await signedInClient('admin');
  officer = await signedInClient('officer');
});

describe('closing a lead with a reason', () => {
  it('closes with the reason on the lead and its timeline, audited; reopens it; refuses a second close', async () => {
    const id = await newLead();
    const bad = await officer.request({
      method: 'POST',
      url: `/api/leads/${id}/close`,
      payload: { reason: 'bored' },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe('reason');

    const stranger = await signedInClient('officer');
    const close = { method: 'POST' as const, url: `/api/leads/${id}/close` };
    const payload = { reason: 'no_suitable_space', note: '需要 3000 m² 甲类仓库，园区暂无' };
    expect((await stranger.request({ ...close, payload })).statusCode).toBe(403);
    const closed = await officer.request({ ...close, payload });
    expect(closed.statusCode, closed.body).toBe(204);
    expect((await officer.request({ ...close, payload })).statusCode).toBe(409);

    const detail = (await officer.request({ url: `/api/leads/${id}` })).json() as LeadDetail;
    expect(detail.status).toBe('closed');
    expect(detail.closed).toMatchObject(payload);
    expect(detail.timeline_events.at(-1)).toEqual(
      expect.objectContaining({
        kind: 'closed',
        detail: { reason: 'no_suitable_space', note: payload.note },
      }),
    );
    const qualify = await officer.request({ method: 'POST', url: `/api/leads/${id}/qualify`, payload: {} });
    expect(qualify.statusCode).toBe(409);

    const reopened = await officer.request({ method: 'POST', url: `/api/leads/${id}/reopen` });
    expect(reopened.statusCode, reopened.body).toBe(204);
    const after = (await officer.request({ url: `/api/leads/${id}` })).json() as LeadDetail;
    expect(after).toMatchObject({ status: 'new', closed: null });
    expect(after.timeline_events.at(-1)?.kind).toBe('reopened');

    const { db } = await testDatabase();
    const audits = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(id)));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['lead.close', 'lead.reopen']));
  });
});

describe('retention: personal data erased three years after a lead is finished', () => {
  it('erases closed leads past three years and leads whose project ended three years ago, nothing else', async () => {
    const { db } = await testDatabase();
    const [oldClosed, recentClosed, oldLost, oldOpenProject] = [
      await newLead(),
      await newLead(),
      await newLead(),
      await newLead(),
    ];
    for (const id of [oldClosed, recentClosed]) {
      const res = await officer.request({
        method: 'POST',
        url: `/api/leads/${id}/close`,
        payload: { reason: 'no_response' },
      });
      expect(res.statusCode).toBe(204);
    }
    const asOf = new Date('2031-06-01T00:00:00Z');
    await db
      .update(leads)
      .set({ closedAt: new Date('2028-05-31T00:00:00Z') })
      .where(eq(leads.id, oldClosed));
    await db
      .update(leads)
      .set({ closedAt: new Date('2028-06-02T00:00:00Z') })
      .where(eq(leads.id, recentClosed));
    for (const id of [oldLost, oldOpenProject]) {
      const res = await officer.request({ method: 'POST', url: `/api/leads/${id}/qualify`, payload: {} });
      expect(res.statusCode, res.body).toBe(201);
    }
    const [lostProject] = await db.select().from(projects).where(eq(projects.leadId, oldLost));
    const moved = await officer.request({
      method: 'POST',
      url: `/api/projects/${lostProject!.id}/stage`,
      payload: { to: 'lost', reason: '选择了外省园区' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await db
      .update(projects)
      .set({ updatedAt: sql`'2027-01-01T00:00:00Z'::timestamptz` })
      .where(inArray(projects.leadId, [oldLost, oldOpenProject]));

    const { erased } = await applyRetention(db, asOf);
    expect(erased).toEqual(expect.arrayContaining([oldClosed, oldLost]));
    expect(erased).not.toContain(recentClosed);
    expect(erased).not.toContain(oldOpenProject);

    const rows = await db
      .select()
      .from(leads)
      .where(inArray(leads.id, [oldClosed, recentClosed, oldLost, oldOpenProject]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of [oldClosed, oldLost]) {
      expect(byId.get(id)).toMatchObject({ contactName: '', phoneE164: '', areaM2: '800.00' });
    }
    for (const id of [recentClosed, oldOpenProject]) {
      expect(byId.get(id)).toMatchObject({
        contactName: '王先生',
        phoneE164: '+8613912345678',
        erasedAt: null,
      });
    }
    const audit = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(oldClosed)));
    expect(audit.find((a) => a.action === 'lead.erase')).toMatchObject({
      actorRole: 'system',
      after: { reason: 'retention', years: 3 },
    });
    // Run again: nothing left to do for these.
    const again = await applyRetention(db, asOf);
    expect(again.erased).not.toContain(oldClosed);
    // An erased lead cannot be reopened: there is nobody left to contact.
    const reopen = await officer.request({ method: 'POST', url: `/api/leads/${oldClosed}/reopen` });
    expect(reopen.statusCode).toBe(409);
  });
});

describe('the officers list for assignment', () => {
  it('shows each officer with directions and open leads, to admins only', async () => {
    const own = await signedInClient('officer');
    const set = await admin.request({
      method: 'PUT',
      url: `/api/officers/${own.userId}/directions`,
      payload: { directions: ['internet_medicine'] },
    });
    expect(set.statusCode, set.body).toBe(204);
    expect((await officer.request({ url: '/api/officers' })).statusCode).toBe(403);
    const res = await admin.request({ url: '/api/officers' });
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as { items: { id: number; directions: string[]; openLeads: number }[] }).items;
    expect(items.find((o) => o.id === own.userId)).toMatchObject({
      directions: ['internet_medicine'],
      openLeads: 0,
    });
    expect(items.find((o) => o.id === officer.userId)?.openLeads).toBeGreaterThanOrEqual(1);
    // The test database is shared: leave no direction covered that other tests' leads could land on.
    await admin.request({
      method: 'PUT',
      url: `/api/officers/${own.userId}/directions`,
      payload: { directions: [] },
    });
  });
});
