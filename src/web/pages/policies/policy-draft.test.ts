import { describe, expect, it } from 'vitest';
import {
  attributesUsed,
  benefitKey,
  emptyPolicyDraft,
  missingBenefitFields,
  newBenefit,
  newTier,
  placePolicyErrors,
  tierKey,
  toPolicyBody,
  toPolicyDraft,
  toTestBody,
} from './policy-draft';
import type { PolicyDetail } from './policy-types';
import type { AttrType, ClauseNode } from './rule-draft';

const types = new Map<string, AttrType>([
  ['isMahHolder', 'boolean'],
  ['approvals', 'number'],
  ['zone', 'string'],
]);

// GET /api/policies/{id} of the reference MAH policy, as the editor receives it.
const stored: PolicyDetail = {
  id: 7,
  code: 'fuzhou-mah-support',
  titleZh: '扶持药品上市许可持有人发展若干措施',
  titleEn: 'Measures to Support Drug MAH',
  issuerZh: '福州市',
  issuerEn: 'Fuzhou Municipality',
  level: 'municipal',
  docNumber: null,
  validFrom: '2024-01-01',
  validTo: null,
  status: 'published',
  inForce: true,
  zones: ['fuzhou-imcez'],
  summaryZh: '摘要',
  summaryEn: null,
  version: 1,
  publishedAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  hasDemoFigures: true,
  source: 'portal',
  isDemo: false,
  fullText: null,
  rule: { attr: 'isMahHolder', op: 'is', value: true },
  benefits: [
    {
      code: 'approval-award',
      labelZh: '每个获批品种奖励',
      labelEn: 'Award per approved product',
      formula: { kind: 'per_unit', attr: 'approvals', amountYuan: 1_000_000, capYuan: 5_000_000 },
      demo: true,
    },
    {
      code: 'rent-subsidy',
      labelZh: '租金补贴',
      labelEn: 'Rent subsidy',
      formula: { kind: 'rent_subsidy', percent: 50, months: 36, capYuan: 2_000_000 },
      demo: true,
    },
    {
      code: 'tiers',
      labelZh: '分档',
      labelEn: 'Tiers',
      formula: {
        kind: 'tiered',
        attr: 'approvals',
        tiers: [
          { min: 1, amountYuan: 100 },
          { min: 3, amountYuan: 500 },
        ],
      },
      demo: false,
    },
    { code: 'channel', labelZh: '通道', labelEn: 'Channel', formula: null, demo: false },
  ],
  ruleText: [],
  lastRun: null,
};

describe('policy editor draft', () => {
  it('reads a saved policy and sends it back as the API stores it', () => {
    const { body } = toPolicyBody(toPolicyDraft(stored), types);
    expect(body).toEqual({
      code: stored.code,
      titleZh: stored.titleZh,
      titleEn: stored.titleEn,
      issuerZh: stored.issuerZh,
      issuerEn: stored.issuerEn,
      level: 'municipal',
      docNumber: null,
      validFrom: '2024-01-01',
      validTo: null,
      zones: ['fuzhou-imcez'],
      summaryZh: '摘要',
      summaryEn: null,
      fullText: null,
      source: 'portal',
      rule: stored.rule,
      benefits: stored.benefits,
    });
  });

  it('trims texts and sends blank optional ones as null', () => {
    const draft = {
      ...emptyPolicyDraft(),
      code: ' new-policy ',
      titleZh: ' 标题 ',
      docNumber: '  ',
      fullText: ' ',
    };
    const { body } = toPolicyBody(draft, types);
    expect(body).toMatchObject({ code: 'new-policy', titleZh: '标题', docNumber: null, fullText: null });
    expect(body.rule).toEqual({});
  });

  it('finds the fields a benefit’s kind needs that are still empty', () => {
    const rent = { ...newBenefit(), kind: 'rent_subsidy' as const, percent: 30 };
    const tier = newTier();
    const tiered = {
      ...newBenefit(),
      kind: 'tiered' as const,
      attr: 'approvals',
      tiers: [{ ...tier, min: 1 }],
    };
    const channel = { ...newBenefit(), kind: 'none' as const };
    expect(missingBenefitFields([rent, tiered, channel])).toEqual([
      benefitKey(rent.id, 'months'),
      tierKey(tiered.id, tier.id, 'amountYuan'),
    ]);
  });

  it('places the server’s field errors on the inputs, benefits and clauses they name', () => {
    const draft = toPolicyDraft(stored);
    const { places } = toPolicyBody(draft, types);
    const [award, , tiers] = draft.benefits;
    const clause = draft.rule.children[0] as ClauseNode;
    const placed = placePolicyErrors(draft, places, [
      { path: 'titleZh', message: '必填' },
      { path: 'zones.0', message: '未知区域' },
      { path: 'rule.value', message: '值应为 true 或 false' },
      { path: 'benefits.0.formula.capYuan', message: '金额最多两位小数' },
      { path: 'benefits.2.formula.tiers.1.min', message: '须大于上一档' },
      { path: 'benefits.2.formula.tiers', message: '分档须递增' },
      { path: 'benefits.0.code', message: '编码重复' },
      { path: 'somethingElse', message: '其他' },
    ]);
    expect(placed.byField).toEqual({
      titleZh: ['必填'],
      zones: ['未知区域'],
      [`${clause.id}:value`]: ['值应为 true 或 false'],
      [benefitKey(award!.id, 'capYuan')]: ['金额最多两位小数'],
      [tierKey(tiers!.id, tiers!.tiers[1]!.id, 'min')]: ['须大于上一档'],
      [benefitKey(tiers!.id, 'tiers')]: ['分档须递增'],
      [benefitKey(award!.id, 'code')]: ['编码重复'],
    });
    expect(placed.unplaced).toEqual(['其他']);
  });

  it('tests a draft with its complete formulas, naming what is not named yet', () => {
    const draft = toPolicyDraft(stored);
    const unnamed = { ...newBenefit(), kind: 'one_off' as const, amountYuan: 1000 };
    const incomplete = { ...newBenefit(), kind: 'one_off' as const };
    const { body, skipped } = toTestBody(
      { ...draft, benefits: [unnamed, incomplete, draft.benefits[0]!] },
      types,
      { profile: { isMahHolder: true } },
    );
    expect(skipped).toBe(1);
    expect(body).toMatchObject({
      rule: stored.rule,
      zones: ['fuzhou-imcez'],
      profile: { isMahHolder: true },
      benefits: [
        { code: 'benefit-1', labelZh: '#1', labelEn: '#1', formula: { kind: 'one_off', amountYuan: 1000 } },
        { code: 'approval-award', labelZh: '每个获批品种奖励' },
      ],
    });
  });

  it('asks the live test for the attributes the rule, the formulas and the zones read', () => {
    expect(attributesUsed(toPolicyDraft(stored)).sort()).toEqual(
      ['approvals', 'isMahHolder', 'leasedAreaM2', 'rentYuanPerM2Month', 'zone'].sort(),
    );
    expect(attributesUsed(emptyPolicyDraft())).toEqual([]);
  });
});
