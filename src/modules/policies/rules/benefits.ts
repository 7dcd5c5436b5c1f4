import { z } from 'zod';
import { amountUpTo } from '../../../core/contract.js';
import {
  type AttrKey,
  attributeList,
  attributeOf,
  type NumberAttr,
  type Profile,
  unitText,
} from './attributes.js';
import {
  type Decimal,
  decimalOf,
  fenOf,
  fenToYuan,
  formatFen,
  formatNumber,
  multiply,
  shift,
  toFen,
} from './decimal.js';
import { attrLabel, type Bilingual, type Lang, quantity } from './describe.js';

/**
 * What a policy pays, as formulas over profile attributes (docs/policy-rules.md). Money is computed
 * exactly (decimal.ts): the product is formed in exact decimals, rounded once to the fen, half up, and
 * only then capped.
 */

const numberAttrs = attributeList.filter((a) => a.type === 'number').map((a) => a.key) as [
  NumberAttr,
  ...NumberAttr[],
];
const moneyAttrs = attributeList.filter((a) => 'unit' in a && a.unit === '万元').map((a) => a.key) as [
  NumberAttr,
  ...NumberAttr[],
];

const YUAN_MAX = 1e13;
const yuan = amountUpTo(YUAN_MAX).refine((v) => decimalOf(v).scale <= 2, {
  params: { messageKey: 'wholeFen' },
});
const percent = amountUpTo(100).describe('Percent, 0–100');

const ascending = (tiers: { min: number }[]) =>
  tiers.every((t, i) => i === 0 || t.min > (tiers[i - 1]?.min ?? 0));

export const benefitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rent_subsidy'),
    percent,
    months: z.number().int().min(1).max(120),
    capYuan: yuan.optional(),
  }),
  z.object({ kind: z.literal('one_off'), amountYuan: yuan }),
  z.object({
    kind: z.literal('per_unit'),
    attr: z.enum(numberAttrs).describe('The attribute counted: approvals, talents, or any number attribute'),
    amountYuan: yuan.describe('Yuan per unit of the attribute as the catalogue states it'),
    capYuan: yuan.optional(),
  }),
  z.object({
    kind: z.literal('percent_of'),
    attr: z.enum(moneyAttrs).describe('A money attribute (万元), e.g. investmentWan'),
    percent,
    capYuan: yuan.optional(),
  }),
  z.object({
    kind: z.literal('tiered'),
    attr: z.enum(numberAttrs),
    tiers: z
      .array(z.object({ min: amountUpTo(1e15).describe('In the attribute’s unit'), amountYuan: yuan }))
      .min(1)
      .max(20)
      .refine(ascending, { params: { messageKey: 'tiersAscending' } }),
  }),
]);
export type Benefit = z.output<typeof benefitSchema>;

export type BenefitResult = {
  /** Yuan, exact to the fen; null when an input is missing (see `missing`). */
  amountYuan: number | null;
  /** The formula gave more than the cap, and the cap was paid. */
  capped: boolean;
  /** The attributes the formula needed and the profile did not have. */
  missing: AttrKey[];
  formula: Bilingual;
  /** The attribute values the formula used (null: missing). */
  inputs: Partial<Record<AttrKey, number | null>>;
};

type Operand = { attr: AttrKey; value: number | null };

export function calculateBenefit(benefit: Benefit, profile: Profile): BenefitResult {
  switch (benefit.kind) {
    case 'one_off': {
      const fen = fenOf(benefit.amountYuan);
      const formula = {
        zh: `一次性奖励 ${formatFen(fen)} 元`,
        en: `One-off award: ${formatFen(fen)} yuan`,
      };
      return { amountYuan: fenToYuan(fen), capped: false, missing: [], formula, inputs: {} };
    }
    case 'rent_subsidy': {
      const rent = operand(profile, 'rentYuanPerM2Month');
      const area = operand(profile, 'leasedAreaM2');
      const expression = (lang: Lang) =>
        [
          `${formatNumber(benefit.percent)}%`,
          shown(rent, lang),
          shown(area, lang),
          lang === 'zh' ? `${benefit.months} 月` : `${benefit.months} months`,
        ].join(' × ');
      const product = (r: number, a: number) =>
        shift(
          multiply(
            multiply(decimalOf(benefit.percent), decimalOf(r)),
            multiply(decimalOf(a), decimalOf(benefit.months)),
          ),
          -2,
        );
      return capped([rent, area], expression, product, benefit.capYuan);
    }
    case 'per_unit': {
      const count = operand(profile, benefit.attr);
      const unit = attributeOf(benefit.attr).unit;
      const amount = formatFen(fenOf(benefit.amountYuan));
      const expression = (lang: Lang) => {
        if (count.value === null)
          return `${lang === 'zh' ? `${amount} 元` : `${amount} yuan`} × ${shown(count, lang)}`;
        const figure = formatNumber(count.value);
        if (lang === 'en') return `${amount} yuan × ${figure}${unit ? ` ${unitText[unit].enAsIs}` : ''}`;
        return unit ? `${amount} 元/${unit} × ${figure} ${unit}` : `${amount} 元 × ${figure}`;
      };
      return capped(
        [count],
        expression,
        (n: number) => multiply(decimalOf(benefit.amountYuan), decimalOf(n)),
        benefit.capYuan,
      );
    }
    case 'percent_of': {
      const base = operand(profile, benefit.attr);
      const toYuan = unitText[attributeOf(benefit.attr).unit ?? '万元'].enShift;
      // zh keeps 万元 (2,000 万元), en shows yuan (20,000,000 yuan): the same figure either way.
      const expression = (lang: Lang) => `${formatNumber(benefit.percent)}% × ${shown(base, lang)}`;
      const product = (v: number) => shift(multiply(decimalOf(benefit.percent), decimalOf(v)), toYuan - 2);
      return capped([base], expression, product, benefit.capYuan);
    }
    case 'tiered':
      return tiered(benefit, profile);
  }
}

