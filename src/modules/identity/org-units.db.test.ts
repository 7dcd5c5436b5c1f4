import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { unique } from '../../../tests/support/test-database.js';

let admin: Client;

type Unit = { code: string; nameZh: string; nameEn: string; members: number };
type Figures = {
  byUnit: { code: string | null; nameZh: string | null; projects: number; amountYi: string }[];
};

/** A unit code of the test's own: lower-case letters, digits and underscores. */
function unitCode(): string {
  return `unit_${unique('')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()}`.slice(0, 40);
}

async function putUnit(code: string, nameZh: string) {
  return admin.request({
    method: 'PUT',
    url: `/api/org-units/${code}`,
    payload: { nameZh, nameEn: `${code} division`, position: 5 },
  });
}

beforeAll(async () => {
  await testApp();
  admin = await signedInClient('admin');
});

describe('organisational units (招商单位 / 处室)', () => {
  it('creates, renames and lists units; refuses bad codes, non-admins and the removal of a unit in use', async () => {
    const code = unitCode();
    expect((await putUnit(code, '招商一处')).statusCode).toBe(201);
    expect((await putUnit(code, '招商一处（产业链）')).statusCode).toBe(200);
    const fieldsOf = async (url: string, payload: Record<string, unknown>) => {
      const res = await admin.request({ method: 'PUT', url, payload });
      expect(res.statusCode).toBe(400);
      return (res.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    };
    expect(await fieldsOf('/api/org-units/Bad-Code', { nameZh: '招商四处', nameEn: 'x' })).toEqual(['code']);
    expect(await fieldsOf(`/api/org-units/${code}`, { nameZh: ' ', nameEn: 'x' })).toEqual(['nameZh']);
    const officer = await signedInClient('officer');
    expect(
      (await officer.request({ method: 'PUT', url: `/api/org-units/${code}`, payload: {} })).statusCode,
    ).toBe(403);

    const joined = await admin.request({
      method: 'PUT',
      url: `/api/users/${officer.userId}/org-unit`,
      payload: { orgUnit: code },
    });
    expect(joined.statusCode, joined.body).toBe(204);
    const unknown = await admin.request({
      method: 'PUT',
      url: `/api/users/${officer.userId}/org-unit`,
      payload: { orgUnit: 'no_such_unit' },
    });
    expect(unknown.statusCode).toBe(400);

    const list = (await officer.request({ url: '/api/org-units' })).json() as { items: Unit[] };
    expect(list.items.find((u) => u.code === code)).toMatchObject({
      nameZh: '招商一处（产业链）',
      members: 1,
    });
    const inUse = await admin.request({ method: 'DELETE', url: `/api/org-units/${code}` });
    expect(inUse.statusCode).toBe(409);
    expect((inUse.json() as { error: { message: string } }).error.message).toContain('1 名人员');

    await admin.request({
      method: 'PUT',
      url: `/api/users/${officer.userId}/org-unit`,
      payload: { orgUnit: null },
    });
    expect((await admin.request({ method: 'DELETE', url: `/api/org-units/${code}` })).statusCode).toBe(204);
  });

  it('counts a signed project for the unit its officer was in when it was signed, not after a move', async () => {
    const [first, second] = [unitCode(), unitCode()];
    await putUnit(first, '招商二处');
    await putUnit(second, '招商三处');
    const officer = await signedInClient('officer');
    await admin.request({
      method: 'PUT',
      url: `/api/users/${officer.userId}/org-unit`,
      payload: { orgUnit: first },
    });
    const created = await officer.request({
      method: 'POST',
      url: '/api/projects',
      payload: { name: unique('单位统计项目'), companyName: unique('单位统计企业') },
    });
    const id = (created.json() as { id: number }).id;
    for (const to of ['site_visit', 'negotiating']) {
      await officer.request({ method: 'POST', url: `/api/projects/${id}/stage`, payload: { to } });
    }
    const signed = await officer.request({
      method: 'POST',
      url: `/api/projects/${id}/stage`,
      payload: { to: 'signed', signedAmountWan: 64671, signedOn: '2026-10-15' },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    await admin.request({
      method: 'PUT',
      url: `/api/users/${officer.userId}/org-unit`,
      payload: { orgUnit: second },
    });

    const figures = (
      await admin.request({ url: '/api/pipeline/figures?from=2026-10-01&to=2026-10-31' })
    ).json() as Figures;
    expect(figures.byUnit.find((u) => u.code === first)).toMatchObject({
      nameZh: '招商二处',
      projects: 1,
      amountYi: '6.47',
    });
    expect(figures.byUnit.find((u) => u.code === second)).toBeUndefined();
  });
});
