import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesToFields } from '../../../core/errors/zod-messages.js';
import { referencePolicies } from '../reference-policies.js';
import type { Profile } from './attributes.js';
import { type Benefit, benefitSchema, calculateBenefit, sumYuan } from './benefits.js';
import { describeClause, describeValue } from './describe.js';
import { clausePasses, evaluateRule, ruleHolds } from './evaluate.js';
import { profileSchema } from './profile.js';
import { profileArb, ruleArb } from './rule-arbitraries.js';
import { type Clause, clausesOf, type Rule, ruleSchema } from './rule-schema.js';

function problems(rule: unknown, lang: 'zh' | 'en' = 'en') {
  const parsed = ruleSchema.safeParse(rule);
  expect(parsed.success).toBe(false);
  return issuesToFields(parsed.error?.issues ?? [], lang, 'rule');
}

const mah: Clause = { attr: 'isMahHolder', op: 'is', value: true };
const capital500: Clause = { attr: 'registeredCapitalWan', op: 'gte', value: 500 };
const cangshan: Clause = { attr: 'block', op: 'eq', value: 'cangshan' };
const taiwan: Clause = { attr: 'isTaiwanFunded', op: 'is', value: true };

describe('rule schema', () => {
  it('accepts the reference policies and every op of every type', () => {
    for (const policy of referencePolicies) expect(ruleSchema.safeParse(policy.rule).success).toBe(true);
    const rule = {
      all: [
        { attr: 'direction', op: 'in', value: ['innovative_drugs', 'cro'] },
        { attr: 'chainLinks', op: 'hasAll', value: ['cro'] },
        { attr: 'industryCode', op: 'startsWith', value: 'C27' },
        { attr: 'rdRatio', op: 'between', value: [5, 5] },
        { attr: 'settledOn', op: 'after', value: '2024-02-29' },
        { attr: 'settledOn', op: 'between', value: ['2020-01-01', '2025-12-31'] },
        {
          not: {
            any: [
              { attr: 'park', op: 'exists' },
              { attr: 'isLeading', op: 'is', value: false },
            ],
          },
        },
      ],
    };
    expect(ruleSchema.parse(rule)).toEqual(rule);
  });

  it('rejects each problem where it is, with catalogue messages in zh and en', () => {
    const rule = {
      all: [
        { attr: 'nope', op: 'is', value: true },
        { attr: 'employees', op: 'startsWith', value: 'x' },
        { attr: 'employees', op: 'gte', value: '50' },
        { attr: 'employees', op: 'between', value: [10, 5] },
        { any: [] },
        { attr: 'zone', op: 'exists', value: 'x' },
        { attr: 'settledOn', op: 'before', value: '2026-02-30' },
        { attr: 'direction', op: 'in', value: [] },
        { attr: 'isMahHolder', op: 'is', value: 'yes' },
        { attr: 'zone', op: 'eq', value: 'x', vaule: 'typo' },
        42,
      ],
    };
    expect(problems(rule)).toEqual([
      { path: 'rule.all.0.attr', message: 'No such attribute: nope' },
      {
        path: 'rule.all.1.op',
        message:
          'The operator “startsWith” does not apply to this attribute; use one of: eq, ne, gt, gte, lt, lte, between, exists',
      },
      { path: 'rule.all.2.value', message: 'The value should be a number' },
      { path: 'rule.all.3.value', message: 'The value should be [min, max]: two numbers with min ≤ max' },
      { path: 'rule.all.4.any', message: 'A group needs at least one condition' },
      { path: 'rule.all.5.value', message: '“exists” takes no value' },
      { path: 'rule.all.6.value', message: 'The value should be a date like 2026-03-01' },
      { path: 'rule.all.7.value', message: 'The value should be a list of 1–100 texts of 1–64 characters' },
      { path: 'rule.all.8.value', message: 'The value should be true or false' },
      { path: 'rule.all.9', message: 'Expected a group (all / any / not) or a condition (attr, op, value)' },
      { path: 'rule.all.10', message: 'Expected a group (all / any / not) or a condition (attr, op, value)' },
    ]);
    expect(problems(rule, 'zh').slice(0, 2)).toEqual([
      { path: 'rule.all.0.attr', message: '没有这个属性：nope' },
      {
        path: 'rule.all.1.op',
        message: '此属性不支持运算“startsWith”，可用：eq, ne, gt, gte, lt, lte, between, exists',
      },
    ]);
  });

  it('refuses an empty all, a bare array, and a node mixing a group with a clause', () => {
    expect(problems({ all: [] })).toEqual([
      { path: 'rule.all', message: 'A group needs at least one condition' },
    ]);
    expect(problems([mah])[0]?.path).toBe('rule');
    expect(problems({ all: [mah], attr: 'zone' })[0]?.path).toBe('rule');
    expect(problems({ not: { all: 'x' } })[0]?.path).toBe('rule.not.all');
  });

  it('refuses more than 10 levels and more than 200 clauses, and stays cheap on hostile depth', () => {
    const nest = (levels: number): unknown => (levels === 1 ? mah : { not: nest(levels - 1) });
    expect(ruleSchema.safeParse(nest(10)).success).toBe(true);
    expect(problems(nest(11))).toEqual([
      { path: `rule${'.not'.repeat(10)}`, message: 'A rule may nest at most 10 levels deep' },
    ]);
    expect(problems(nest(5000), 'zh')).toEqual([
      { path: `rule${'.not'.repeat(10)}`, message: '规则嵌套不能超过 10 层' },
    ]);
    expect(ruleSchema.safeParse({ all: Array(200).fill(mah) }).success).toBe(true);
    expect(problems({ all: Array(201).fill(mah) })).toEqual([
      { path: 'rule', message: 'A rule may hold at most 200 conditions' },
    ]);
  });

  it('numbers clause paths like zod paths', () => {
    const rule: Rule = { all: [mah, { not: { any: [cangshan, taiwan] } }] };
    expect(clausesOf(rule).map((c) => c.path)).toEqual(['all.0', 'all.1.not.any.0', 'all.1.not.any.1']);
    expect(clausesOf(mah).map((c) => c.path)).toEqual(['']);
  });
});