function operand(profile: Profile, attr: AttrKey): Operand {
  const value = profile[attr];
  return { attr, value: typeof value === 'number' ? value : null };
}

/** An operand as the formula prints it: "45 元/m²·月", or its label marked missing. */
function shown({ attr, value }: Operand, lang: Lang): string {
  if (value === null)
    return lang === 'zh' ? `${attrLabel(attr, 'zh')}（未提供）` : `${attrLabel(attr, 'en')} (not given)`;
  return quantity(value, attributeOf(attr).unit, lang);
}

/**
 * The common tail of the multiplicative formulas: missing inputs → null and a formula that says what is
 * missing; otherwise round to the fen and apply the cap.
 */
function capped<T extends number[]>(
  operands: Operand[],
  expression: (lang: Lang) => string,
  product: (...values: T) => Decimal,
  capYuan: number | undefined,
): BenefitResult {
  const inputs = Object.fromEntries(operands.map((o) => [o.attr, o.value]));
  const missing = operands.filter((o) => o.value === null).map((o) => o.attr);
  if (missing.length > 0) {
    const formula = {
      zh: `${expression('zh')}；缺少数据，无法计算`,
      en: `${expression('en')}; data missing, cannot compute`,
    };
    return { amountYuan: null, capped: false, missing, formula, inputs };
  }
  const raw = toFen(product(...(operands.map((o) => o.value) as T)));
  const cap = capYuan === undefined ? undefined : fenOf(capYuan);
  const isCapped = cap !== undefined && raw > cap;
  const fen = isCapped ? cap : raw;
  const formula = {
    zh: resultLine('zh', expression('zh'), raw, cap, isCapped),
    en: resultLine('en', expression('en'), raw, cap, isCapped),
  };
  return { amountYuan: fenToYuan(fen), capped: isCapped, missing: [], formula, inputs };
}

function resultLine(
  lang: Lang,
  expression: string,
  raw: bigint,
  cap: bigint | undefined,
  isCapped: boolean,
): string {
  if (lang === 'zh') {
    if (isCapped && cap !== undefined)
      return `${expression} = ${formatFen(raw)} 元，超过上限，按 ${formatFen(cap)} 元计`;
    return `${expression} = ${formatFen(raw)} 元${cap === undefined ? '' : `（上限 ${formatFen(cap)} 元）`}`;
  }
  if (isCapped && cap !== undefined)
    return `${expression} = ${formatFen(raw)} yuan, capped at ${formatFen(cap)} yuan`;
  return `${expression} = ${formatFen(raw)} yuan${cap === undefined ? '' : ` (cap ${formatFen(cap)} yuan)`}`;
}

/** The highest tier whose minimum the value reaches pays; below the lowest tier the award is 0. */
function tiered(benefit: Extract<Benefit, { kind: 'tiered' }>, profile: Profile): BenefitResult {
  const input = operand(profile, benefit.attr);
  const inputs = { [benefit.attr]: input.value };
  const unit = attributeOf(benefit.attr).unit;
  const label = (lang: Lang) => attrLabel(benefit.attr, lang);
  if (input.value === null) {
    return {
      amountYuan: null,
      capped: false,
      missing: [benefit.attr],
      formula: {
        zh: `${shown(input, 'zh')}；缺少数据，无法计算`,
        en: `${shown(input, 'en')}; data missing, cannot compute`,
      },
      inputs,
    };
  }
  const value = input.value;
  const reached = benefit.tiers.filter((t) => value >= t.min).at(-1);
  const lowest = benefit.tiers[0]!;
  const fen = reached ? fenOf(reached.amountYuan) : 0n;
  const q = (n: number, lang: Lang) => quantity(n, unit, lang);
  const formula = reached
    ? {
        zh: `${label('zh')}为 ${q(value, 'zh')}，达到“≥ ${q(reached.min, 'zh')}”档：${formatFen(fen)} 元`,
        en: `${label('en')} ${q(value, 'en')} reaches the tier ≥ ${q(reached.min, 'en')}: ${formatFen(fen)} yuan`,
      }
    : {
        zh: `${label('zh')}为 ${q(value, 'zh')}，未达到最低档（≥ ${q(lowest.min, 'zh')}）：0 元`,
        en: `${label('en')} ${q(value, 'en')} is below the lowest tier (≥ ${q(lowest.min, 'en')}): 0 yuan`,
      };
  return { amountYuan: fenToYuan(fen), capped: false, missing: [], formula, inputs };
}

/** The sum of several amounts, exact to the fen (a policy's benefits together). */
export function sumYuan(amounts: readonly number[]): number {
  return fenToYuan(amounts.reduce((sum, a) => sum + fenOf(a), 0n));
}
