import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, nextAddress, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { rolledBack, testDatabase, unique } from '../../../tests/support/test-database.js';
import type { Executor } from '../../core/db/db.js';
import { targetScoreFactorRefs } from '../../data/reference.js';
import { MEDZONE_TAXONOMY } from '../../data/sources.js';
import { chainLinks } from '../chain/tables.js';
import { enterpriseMetrics, enterpriseMilestones, enterprises } from '../enterprises/tables.js';
import { leadEvents, leads, officerDirections } from '../leads/tables.js';
import { parks } from '../space/tables.js';
import { loadWeights, refreshChainGaps, refreshTargetScores, rescoreWithWeights } from './scores.js';
import { targetListItems, targetScoreFactors, targetScores } from './tables.js';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A chain link of the test's own: no settled enterprise, so a gap, and a ranking filter no other test shares. */
async function ownLink(db: Executor): Promise<string> {
  const code = unique('test_link');
  await db
    .insert(chainLinks)
    .values({ code, segment: 2, position: 99, nameZh: code, nameEn: code, source: MEDZONE_TAXONOMY });
  return code;
}

async function target(db: Executor, values: Partial<typeof enterprises.$inferInsert> = {}) {
  const [e] = await db
    .insert(enterprises)
    .values({ nameZh: unique('目标企业'), status: 'target', source: 'test', ...values })
    .returning({ id: enterprises.id });
  return e!.id;
}

async function defaultWeights(db: Executor) {
  for (const f of targetScoreFactorRefs)
    await db.update(targetScoreFactors).set({ weight: f.weight }).where(eq(targetScoreFactors.code, f.code));
}

let admin: Client;
let officer: Client;

beforeAll(async () => {
  [admin, officer] = await Promise.all([signedInClient('admin'), signedInClient('officer')]);
});

describe('refreshTargetScores', () => {
  it('computes the six factors and the weighted score as worked out by hand', async () => {
    const scores = await rolledBack(async (tx) => {
      await defaultWeights(tx);
      const gapLink = await ownLink(tx);
      // A: revenue +50 % (full marks), R&D +20 % → ln 1.2 / ln 1.5 = 0.4497; two approvals in the window
      // (one older does not count) → 0.6667; 100 M yuan raised → (8 − 6) / 3 = 0.6667; a gap link; Taiwan-funded.
      const a = await target(tx, { chainLinkCode: gapLink, isTaiwanFunded: true, taiwanUbn: '04595257' });
      await tx.insert(enterpriseMetrics).values([
        {
          enterpriseId: a,
          year: 2024,
          operatingRevenueYuan: '100000000.00',
          rdSpendYuan: '10000000.00',
          source: 'test',
        },
        {
          enterpriseId: a,
          year: 2025,
          operatingRevenueYuan: '150000000.00',
          rdSpendYuan: '12000000.00',
          source: 'test',
        },
      ]);
      await tx.insert(enterpriseMilestones).values([
        { enterpriseId: a, kind: 'approval', title: '获批一', occurredOn: daysAgo(100), source: 'test' },
        { enterpriseId: a, kind: 'approval', title: '获批二', occurredOn: daysAgo(400), source: 'test' },
        { enterpriseId: a, kind: 'approval', title: '旧获批', occurredOn: daysAgo(1900), source: 'test' },
        {
          enterpriseId: a,
          kind: 'funding',
          title: 'B轮',
          quantity: '100000000',
          occurredOn: daysAgo(200),
          source: 'test',
        },
        {
          enterpriseId: a,
          kind: 'funding',
          title: '天使轮',
          quantity: '900000000',
          occurredOn: daysAgo(2500),
          source: 'test',
        },
      ]);
      // B: revenue down (0); R&D 20 M → 28.8 M over two years = +20 % a year → 0.4497; 0.5 M yuan raised is below
      // the floor (0); no link; a Taiwan 統一編號 without the flag still links to Taiwan.
      const b = await target(tx, { taiwanUbn: '04595257', status: 'in_contact' });
      await tx.insert(enterpriseMetrics).values([
        {
          enterpriseId: b,
          year: 2023,
          operatingRevenueYuan: '200000000.00',
          rdSpendYuan: '20000000.00',
          source: 'test',
        },
        {
          enterpriseId: b,
          year: 2025,
          operatingRevenueYuan: '180000000.00',
          rdSpendYuan: '28800000.00',
          source: 'test',
        },
      ]);
      await tx.insert(enterpriseMilestones).values({
        enterpriseId: b,
        kind: 'funding',
        title: '种子轮',
        quantity: '500000',
        occurredOn: daysAgo(30),
        source: 'test',
      });
      const settled = await target(tx, { status: 'settled' });
      const { scored } = await refreshTargetScores(tx, [a, b, settled]);
      expect(scored).toBe(2);
      return tx
        .select()
        .from(targetScores)
        .where(inArray(targetScores.enterpriseId, [a, b, settled]));
    });
    const [a, b] = scores.sort((x, y) => Number(y.score) - Number(x.score));
    expect(scores).toHaveLength(2);
    expect(a).toMatchObject({
      revenueGrowth: '1.0000',
      rdGrowth: '0.4497',
      approvals: '0.6667',
      funding: '0.6667',
      chainGap: '1.0000',
      taiwanLink: '1.0000',
      // 25 + 20 × 0.4497 + 20 × 0.6667 + 15 × 0.6667 + 10 + 10 = 77.3285
      score: '77.33',
    });
    expect(b).toMatchObject({
      revenueGrowth: '0.0000',
      rdGrowth: '0.4497',
      approvals: '0.0000',
      funding: '0.0000',
      chainGap: '0.0000',
      taiwanLink: '1.0000',
      // 20 × 0.4497 + 10 = 18.994
      score: '18.99',
    });
  });
});