describe('evaluator', () => {
  const profile: Profile = {
    isMahHolder: true,
    isTaiwanFunded: true,
    registeredCapitalWan: 800,
    block: 'cangshan',
    industryCode: 'C2720',
    chainLinks: ['cro', 'api'],
    settledOn: '2024-02-29',
  };

  it('checks each op, with a missing value failing every clause, exists included', () => {
    const pass = (clause: Clause, p: Profile = profile) => clausePasses(clause, p);
    expect(pass(capital500)).toBe(true);
    expect(pass({ attr: 'registeredCapitalWan', op: 'gt', value: 800 })).toBe(false);
    expect(pass({ attr: 'registeredCapitalWan', op: 'between', value: [800, 800] })).toBe(true);
    expect(pass({ attr: 'industryCode', op: 'startsWith', value: 'C27' })).toBe(true);
    expect(pass({ attr: 'industryCode', op: 'startsWith', value: 'C2_' })).toBe(false);
    expect(pass({ attr: 'block', op: 'notIn', value: ['gulou'] })).toBe(true);
    expect(pass({ attr: 'chainLinks', op: 'hasAny', value: ['cdmo', 'api'] })).toBe(true);
    expect(pass({ attr: 'chainLinks', op: 'hasAll', value: ['cdmo', 'api'] })).toBe(false);
    expect(pass({ attr: 'settledOn', op: 'before', value: '2024-03-01' })).toBe(true);
    expect(pass({ attr: 'settledOn', op: 'after', value: '2024-02-29' })).toBe(false);
    for (const clause of [
      { attr: 'employees', op: 'exists' },
      { attr: 'employees', op: 'ne', value: 5 },
      { attr: 'zone', op: 'notIn', value: ['x'] },
      { attr: 'isHighTech', op: 'is', value: false },
    ] as Clause[]) {
      expect(pass(clause)).toBe(false);
      expect(pass(clause, { employees: null, zone: null, isHighTech: null })).toBe(false);
    }
  });

  it('explains every clause: requirement, actual, passed, missing', () => {
    const result = evaluateRule(
      { all: [mah, capital500, { attr: 'employees', op: 'gte', value: 50 }] },
      profile,
    );
    expect(result.eligible).toBe(false);
    expect(result.clauses).toEqual([
      expect.objectContaining({ path: 'all.0', passed: true, missing: false, actual: true, expected: true }),
      expect.objectContaining({
        path: 'all.1',
        attr: 'registeredCapitalWan',
        op: 'gte',
        expected: 500,
        actual: 800,
        passed: true,
        requirement: { zh: '注册资本 ≥ 500 万元', en: 'Registered capital ≥ 5,000,000 yuan' },
        actualText: { zh: '800 万元', en: '8,000,000 yuan' },
      }),
      expect.objectContaining({
        path: 'all.2',
        actual: null,
        passed: false,
        missing: true,
        actualText: { zh: '未提供', en: 'not given' },
      }),
    ]);
  });

  it('an all of three with one failing is a near-miss naming that clause', () => {
    const rule: Rule = { all: [mah, taiwan, cangshan] };
    expect(evaluateRule(rule, profile)).toMatchObject({ eligible: true, minFlips: 0, nearMiss: null });
    const moved = evaluateRule(rule, { ...profile, block: 'gulou' });
    expect(moved).toMatchObject({ eligible: false, minFlips: 1, nearMiss: { flips: ['all.2'] } });
    expect(moved.nearMiss?.clauses.map((c) => c.requirement.en)).toEqual(['Block is “cangshan”']);
  });

  it('an any of two both failing is a near-miss listing both as alternatives', () => {
    const rule: Rule = {
      any: [
        { attr: 'isHighTech', op: 'is', value: true },
        { attr: 'zone', op: 'exists' },
      ],
    };
    expect(evaluateRule(rule, profile).nearMiss?.flips).toEqual(['any.0', 'any.1']);
  });

  it('an all with two failing is no near-miss', () => {
    const result = evaluateRule(
      { all: [mah, { attr: 'isLeading', op: 'is', value: true }, { attr: 'zone', op: 'exists' }] },
      profile,
    );
    expect(result).toMatchObject({ eligible: false, minFlips: 2, nearMiss: null });
  });

  it('not: of a failing or missing clause passes; of a passing one fails, a near-miss through the not', () => {
    expect(evaluateRule({ not: { attr: 'zone', op: 'eq', value: 'x' } }, profile).eligible).toBe(true);
    const notTaiwan = evaluateRule({ all: [mah, { not: taiwan }] }, profile);
    expect(notTaiwan).toMatchObject({ eligible: false, minFlips: 1, nearMiss: { flips: ['all.1.not'] } });
    expect(notTaiwan.clauses[1]).toMatchObject({
      passed: true,
      negated: true,
      satisfied: false,
      requirement: { zh: '并非：台资企业：是', en: 'Not: Taiwan-funded: yes' },
    });
    // not(all[a, b]) with both passing: failing either one is enough.
    expect(evaluateRule({ not: { all: [mah, taiwan] } }, profile).nearMiss?.flips).toEqual([
      'not.all.0',
      'not.all.1',
    ]);
    // not(any[a, b]) with both passing: both must fail, two flips.
    expect(evaluateRule({ not: { any: [mah, taiwan] } }, profile)).toMatchObject({
      minFlips: 2,
      nearMiss: null,
    });
    // Double negation is the clause itself.
    expect(evaluateRule({ not: { not: cangshan } }, { block: 'gulou' }).nearMiss?.flips).toEqual(['not.not']);
  });

  it('the documents’ case: a Taiwan-funded MAH holder in Cangshan passes both reference policies', () => {
    const holder: Profile = { ...profile, zone: 'fuzhou-imcez' };
    for (const code of ['fuzhou-mah-support', 'fujian-taiwan-drug-special-review']) {
      const policy = referencePolicies.find((p) => p.code === code)!;
      const rule = ruleSchema.parse(policy.rule);
      const result = evaluateRule(rule, holder);
      expect(result.eligible).toBe(true);
      expect(result.clauses.every((c) => c.satisfied)).toBe(true);
      expect(evaluateRule(rule, { ...holder, isTaiwanFunded: false, isMahHolder: false }).eligible).toBe(
        false,
      );
    }
  });

  it('near-miss flips really flip, and no single flip helps when there is no near-miss (property)', () => {
    fc.assert(
      fc.property(ruleArb(4), profileArb, (rule, profile) => {
        expect(ruleSchema.safeParse(rule).success).toBe(true);
        const result = evaluateRule(rule, profile);
        const passed = new Map(result.clauses.map((c) => [c.path, c.passed]));
        const forced = (flip: string) => (path: string) =>
          path === flip ? !passed.get(path) : passed.get(path)!;
        expect(ruleHolds(rule, (path) => passed.get(path)!)).toBe(result.eligible);
        const working = result.clauses.map((c) => c.path).filter((p) => ruleHolds(rule, forced(p)));
        if (result.eligible) {
          expect(result.nearMiss).toBeNull();
          expect(result.minFlips).toBe(0);
        } else {
          // Brute force over single flips: exactly the near-miss's list, and it exists iff one flip suffices.
          expect(result.nearMiss?.flips ?? []).toEqual(working);
          expect(result.minFlips === 1).toBe(working.length > 0);
          expect(result.minFlips).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('describeClause', () => {
  const both = (clause: Clause) => [describeClause(clause, 'zh'), describeClause(clause, 'en')];

  it('states each requirement with units, in zh and en', () => {
    expect(both(capital500)).toEqual(['注册资本 ≥ 500 万元', 'Registered capital ≥ 5,000,000 yuan']);
    expect(both({ attr: 'revenueWan', op: 'between', value: [0.5, 1234.5678] })).toEqual([
      '营业收入（最近年度）在 0.5 万元 至 1,234.5678 万元 之间',
      'Revenue (latest year) between 5,000 yuan and 12,345,678 yuan',
    ]);
    expect(both({ attr: 'rdRatio', op: 'gte', value: 5 })).toEqual([
      '研发投入占营业收入比例 ≥ 5%',
      'R&D spend / revenue ≥ 5%',
    ]);
    expect(both({ attr: 'leasedAreaM2', op: 'lt', value: 1200 })).toEqual([
      '租用面积 < 1,200 m²',
      'Leased area < 1,200 m²',
    ]);
    expect(both({ attr: 'employees', op: 'ne', value: 0 })).toEqual([
      '从业人数 ≠ 0 人',
      'Employees ≠ 0 people',
    ]);
    expect(both(mah)).toEqual(['药品上市许可持有人（MAH）：是', 'Drug MAH holder: yes']);
    expect(both({ attr: 'industryCode', op: 'startsWith', value: 'C27' })).toEqual([
      '国民经济行业代码以“C27”开头',
      'Industry code (GB/T 4754) starts with “C27”',
    ]);
    expect(both({ attr: 'zone', op: 'in', value: ['a', 'b'] })).toEqual([
      '所在区域为以下之一：“a”、“b”',
      'Zone is one of “a”, “b”',
    ]);
    expect(both({ attr: 'chainLinks', op: 'hasAll', value: ['cro'] })).toEqual([
      '产业链环节包含以下全部：“cro”',
      'Chain links include all of “cro”',
    ]);
    expect(both({ attr: 'settledOn', op: 'before', value: '2025-01-01' })).toEqual([
      '落户日期早于 2025-01-01',
      'Settlement date before 2025-01-01',
    ]);
    expect(both({ attr: 'park', op: 'exists' })).toEqual(['已提供所在园区', 'Park is known']);
  });

  it('shows codes through a labeller when given, and actual values', () => {
    const valueLabel = (_: string, code: string, lang: string) =>
      code === 'cro' ? (lang === 'zh' ? '研发外包' : 'CRO') : undefined;
    expect(describeClause({ attr: 'direction', op: 'eq', value: 'cro' }, 'zh', { valueLabel })).toBe(
      '产业方向为“研发外包”',
    );
    expect(describeValue('chainLinks', ['cro', 'api'], 'en', { valueLabel })).toBe('CRO, api');
    expect(describeValue('chainLinks', [], 'zh')).toBe('（无）');
    expect(describeValue('isTaiwanFunded', false, 'zh')).toBe('否');
    expect(describeValue('investmentWan', 0.0123, 'en')).toBe('123 yuan');
  });
});

describe('benefits', () => {
  const profile: Profile = {
    rentYuanPerM2Month: 45,
    leasedAreaM2: 1000,
    investmentWan: 2000,
    approvals: 3,
    talents: 4,
    revenueWan: 5200,
  };
  const calc = (benefit: unknown, p: Profile = profile) => calculateBenefit(benefitSchema.parse(benefit), p);

  it('rent subsidy: percent × rent × area × months, with the cap shown and applied', () => {
    expect(calc({ kind: 'rent_subsidy', percent: 30, months: 12, capYuan: 500_000 })).toEqual({
      amountYuan: 162_000,
      capped: false,
      missing: [],
      formula: {
        zh: '30% × 45 元/m²·月 × 1,000 m² × 12 月 = 162,000 元（上限 500,000 元）',
        en: '30% × 45 yuan/m²·month × 1,000 m² × 12 months = 162,000 yuan (cap 500,000 yuan)',
      },
      inputs: { rentYuanPerM2Month: 45, leasedAreaM2: 1000 },
    });
    expect(calc({ kind: 'rent_subsidy', percent: 50, months: 36, capYuan: 500_000 })).toMatchObject({
      amountYuan: 500_000,
      capped: true,
      formula: {
        zh: '50% × 45 元/m²·月 × 1,000 m² × 36 月 = 810,000 元，超过上限，按 500,000 元计',
        en: '50% × 45 yuan/m²·month × 1,000 m² × 36 months = 810,000 yuan, capped at 500,000 yuan',
      },
    });
  });

  it('one-off, per unit (with cap), percent of a 万元 amount in yuan, tiers', () => {
    expect(calc({ kind: 'one_off', amountYuan: 500_000 })).toMatchObject({
      amountYuan: 500_000,
      formula: { zh: '一次性奖励 500,000 元', en: 'One-off award: 500,000 yuan' },
    });
    expect(
      calc({ kind: 'per_unit', attr: 'approvals', amountYuan: 1_000_000, capYuan: 2_500_000 }),
    ).toMatchObject({
      amountYuan: 2_500_000,
      capped: true,
      formula: { zh: '1,000,000 元/项 × 3 项 = 3,000,000 元，超过上限，按 2,500,000 元计' },
    });
    expect(calc({ kind: 'per_unit', attr: 'talents', amountYuan: 100_000 })).toMatchObject({
      amountYuan: 400_000,
      capped: false,
      formula: { en: '100,000 yuan × 4 people = 400,000 yuan' },
    });
    expect(calc({ kind: 'percent_of', attr: 'investmentWan', percent: 5 })).toMatchObject({
      amountYuan: 1_000_000,
      formula: { zh: '5% × 2,000 万元 = 1,000,000 元', en: '5% × 20,000,000 yuan = 1,000,000 yuan' },
      inputs: { investmentWan: 2000 },
    });
    const tiers = {
      kind: 'tiered',
      attr: 'revenueWan',
      tiers: [
        { min: 1000, amountYuan: 100_000 },
        { min: 5000, amountYuan: 500_000 },
        { min: 10_000, amountYuan: 1_000_000 },
      ],
    };
    expect(calc(tiers)).toMatchObject({
      amountYuan: 500_000,
      formula: {
        zh: '营业收入（最近年度）为 5,200 万元，达到“≥ 5,000 万元”档：500,000 元',
        en: 'Revenue (latest year) 52,000,000 yuan reaches the tier ≥ 50,000,000 yuan: 500,000 yuan',
      },
    });
    expect(calc(tiers, { revenueWan: 999.99 })).toMatchObject({
      amountYuan: 0,
      formula: { zh: '营业收入（最近年度）为 999.99 万元，未达到最低档（≥ 1,000 万元）：0 元' },
    });
    expect(calc(tiers, { revenueWan: 10_000 }).amountYuan).toBe(1_000_000);
  });

  it('a missing input gives no amount and says which', () => {
    expect(calc({ kind: 'rent_subsidy', percent: 30, months: 12 }, { leasedAreaM2: 1000 })).toEqual({
      amountYuan: null,
      capped: false,
      missing: ['rentYuanPerM2Month'],
      formula: {
        zh: '30% × 租金单价（未提供） × 1,000 m² × 12 月；缺少数据，无法计算',
        en: '30% × Rent (not given) × 1,000 m² × 12 months; data missing, cannot compute',
      },
      inputs: { rentYuanPerM2Month: null, leasedAreaM2: 1000 },
    });
    expect(
      calc({ kind: 'tiered', attr: 'employees', tiers: [{ min: 10, amountYuan: 1 }] }, {}),
    ).toMatchObject({
      amountYuan: null,
      missing: ['employees'],
    });
    expect(
      calc({ kind: 'percent_of', attr: 'investmentWan', percent: 5 }, { investmentWan: null }).missing,
    ).toEqual(['investmentWan']);
  });

  it('is exact to the fen and rounds half up, where floats drift', () => {
    expect(0.1 * 3).not.toBe(0.3);
    expect(calc({ kind: 'per_unit', attr: 'talents', amountYuan: 0.1 }, { talents: 3 }).amountYuan).toBe(0.3);
    expect(sumYuan([0.1, 0.2])).toBe(0.3);
    // 12.5% of 1 yuan (0.0001 万元) is 0.125 yuan: half up gives 0.13 (banker's rounding would give 0.12).
    expect(
      calc({ kind: 'percent_of', attr: 'investmentWan', percent: 12.5 }, { investmentWan: 0.0001 }),
    ).toMatchObject({
      amountYuan: 0.13,
      formula: { zh: '12.5% × 0.0001 万元 = 0.13 元' },
    });
    // 0.3 × 45.1 × 1000.3 × 12 = 162,408.708 exactly; in floats 45.1 × 1000.3 is already off.
    expect(
      calc(
        { kind: 'rent_subsidy', percent: 30, months: 12 },
        { rentYuanPerM2Month: 45.1, leasedAreaM2: 1000.3 },
      ).amountYuan,
    ).toBe(162_408.71);
    // 33.33% × 0.15 × 1 × 1 = 0.049995 → 0.05; 0.0049 → 0.
    expect(
      calc({ kind: 'rent_subsidy', percent: 33.33, months: 1 }, { rentYuanPerM2Month: 0.15, leasedAreaM2: 1 })
        .amountYuan,
    ).toBe(0.05);
    expect(
      calc({ kind: 'rent_subsidy', percent: 49, months: 1 }, { rentYuanPerM2Month: 0.01, leasedAreaM2: 1 })
        .amountYuan,
    ).toBe(0);
  });

  it('validates formulas with field paths and catalogue messages', () => {
    const fields = (benefit: unknown) => {
      const parsed = benefitSchema.safeParse(benefit);
      expect(parsed.success).toBe(false);
      return issuesToFields(parsed.error?.issues ?? [], 'en');
    };
    expect(fields({ kind: 'rent_subsidy', percent: 130, months: 0 }).map((f) => f.path)).toEqual([
      'percent',
      'months',
    ]);
    expect(fields({ kind: 'one_off', amountYuan: 1.005 })).toEqual([
      { path: 'amountYuan', message: 'Amounts have at most two decimals (whole fen)' },
    ]);
    expect(fields({ kind: 'one_off', amountYuan: -1 })).toEqual([
      { path: 'amountYuan', message: 'Should be a number of at least 0' },
    ]);
    expect(fields({ kind: 'percent_of', attr: 'employees', percent: 5 }).map((f) => f.path)).toEqual([
      'attr',
    ]);
    expect(
      fields({
        kind: 'tiered',
        attr: 'revenueWan',
        tiers: [
          { min: 5, amountYuan: 1 },
          { min: 5, amountYuan: 2 },
        ],
      }),
    ).toEqual([{ path: 'tiers', message: 'Tier minimums must be in ascending order without repeats' }]);
    expect(fields({ kind: 'lottery' }).map((f) => f.path)).toEqual(['kind']);
    const ok: Benefit = benefitSchema.parse({
      kind: 'per_unit',
      attr: 'leasedAreaM2',
      amountYuan: 12.34,
      capYuan: 1,
    });
    expect(calculateBenefit(ok, { leasedAreaM2: 0.5 })).toMatchObject({ amountYuan: 1, capped: true });
  });
});

describe('profile schema (the calculator’s ad-hoc profile)', () => {
  it('accepts a partial profile with nulls and refuses bad fields with catalogue messages', () => {
    expect(profileSchema.parse({ isMahHolder: true, employees: null, settledOn: '2024-02-29' })).toEqual({
      isMahHolder: true,
      employees: null,
      settledOn: '2024-02-29',
    });
    const parsed = profileSchema.safeParse({
      employees: 2.5,
      industryCode: 'X27',
      settledOn: '2026-02-30',
      revenueWan: -1,
      zone: 'z'.repeat(65),
      chainLinks: [''],
      rdRatio: 2e6,
    });
    expect(issuesToFields(parsed.error?.issues ?? [], 'zh', 'profile')).toEqual(
      expect.arrayContaining([
        { path: 'profile.employees', message: '应为整数' },
        { path: 'profile.industryCode', message: '国民经济行业代码应为门类字母加 2–4 位数字，如 C2720' },
        { path: 'profile.settledOn', message: '日期格式应为 2026-03-01' },
        { path: 'profile.revenueWan', message: '应为不小于 0 的数字' },
        { path: 'profile.rdRatio', message: '数值不能大于 1000000' },
      ]),
    );
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['chainLinks.0', 'employees', 'industryCode', 'rdRatio', 'revenueWan', 'settledOn', 'zone'].sort(),
    );
  });
});
