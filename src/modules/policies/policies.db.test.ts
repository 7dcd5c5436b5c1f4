import { eq, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { queryRows } from '../../core/db/db.js';
import { generateEnterprises } from '../../data/generate/index.js';
import { enterpriseMembers, enterprises } from '../enterprises/tables.js';
import { createUser } from '../identity/index.js';
import { notifications } from '../inbox/tables.js';
import { parks } from '../space/tables.js';
import { effectiveRule } from './calculator.js';
import { executeMatchRun } from './matching-run.js';
import { enterpriseProfiles } from './profiles.js';
import { evaluateRule, profileFromRow, type Rule } from './rules/index.js';
import { policyMatches } from './tables.js';

type Result = {
  policy: { code: string };
  eligible: boolean;
  clauses: { attr: string; satisfied: boolean; requirement: { zh: string }; actualText: { zh: string } }[];
  nearMiss: { clauses: { attr: string }[] } | null;
  benefits: { code: string; amountYuan: number | null; formula: { zh: string } | null; demo: boolean }[];
};
type Evaluation = { results: Result[]; eligibleCount: number; totalYuan: number };

/** A Taiwan-funded MAH holder settled in a park of the Cangshan block (Ruike), making chemical drugs. */
async function taiwanMahHolderInCangshan() {
  const { db } = await testDatabase();
  const [park] = await db.select({ id: parks.id }).from(parks).where(eq(parks.code, 'ruike'));
  const [row] = await db
    .insert(enterprises)
    .values({
      nameZh: unique('台资药业'),
      status: 'settled',
      parkId: park!.id,
      directionCode: 'high_quality_medicine',
      industryCode: 'C272',
      isMahHolder: true,
      isTaiwanFunded: true,
      source: 'test',
    })
    .returning({ id: enterprises.id });
  return row!.id;
}

const byCode = (evaluation: Evaluation, code: string) =>
  evaluation.results.find((r) => r.policy.code === code)!;

describe('policy calculator', () => {
  it('lists the MAH measure and the Taiwan special review for a Taiwan-funded MAH holder in Cangshan, every clause passed', async () => {
    const officer = await signedInClient('officer');
    const enterpriseId = await taiwanMahHolderInCangshan();
    const response = await officer.request({
      method: 'POST',
      url: '/api/policies/evaluate',
      payload: { enterpriseId, profile: { approvals: 2, leasedAreaM2: 1000, rentYuanPerM2Month: 40 } },
    });
    expect(response.statusCode).toBe(200);
    const evaluation = response.json() as Evaluation;

    const mah = byCode(evaluation, 'fuzhou-mah-support');
    expect(mah.eligible).toBe(true);
    expect(mah.clauses.length).toBeGreaterThan(0);
    expect(mah.clauses.every((c) => c.satisfied)).toBe(true);
    // The zone limit is a clause of its own, explained with the zone's name.
    expect(mah.clauses.find((c) => c.attr === 'zone')?.actualText.zh).toContain('福州国际医疗');
    const award = mah.benefits.find((b) => b.code === 'approval-award')!;
    expect(award.amountYuan).toBe(2_000_000);
    expect(award.demo).toBe(true);
    expect(award.formula?.zh).toContain('× 2');
    // 50 % × 40 yuan × 1,000 m² × 36 months = 720,000 yuan, under the 2,000,000 cap.
    expect(mah.benefits.find((b) => b.code === 'rent-subsidy')!.amountYuan).toBe(720_000);

    const review = byCode(evaluation, 'fujian-taiwan-drug-special-review');
    expect(review.eligible).toBe(true);
    expect(review.clauses.every((c) => c.satisfied)).toBe(true);
    expect(review.benefits[0]?.amountYuan).toBeNull();
    expect(evaluation.results[0]?.eligible).toBe(true);
    expect(evaluation.totalYuan).toBeGreaterThanOrEqual(2_720_000);
  });

  it('turns the MAH measure into a near-miss naming the clause when the enterprise holds no MAH', async () => {
    const officer = await signedInClient('officer');
    const enterpriseId = await taiwanMahHolderInCangshan();
    const response = await officer.request({
      method: 'POST',
      url: '/api/policies/evaluate',
      payload: { enterpriseId, profile: { isMahHolder: false } },
    });
    const evaluation = response.json() as Evaluation;
    const mah = byCode(evaluation, 'fuzhou-mah-support');
    expect(mah.eligible).toBe(false);
    expect(mah.nearMiss?.clauses.map((c) => c.attr)).toEqual(['isMahHolder']);
    expect(mah.clauses.find((c) => c.attr === 'isMahHolder')?.requirement.zh).toContain('MAH');
    // The special review also accepts a chemical-drug maker (C27…): still eligible.
    expect(byCode(evaluation, 'fujian-taiwan-drug-special-review').eligible).toBe(true);
  });

  it('evaluates an ad-hoc profile for anyone, but an enterprise’s registry figures only for those who may see them', async () => {
    const app = await testApp();
    const enterpriseId = await taiwanMahHolderInCangshan();
    const adHoc = await app.inject({
      method: 'POST',
      url: '/api/policies/evaluate',
      payload: { profile: { isMahHolder: true, zone: 'fuzhou-imcez' } },
    });
    expect(adHoc.statusCode).toBe(200);
    expect(byCode(adHoc.json() as Evaluation, 'fuzhou-mah-support').eligible).toBe(true);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/policies/evaluate',
      payload: { enterpriseId },
    });
    expect(anonymous.statusCode).toBe(401);
    const stranger = await signedInClient('enterprise');
    const refused = await stranger.request({
      method: 'POST',
      url: '/api/policies/evaluate',
      payload: { enterpriseId },
    });
    expect(refused.statusCode).toBe(403);
    const { db } = await testDatabase();
    await db.insert(enterpriseMembers).values({ userId: stranger.userId, enterpriseId });
    const own = await stranger.request({
      method: 'POST',
      url: '/api/policies/evaluate',
      payload: { enterpriseId },
    });
    expect(own.statusCode).toBe(200);
  });

  it('refuses a malformed profile field by field, in the caller’s language', async () => {
    const app = await testApp();
    const response = await app.inject({
      method: 'POST',
      url: '/api/policies/evaluate',
      headers: { 'accept-language': 'zh-CN' },
      payload: { profile: { employees: 2.5, settledOn: '2025-02-30', revenueWan: -1 } },
    });
    expect(response.statusCode).toBe(400);
    const fields = (response.json() as { error: { fields: { path: string; message: string }[] } }).error
      .fields;
    expect(fields.map((f) => f.path).sort()).toEqual([
      'profile.employees',
      'profile.revenueWan',
      'profile.settledOn',
    ]);
    expect(fields.every((f) => /[\u4e00-\u9fff]/.test(f.message))).toBe(true);
    const empty = await app.inject({ method: 'POST', url: '/api/policies/evaluate', payload: {} });
    expect(empty.statusCode).toBe(400);
  });
});