describe('GET /api/targets and PUT /api/targets/weights', () => {
  it('ranks with a transparent breakdown, and re-scores everyone when an admin changes the weights', async () => {
    const { db } = await testDatabase();
    const link = await ownLink(db);
    const taiwan = await target(db, { chainLinkCode: link, isTaiwanFunded: true, taiwanUbn: '04595257' });
    const plain = await target(db, { chainLinkCode: link });
    await db.insert(enterpriseMetrics).values([
      { enterpriseId: plain, year: 2024, operatingRevenueYuan: '100.00', source: 'test' },
      { enterpriseId: plain, year: 2025, operatingRevenueYuan: '120.00', source: 'test' },
    ]);
    try {
      await refreshTargetScores(db, [taiwan, plain]);
      const ranked = await officer.request({ url: `/api/targets?chainLinkCode=${link}` });
      expect(ranked.statusCode, ranked.body).toBe(200);
      const body = ranked.json() as {
        items: {
          enterpriseId: number;
          rank: number;
          score: number;
          breakdown: { code: string; value: number; weight: number; points: number }[];
          figures: {
            revenueGrowthPct: number | null;
            years: number[] | null;
            gapLink: { code: string } | null;
            taiwanUbn: string | null;
          };
        }[];
        total: number;
      };
      expect(body.total).toBe(2);
      const [first, second] = body.items;
      // Taiwan (10) + a gap link (10) = 20 points against revenue growth of 20 % (25 × 0.4497) + gap (10) = 21.24.
      expect(first).toMatchObject({ enterpriseId: plain, rank: 1, score: 21.24 });
      expect(first!.figures).toMatchObject({
        revenueGrowthPct: 20,
        years: [2024, 2025],
        gapLink: { code: link },
      });
      expect(first!.breakdown.find((f) => f.code === 'revenue_growth')).toEqual(
        expect.objectContaining({ value: 0.4497, weight: 25, points: 11.24 }),
      );
      expect(second).toMatchObject({ enterpriseId: taiwan, rank: 2, score: 20 });
      expect(second!.figures.taiwanUbn).toBe('04595257');
      expect(first!.breakdown.reduce((s, f) => s + f.points, 0)).toBeCloseTo(21.24, 2);

      expect(
        (await officer.request({ method: 'PUT', url: '/api/targets/weights', payload: { factors: [] } }))
          .statusCode,
      ).toBe(403);
      const put = await admin.request({
        method: 'PUT',
        url: '/api/targets/weights',
        payload: {
          factors: [
            { code: 'revenue_growth', weight: 0 },
            { code: 'rd_growth', weight: 0 },
            { code: 'approvals', weight: 0 },
            { code: 'funding', weight: 0 },
            { code: 'chain_gap', weight: 0 },
            { code: 'taiwan_link', weight: 10 },
          ],
        },
      });
      expect(put.statusCode, put.body).toBe(200);
      const after = (
        await officer.request({ url: `/api/targets?chainLinkCode=${link}` })
      ).json() as typeof body;
      expect(after.items.map((i) => [i.enterpriseId, i.score])).toEqual([
        [taiwan, 100],
        [plain, 0],
      ]);
    } finally {
      // The PUT re-scored every target of the worker's database: all of them go back to the defaults.
      await defaultWeights(db);
      await rescoreWithWeights(db, await loadWeights(db));
    }
  });
});

