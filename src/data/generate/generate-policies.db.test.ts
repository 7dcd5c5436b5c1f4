import { asc, eq, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rolledBack, testDatabase } from '../../../tests/support/test-database.js';
import { type Executor, queryRows } from '../../core/db/db.js';
import { enterpriseProfiles } from '../../modules/policies/profiles.js';
import { compileRule, type Rule, ruleSchema } from '../../modules/policies/rules/index.js';
import { policyBody } from '../../modules/policies/schema.js';
import { policies, policyZones } from '../../modules/policies/tables.js';
import { zones } from '../../modules/space/tables.js';
import { GENERATED } from './generate-enterprises.js';
import { generatedPolicyCode, generatePolicies } from './generate-policies.js';

// A seed no other test uses: the generator remembers per seed how many policies it made.
const SEED = 515_151;

/** The seed's policies as stored, with their zone codes, in code order (without ids and timestamps). */
async function storedPolicies(tx: Executor) {
  const rows = await tx
    .select()
    .from(policies)
    .where(like(policies.code, `gen-${SEED}-%`))
    .orderBy(asc(policies.id));
  const links = await tx
    .select({ policyId: policyZones.policyId, code: zones.code })
    .from(policyZones)
    .innerJoin(zones, eq(zones.id, policyZones.zoneId));
  return rows.map(({ id, createdAt: _c, updatedAt: _u, ...row }) => ({
    ...row,
    zones: links
      .filter((l) => l.policyId === id)
      .map((l) => l.code)
      .sort(),
  }));
}

describe('medzone generate --policies', () => {
  it('makes the same policies whether generated at once or in two runs, cumulatively per seed', async () => {
    const atOnce = await rolledBack(async (tx) => {
      expect(await generatePolicies(tx, { count: 200, seed: SEED })).toBe(200);
      return storedPolicies(tx);
    });
    const inTwoRuns = await rolledBack(async (tx) => {
      const seen: number[] = [];
      expect(await generatePolicies(tx, { count: 120, seed: SEED, onProgress: (n) => seen.push(n) })).toBe(
        120,
      );
      expect(seen.at(-1)).toBe(120);
      // The same total again adds nothing; a larger one adds the difference.
      expect(await generatePolicies(tx, { count: 120, seed: SEED })).toBe(0);
      expect(await generatePolicies(tx, { count: 200, seed: SEED })).toBe(80);
      return storedPolicies(tx);
    });
    // Rolled back: the shared database holds none of them.
    const { db } = await testDatabase();
    expect(await storedPolicies(db)).toEqual([]);
    expect(atOnce).toHaveLength(200);
    expect(inTwoRuns).toEqual(atOnce);
    expect(atOnce.map((p) => p.code)).toEqual(
      Array.from({ length: 200 }, (_, i) => generatedPolicyCode(SEED, i)),
    );
  });

  it('makes realistic policies that pass the editor’s contract and compile to SQL', async () => {
    await rolledBack(async (tx) => {
      await generatePolicies(tx, { count: 300, seed: SEED });
      const rows = await storedPolicies(tx);
      const zoneCodes = new Set((await tx.select({ code: zones.code }).from(zones)).map((z) => z.code));
      for (const p of rows) {
        expect(p.isDemo).toBe(true);
        expect(p.source).toBe(GENERATED);
        expect(ruleSchema.safeParse(p.rule).success, p.code).toBe(true);
        const body = policyBody.safeParse({ ...p, fullText: null });
        expect(body.success, `${p.code}: ${JSON.stringify(body.error?.issues)}`).toBe(true);
        const clauses = (p.rule as { all: Rule[] }).all;
        expect(clauses.length).toBeGreaterThanOrEqual(2);
        expect(clauses.length).toBeLessThanOrEqual(6);
        const benefits = p.benefits as { demo: boolean }[];
        expect(benefits.length).toBeGreaterThanOrEqual(1);
        expect(benefits.length).toBeLessThanOrEqual(3);
        expect(benefits.every((b) => b.demo)).toBe(true);
        expect(p.titleZh).toMatch(/(措施|政策|意见|办法|细则|方案)$/);
        // Drafts have no 文号 yet; issued texts one in the 榕政综〔2025〕12号 form.
        if (p.status === 'draft') expect(p.docNumber).toBeNull();
        else expect(p.docNumber).toMatch(/^\p{Script=Han}+〔20\d\d〕\d{1,3}号$/u);
        if (p.validTo) expect(p.validTo >= p.validFrom!).toBe(true);
        if (p.status === 'expired') expect(p.validTo! < '2025-01-01').toBe(true);
        expect(p.zones.every((z) => zoneCodes.has(z))).toBe(true);
        if (p.level === 'zone') expect(p.zones).toHaveLength(1);
        if (p.level === 'district') expect(p.issuerZh).toMatch(/[区县市]人民政府(办公室)?$/);
      }
      const share = (f: (p: (typeof rows)[number]) => boolean) => rows.filter(f).length / rows.length;
      expect(share((p) => p.status === 'published')).toBeGreaterThan(0.85);
      expect(share((p) => p.status !== 'published')).toBeGreaterThan(0);
      expect(share((p) => p.zones.length === 0)).toBeGreaterThan(0.4);
      expect(new Set(rows.map((p) => p.level)).size).toBeGreaterThanOrEqual(4);
      // Every generated rule is a WHERE clause the profile relation accepts.
      for (const p of rows.slice(0, 50)) {
        await queryRows(
          tx,
          sql`SELECT count(*)::int AS n FROM ${enterpriseProfiles()} ep WHERE ${compileRule(p.rule as Rule, 'ep')}`,
        );
      }
    });
  });
});
