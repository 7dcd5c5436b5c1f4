import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient } from '../../../tests/support/test-app.js';
import { unique } from '../../../tests/support/test-database.js';
import type { PlanTarget } from './schema.js';

let admin: Client;
let officer: Client;

type ErrorBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };

const valid = () => ({
  metric: 'enterprises_settled',
  scopeType: 'park',
  scopeCode: 'ruike',
  directionCode: 'high_quality_medicine',
  targetValue: 80,
  dueYear: 2027,
  labelZh: unique('瑞科入驻企业'),
  labelEn: 'Enterprises settled at Ruike',
});

function create(client: Client, payload: Record<string, unknown>, lang = 'zh-CN') {
  return client.request({
    method: 'POST',
    url: '/api/plan-targets',
    payload,
    headers: { 'accept-language': lang },
  });
}

beforeAll(async () => {
  admin = await signedInClient('admin');
  officer = await signedInClient('officer');
});

describe('plan targets', () => {
  it('lists the documents’ 2025 revenue target as reference data', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/plan-targets' });
    expect(res.statusCode).toBe(200);
    const target = (res.json() as { items: PlanTarget[] }).items.find(
      (t) => t.code === 'fujian-pharma-revenue-2025',
    );
    expect(target).toMatchObject({
      metric: 'pharma_operating_revenue_yuan',
      scopeType: 'province',
      scopeCode: '350000',
      targetValue: '120000000000.00',
      unit: 'yuan',
      dueYear: 2025,
      isReference: true,
    });
  });

  it('lets an administrator add, change and remove a target, with the unit taken from the metric', async () => {
    const created = await create(admin, valid());
    expect(created.statusCode, created.body).toBe(201);
    const target = created.json() as PlanTarget;
    expect(target).toMatchObject({
      unit: 'enterprises',
      targetValue: '80.00',
      isReference: false,
      source: 'admin',
    });

    const changed = await admin.request({
      method: 'PATCH',
      url: `/api/plan-targets/${target.code}`,
      payload: { targetValue: 90, directionCode: null },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ targetValue: '90.00', directionCode: null, scopeCode: 'ruike' });

    const removed = await admin.request({ method: 'DELETE', url: `/api/plan-targets/${target.code}` });
    expect(removed.statusCode).toBe(204);
    const again = await admin.request({ method: 'DELETE', url: `/api/plan-targets/${target.code}` });
    expect(again.statusCode).toBe(404);
  });

  it('refuses to change or remove the documents’ target', async () => {
    const removed = await admin.request({
      method: 'DELETE',
      url: '/api/plan-targets/fujian-pharma-revenue-2025',
    });
    expect(removed.statusCode).toBe(409);
    expect((removed.json() as ErrorBody).error.code).toBe('REFERENCE_TARGET');
    const changed = await admin.request({
      method: 'PATCH',
      url: '/api/plan-targets/fujian-pharma-revenue-2025',
      payload: { targetValue: 1 },
      headers: { 'accept-language': 'en' },
    });
    expect(changed.statusCode).toBe(409);
    expect((changed.json() as ErrorBody).error.message).toMatch(/reference data/);
  });

  it('names the fields that are wrong: scope, direction, percentages', async () => {
    const unknownPark = await create(admin, { ...valid(), scopeCode: 'no-such-park' });
    expect(unknownPark.statusCode).toBe(400);
    expect((unknownPark.json() as ErrorBody).error.fields).toEqual([
      { path: 'scopeCode', message: '没有这个区域、片区或园区' },
    ]);

    const province = await create(admin, { ...valid(), scopeType: 'province', scopeCode: '350100' }, 'en');
    expect((province.json() as ErrorBody).error.fields).toEqual([
      { path: 'scopeCode', message: 'A provincial target has the scope code 350000 (Fujian)' },
    ]);

    const occupancy = await create(admin, {
      ...valid(),
      metric: 'space_occupancy_pct',
      targetValue: 120,
    });
    expect((occupancy.json() as ErrorBody).error.fields.map((f) => f.path).sort()).toEqual([
      'directionCode',
      'targetValue',
    ]);

    const signedAtPark = await create(admin, { ...valid(), metric: 'signed_investment_yi' });
    expect((signedAtPark.json() as ErrorBody).error.fields.map((f) => f.path)).toEqual(['scopeType']);

    const unknownDirection = await create(admin, { ...valid(), directionCode: 'space_tourism' });
    expect((unknownDirection.json() as ErrorBody).error.fields).toEqual([
      { path: 'directionCode', message: '没有这个产业方向' },
    ]);

    const negative = await create(admin, { ...valid(), targetValue: -1, metric: 'no_such_metric' });
    expect(negative.statusCode).toBe(400);
    expect((negative.json() as ErrorBody).error.fields.map((f) => f.path).sort()).toEqual([
      'metric',
      'targetValue',
    ]);
  });

  it('is for administrators only', async () => {
    expect((await officer.request({ method: 'GET', url: '/api/plan-targets' })).statusCode).toBe(403);
    expect((await create(officer, valid())).statusCode).toBe(403);
  });
});