describe('refreshChainGaps', () => {
  it('re-reads the chain’s gaps into every target’s score once settled firms fill a gap', async () => {
    await rolledBack(async (tx) => {
      const link = await ownLink(tx);
      const t = await target(tx, { chainLinkCode: link });
      await refreshTargetScores(tx, [t]);
      const scoreOf = async () =>
        (await tx.select().from(targetScores).where(eq(targetScores.enterpriseId, t)))[0]!;
      const before = await scoreOf();
      expect(Number(before.chainGap)).toBe(1);
      const [park] = await tx.select({ id: parks.id }).from(parks).limit(1);
      for (let i = 0; i < 3; i++) {
        const firm = await target(tx, { status: 'settled', parkId: park!.id, chainLinkCode: link });
        await tx
          .insert(enterpriseMetrics)
          .values({ enterpriseId: firm, year: 2025, operatingRevenueYuan: '1000000.00', source: 'test' });
      }
      await refreshChainGaps(tx);
      const after = await scoreOf();
      expect(Number(after.chainGap)).toBe(0);
      expect(Number(after.score)).toBeLessThan(Number(before.score));
    });
  });
});

describe('target lists → leads', () => {
  it('turns three targets into three leads assigned by the pipeline’s direction rule, then skips them', async () => {
    const { db } = await testDatabase();
    const direction = 'specialty_medical_devices';
    const covering = await signedInClient('officer');
    await db.insert(officerDirections).values({ userId: covering.userId, directionCode: direction });
    const link = await ownLink(db);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(await target(db, { chainLinkCode: link, directionCode: direction, uscc: null }));
    await refreshTargetScores(db, ids);

    const created = await officer.request({
      method: 'POST',
      url: '/api/target-lists',
      payload: { name: unique('器械补链'), chainLinkCode: link },
    });
    expect(created.statusCode, created.body).toBe(201);
    const listId = (created.json() as { id: number }).id;
    const added = await officer.request({
      method: 'POST',
      url: `/api/target-lists/${listId}/items`,
      payload: { enterpriseIds: ids },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(
      (added.json() as { entries: { scoreWhenAdded: number | null }[] }).entries.every(
        (e) => e.scoreWhenAdded !== null,
      ),
    ).toBe(true);

    // Another officer's list is not theirs to read.
    expect((await covering.request({ url: `/api/target-lists/${listId}` })).statusCode).toBe(403);

    const turned = await officer.request({
      method: 'POST',
      url: `/api/target-lists/${listId}/leads`,
      payload: {},
    });
    expect(turned.statusCode, turned.body).toBe(200);
    const result = turned.json() as {
      created: { enterpriseId: number; leadId: number; assignedTo: { id: number } | null; rule: string }[];
      skipped: unknown[];
    };
    expect(result.skipped).toEqual([]);
    expect(result.created.map((c) => c.enterpriseId).sort()).toEqual([...ids].sort());
    const coveringIds = new Set(
      (await db.select().from(officerDirections).where(eq(officerDirections.directionCode, direction))).map(
        (d) => d.userId,
      ),
    );
    for (const c of result.created) {
      expect(c.rule).toBe('direction');
      expect(coveringIds.has(c.assignedTo!.id)).toBe(true);
    }
    const rows = await db
      .select()
      .from(leads)
      .where(
        inArray(
          leads.id,
          result.created.map((c) => c.leadId),
        ),
      );
    expect(rows).toHaveLength(3);
    for (const l of rows) {
      expect(l).toMatchObject({
        origin: 'target_list',
        contactName: '',
        phoneE164: '',
        consentVersion: null,
        directionCode: direction,
        chainLink: link,
      });
      expect(ids).toContain(l.enterpriseId);
    }
    const events = await db
      .select()
      .from(leadEvents)
      .where(
        inArray(
          leadEvents.leadId,
          rows.map((l) => l.id),
        ),
      );
    expect(events.filter((e) => e.kind === 'assigned')).toHaveLength(3);
    // The enterprises stay targets until someone is contacted.
    const statuses = await db
      .select({ status: enterprises.status })
      .from(enterprises)
      .where(inArray(enterprises.id, ids));
    expect(statuses.every((s) => s.status === 'target')).toBe(true);
    const items = await db.select().from(targetListItems).where(eq(targetListItems.listId, listId));
    expect(items.every((i) => i.leadId !== null)).toBe(true);

    // A lead with nobody behind it reads, reveals and erases without errors.
    const leadId = result.created[0]!.leadId;
    const detail = await admin.request({ url: `/api/leads/${leadId}` });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      contactName: '',
      contact: { phone: '', email: null },
      origin: 'target_list',
      consentVersion: null,
    });
    const reveal = await admin.request({ method: 'POST', url: `/api/leads/${leadId}/contact` });
    expect(reveal.statusCode, reveal.body).toBe(200);
    expect(reveal.json()).toEqual({ phone: null, email: null });

    const again = await officer.request({
      method: 'POST',
      url: `/api/target-lists/${listId}/leads`,
      payload: { enterpriseIds: [...ids, 999_999_999] },
    });
    expect(again.statusCode).toBe(200);
    const second = again.json() as {
      created: unknown[];
      skipped: { enterpriseId: number; reason: string }[];
    };
    expect(second.created).toEqual([]);
    expect(second.skipped.map((s) => s.reason).sort()).toEqual([
      'already_lead',
      'already_lead',
      'already_lead',
      'not_in_list',
    ]);
  });

  it('skips a target whose company already sent an open demand through the public form, and links to it', async () => {
    const { db } = await testDatabase();
    const name = unique('表单来访企业');
    const firm = await target(db, { nameZh: name });
    const app = await testApp();
    const form = await app.inject({
      method: 'POST',
      url: '/api/leads',
      remoteAddress: nextAddress(),
      payload: { companyName: name, contactName: '林小姐', phone: '0912-345-678', consent: true },
    });
    expect(form.statusCode, form.body).toBe(201);
    const list = (
      await officer.request({ method: 'POST', url: '/api/target-lists', payload: { name: unique('清单') } })
    ).json() as { id: number };
    await officer.request({
      method: 'POST',
      url: `/api/target-lists/${list.id}/items`,
      payload: { enterpriseIds: [firm] },
    });
    const turned = await officer.request({
      method: 'POST',
      url: `/api/target-lists/${list.id}/leads`,
      payload: {},
    });
    expect(turned.statusCode, turned.body).toBe(200);
    const result = turned.json() as { created: unknown[]; skipped: { reason: string; leadId: number }[] };
    expect(result.created).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['open_lead']);
    const [formLead] = await db.select({ id: leads.id }).from(leads).where(eq(leads.companyName, name));
    expect(result.skipped[0]!.leadId).toBe(formLead!.id);
  });

  it('refuses enterprises that are not targets', async () => {
    const { db } = await testDatabase();
    const settled = await target(db, { status: 'settled' });
    const list = (
      await officer.request({ method: 'POST', url: '/api/target-lists', payload: { name: unique('清单') } })
    ).json() as { id: number };
    const res = await officer.request({
      method: 'POST',
      url: `/api/target-lists/${list.id}/items`,
      payload: { enterpriseIds: [settled] },
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toEqual(
      ['enterpriseIds.0'],
    );
  });
});