const SEED = 515151;
const POLICY_RULE = {
  all: [
    { attr: 'isHighTech', op: 'is', value: true },
    { attr: 'registeredCapitalWan', op: 'gte', value: 1000 },
    {
      any: [
        { attr: 'rdRatio', op: 'gte', value: 5 },
        { attr: 'direction', op: 'in', value: ['specialty_medical_devices'] },
      ],
    },
    { not: { attr: 'isTaiwanFunded', op: 'is', value: true } },
  ],
};

/** The same eligibility written by hand in SQL, straight from the tables (not through the rule compiler). */
async function eligibleByHand(): Promise<number[]> {
  const { db } = await testDatabase();
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT e.id FROM enterprises e
      JOIN parks p ON p.id = e.park_id JOIN zones z ON z.id = p.zone_id
      LEFT JOIN LATERAL (SELECT m.operating_revenue_yuan AS revenue, m.rd_spend_yuan AS rd
        FROM enterprise_metrics m WHERE m.enterprise_id = e.id ORDER BY m.year DESC LIMIT 1) m ON true
      WHERE z.code = 'fuzhou-imcez' AND e.is_high_tech AND e.registered_capital_wan_yuan >= 1000
        AND ((m.revenue > 0 AND round(m.rd * 100 / m.revenue, 2) >= 5)
          OR e.direction_code = 'specialty_medical_devices')
        AND NOT e.is_taiwan_funded
      ORDER BY e.id`,
  );
  return rows.map((r) => r.id);
}

describe('proactive matching (免申即享)', () => {
  it('notifies exactly the enterprises a direct SQL query of the same rule selects, once', async () => {
    const { db } = await testDatabase();
    await generateEnterprises(db, { count: 3000, seed: SEED });
    // Members for every tenth generated enterprise: their notices are what the run sends.
    const generated = await queryRows<{ id: number }>(
      db,
      sql`SELECT id FROM enterprises WHERE source = 'generated' ORDER BY id`,
    );
    for (const { id } of generated.filter((_, i) => i % 10 === 0).slice(0, 120)) {
      const user = await createUser(
        db,
        {
          email: `${unique('member')}@test.medzone.local`,
          role: 'enterprise',
          parkIds: [],
          password: 'correct horse battery staple',
        },
        'system',
      );
      await db.insert(enterpriseMembers).values({ userId: user.principal.userId, enterpriseId: id });
    }

    const admin = await signedInClient('admin');
    const created = await admin.request({
      method: 'POST',
      url: '/api/policies',
      payload: {
        code: unique('hightech').toLowerCase(),
        titleZh: '高新技术企业研发奖励（测试）',
        titleEn: 'R&D award for high-tech enterprises (test)',
        issuerZh: '测试',
        issuerEn: 'Test',
        level: 'zone',
        zones: ['fuzhou-imcez'],
        rule: POLICY_RULE,
        benefits: [
          {
            code: 'award',
            labelZh: '奖励',
            labelEn: 'Award',
            formula: { kind: 'one_off', amountYuan: 100000 },
            demo: true,
          },
        ],
        source: 'test',
      },
    });
    expect(created.statusCode).toBe(201);
    const policyId = (created.json() as { id: number }).id;

    const published = await admin.request({
      method: 'PUT',
      url: `/api/policies/${policyId}/status`,
      payload: { status: 'published' },
    });
    expect(published.statusCode).toBe(200);
    const runs = await admin.request({ method: 'GET', url: `/api/policies/${policyId}/runs` });
    const runId = (runs.json() as { items: { id: number }[] }).items[0]!.id;
    // The server runs it in the background; running it here too is safe (one runner per range at a time).
    const run = await executeMatchRun(db, runId);
    expect(run.status).toBe('done');

    const expected = await eligibleByHand();
    expect(expected.length).toBeGreaterThan(0);
    const matched = await db
      .select({ id: policyMatches.enterpriseId })
      .from(policyMatches)
      .where(eq(policyMatches.policyId, policyId))
      .orderBy(policyMatches.enterpriseId);
    expect(matched.map((m) => m.id)).toEqual(expected);
    expect(run.eligible).toBe(expected.length);
    expect(run.evaluated).toBeGreaterThanOrEqual(3000);

    const link = `/policies/calculator?policy=${policyId}&enterprise=%`;
    const notified = await db
      .select({ userId: notifications.userId, link: notifications.link })
      .from(notifications)
      .where(like(notifications.link, link));
    const members = await db.select().from(enterpriseMembers);
    const expectedUsers = members.filter((m) => expected.includes(m.enterpriseId)).map((m) => m.userId);
    expect(notified.map((n) => n.userId).sort((a, b) => a - b)).toEqual(expectedUsers.sort((a, b) => a - b));
    expect(run.notified).toBe(expectedUsers.length);
    // Each notice opens the calculator on the member's own enterprise.
    const enterpriseOf = new Map(members.map((m) => [m.userId, m.enterpriseId]));
    for (const n of notified) expect(n.link).toBe(link.replace('%', String(enterpriseOf.get(n.userId))));

    // Publishing again, or asking for the run again, sends nothing more.
    const again = await admin.request({ method: 'POST', url: `/api/policies/${policyId}/runs` });
    expect(again.statusCode).toBe(202);
    expect((again.json() as { id: number; status: string }).id).toBe(runId);
    const after = await db.select().from(notifications).where(like(notifications.link, link));
    expect(after.length).toBe(notified.length);

    // The run's near-misses (counted in SQL) are those the explaining evaluator calls near-misses.
    const profiles = await queryRows<Record<string, unknown>>(
      db,
      sql`SELECT * FROM ${enterpriseProfiles()} p`,
    );
    const rule = effectiveRule({ rule: POLICY_RULE as Rule, zones: ['fuzhou-imcez'] });
    const nearMisses = profiles.filter((row) => evaluateRule(rule, profileFromRow(row)).nearMiss !== null);
    expect(run.nearMiss).toBe(nearMisses.length);
    const report = await admin.request({ method: 'GET', url: `/api/policies/${policyId}` });
    expect((report.json() as { lastRun: { nearMiss: number } }).lastRun.nearMiss).toBe(nearMisses.length);
  });

  it('refuses a policy whose rule is malformed, pointing into the tree', async () => {
    const admin = await signedInClient('admin');
    const response = await admin.request({
      method: 'POST',
      url: '/api/policies',
      headers: { 'accept-language': 'en' },
      payload: {
        code: 'bad-rule',
        titleZh: '坏规则',
        titleEn: 'Bad rule',
        issuerZh: '测试',
        issuerEn: 'Test',
        level: 'zone',
        rule: { all: [{ attr: 'revenueWan', op: 'startsWith', value: 'x' }, { any: [] }] },
        validFrom: '2026-01-01',
        validTo: '2025-01-01',
        source: 'test',
      },
    });
    expect(response.statusCode).toBe(400);
    const paths = (response.json() as { error: { fields: { path: string }[] } }).error.fields.map(
      (f) => f.path,
    );
    expect(paths).toContain('validTo');
    expect(paths.some((p) => p.startsWith('rule.all.0'))).toBe(true);
    expect(paths.some((p) => p.startsWith('rule.all.1'))).toBe(true);
  });
});

describe('policy library', () => {
  const draftBody = (code: string) => ({
    code,
    titleZh: '医疗器械首台套奖励（测试）',
    titleEn: 'First-of-kind device award (test)',
    issuerZh: '测试',
    issuerEn: 'Test',
    level: 'municipal',
    rule: { attr: 'direction', op: 'eq', value: 'specialty_medical_devices' },
    benefits: [
      { code: 'award', labelZh: '奖励', labelEn: 'Award', formula: { kind: 'one_off', amountYuan: 500000 } },
    ],
    source: 'test',
  });

  it('keeps drafts from the public, publishes, expires, and deletes only drafts', async () => {
    const app = await testApp();
    const admin = await signedInClient('admin');
    const code = unique('device').toLowerCase();
    const created = await admin.request({ method: 'POST', url: '/api/policies', payload: draftBody(code) });
    expect(created.statusCode).toBe(201);
    const { id, status } = created.json() as { id: number; status: string };
    expect(status).toBe('draft');

    const list = (query: string, client?: typeof admin) =>
      (client
        ? client.request({ method: 'GET', url: `/api/policies?${query}` })
        : app.inject({ method: 'GET', url: `/api/policies?${query}` })
      ).then((r) => (r.json() as { items: { code: string }[] }).items.map((p) => p.code));
    expect(await list(`q=${code}`)).toEqual([]);
    expect(await list(`q=${code}`, await signedInClient('officer'))).toEqual([code]);
    expect((await app.inject({ method: 'GET', url: `/api/policies/${id}` })).statusCode).toBe(404);

    const duplicate = await admin.request({ method: 'POST', url: '/api/policies', payload: draftBody(code) });
    expect(duplicate.statusCode).toBe(400);

    const publish = await admin.request({
      method: 'PUT',
      url: `/api/policies/${id}/status`,
      payload: { status: 'published' },
    });
    expect((publish.json() as { status: string; inForce: boolean }).inForce).toBe(true);
    expect(await list(`q=${code}&inForce=true`)).toEqual([code]);
    // The calculator sees publishing and expiry at once (it keeps the policies in force between requests).
    const calculated = async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/policies/evaluate',
        payload: { profile: { direction: 'specialty_medical_devices' } },
      });
      return (response.json() as Evaluation).results.map((r) => r.policy.code);
    };
    expect(await calculated()).toContain(code);
    const back = await admin.request({
      method: 'PUT',
      url: `/api/policies/${id}/status`,
      payload: { status: 'draft' },
    });
    expect(back.statusCode).toBe(409);
    const remove = await admin.request({ method: 'DELETE', url: `/api/policies/${id}` });
    expect(remove.statusCode).toBe(400);
    const expire = await admin.request({
      method: 'PUT',
      url: `/api/policies/${id}/status`,
      payload: { status: 'expired' },
    });
    expect((expire.json() as { inForce: boolean }).inForce).toBe(false);
    expect(await calculated()).not.toContain(code);

    const other = await admin.request({
      method: 'POST',
      url: '/api/policies',
      payload: draftBody(unique('device').toLowerCase()),
    });
    const otherId = (other.json() as { id: number }).id;
    expect((await admin.request({ method: 'DELETE', url: `/api/policies/${otherId}` })).statusCode).toBe(204);
    const officer = await signedInClient('officer');
    expect(
      (await officer.request({ method: 'POST', url: '/api/policies', payload: draftBody('x-officer') }))
        .statusCode,
    ).toBe(403);
  });

  it('versions a published policy when its rule changes, and tests an unsaved rule live', async () => {
    const admin = await signedInClient('admin');
    const body = draftBody(unique('device').toLowerCase());
    const { id } = (await admin.request({ method: 'POST', url: '/api/policies', payload: body })).json() as {
      id: number;
    };
    await admin.request({
      method: 'PUT',
      url: `/api/policies/${id}/status`,
      payload: { status: 'published' },
    });
    const renamed = await admin.request({
      method: 'PUT',
      url: `/api/policies/${id}`,
      payload: { ...body, titleEn: 'Renamed' },
    });
    expect((renamed.json() as { version: number }).version).toBe(1);
    const changed = await admin.request({
      method: 'PUT',
      url: `/api/policies/${id}`,
      payload: { ...body, rule: { attr: 'isHighTech', op: 'is', value: true } },
    });
    expect((changed.json() as { version: number }).version).toBe(2);

    const test = await admin.request({
      method: 'POST',
      url: '/api/policies/test',
      payload: {
        rule: {
          all: [
            { attr: 'employees', op: 'gte', value: 50 },
            { attr: 'isHighTech', op: 'is', value: true },
          ],
        },
        benefits: body.benefits,
        profile: { employees: 40, isHighTech: true },
      },
    });
    expect(test.statusCode).toBe(200);
    const [result] = (test.json() as Evaluation).results;
    expect(result?.eligible).toBe(false);
    expect(result?.nearMiss?.clauses.map((c) => c.attr)).toEqual(['employees']);
    expect(result?.clauses.find((c) => c.attr === 'employees')?.actualText.zh).toContain('40');
  });
});
