import type {
  BenefitBody,
  Formula,
  PolicyBody,
  PolicyDetail,
  PolicyLevel,
  PolicyTestBody,
  Profile,
} from './policy-types';
import {
  type AttrType,
  attrsOfRule,
  emptyRule,
  type GroupNode,
  parseRule,
  type RulePlaces,
  ruleErrorKey,
  toRuleJson,
} from './rule-draft';

export type FormulaKind = Formula['kind'];
/** `none`: a benefit without money (a review channel). */
export type BenefitKind = FormulaKind | 'none';
export const benefitKinds = [
  'rent_subsidy',
  'one_off',
  'per_unit',
  'percent_of',
  'tiered',
  'none',
] as const satisfies readonly BenefitKind[];

/** Number attributes a per-unit or tiered benefit may count, and the 万元 ones a percentage applies to. */
export const countAttrs = [
  'registeredCapitalWan',
  'revenueWan',
  'rdRatio',
  'employees',
  'investmentWan',
  'leasedAreaM2',
  'rentYuanPerM2Month',
  'approvals',
  'talents',
] as const satisfies readonly Extract<Formula, { kind: 'per_unit' }>['attr'][];
export const moneyAttrs = [
  'registeredCapitalWan',
  'revenueWan',
  'investmentWan',
] as const satisfies readonly Extract<Formula, { kind: 'percent_of' }>['attr'][];

export type TierDraft = { id: string; min: number | null; amountYuan: number | null };

/** A benefit as the editor holds it: every kind's fields at once, so switching kinds keeps what was typed. */
export type BenefitDraft = {
  id: string;
  code: string;
  labelZh: string;
  labelEn: string;
  demo: boolean;
  kind: BenefitKind;
  percent: number | null;
  months: number | null;
  capYuan: number | null;
  amountYuan: number | null;
  attr: string | null;
  tiers: TierDraft[];
};

export type PolicyDraft = {
  code: string;
  titleZh: string;
  titleEn: string;
  issuerZh: string;
  issuerEn: string;
  level: PolicyLevel;
  docNumber: string;
  validFrom: string;
  validTo: string;
  zones: string[];
  summaryZh: string;
  summaryEn: string;
  fullText: string;
  source: string;
  rule: GroupNode;
  benefits: BenefitDraft[];
};

/** The text fields of the policy's own header, in the order the form shows them. */
export type PolicyTextField =
  | 'code'
  | 'titleZh'
  | 'titleEn'
  | 'issuerZh'
  | 'issuerEn'
  | 'docNumber'
  | 'summaryZh'
  | 'summaryEn'
  | 'fullText'
  | 'source';

let lastId = 0;
function nextId(prefix: string): string {
  lastId += 1;
  return `${prefix}${lastId}`;
}

export function newTier(): TierDraft {
  return { id: nextId('t'), min: null, amountYuan: null };
}

export function newBenefit(): BenefitDraft {
  return {
    id: nextId('b'),
    code: '',
    labelZh: '',
    labelEn: '',
    demo: false,
    kind: 'one_off',
    percent: null,
    months: null,
    capYuan: null,
    amountYuan: null,
    attr: null,
    tiers: [newTier()],
  };
}

export function emptyPolicyDraft(): PolicyDraft {
  return {
    code: '',
    titleZh: '',
    titleEn: '',
    issuerZh: '',
    issuerEn: '',
    level: 'zone',
    docNumber: '',
    validFrom: '',
    validTo: '',
    zones: [],
    summaryZh: '',
    summaryEn: '',
    fullText: '',
    source: '',
    rule: emptyRule(),
    benefits: [],
  };
}

function toBenefitDraft(benefit: BenefitBody): BenefitDraft {
  const draft: BenefitDraft = {
    ...newBenefit(),
    code: benefit.code,
    labelZh: benefit.labelZh,
    labelEn: benefit.labelEn,
    demo: benefit.demo ?? false,
    tiers: [],
  };
  const formula = benefit.formula;
  if (!formula) return { ...draft, kind: 'none', tiers: [newTier()] };
  switch (formula.kind) {
    case 'rent_subsidy':
      return {
        ...draft,
        kind: formula.kind,
        percent: formula.percent,
        months: formula.months,
        capYuan: formula.capYuan ?? null,
      };
    case 'one_off':
      return { ...draft, kind: formula.kind, amountYuan: formula.amountYuan };
    case 'per_unit':
      return {
        ...draft,
        kind: formula.kind,
        attr: formula.attr,
        amountYuan: formula.amountYuan,
        capYuan: formula.capYuan ?? null,
      };
    case 'percent_of':
      return {
        ...draft,
        kind: formula.kind,
        attr: formula.attr,
        percent: formula.percent,
        capYuan: formula.capYuan ?? null,
      };
    case 'tiered':
      return {
        ...draft,
        kind: formula.kind,
        attr: formula.attr,
        tiers: formula.tiers.map((tier) => ({ id: nextId('t'), min: tier.min, amountYuan: tier.amountYuan })),
      };
  }
}

/** A saved policy in the editor. */
export function toPolicyDraft(policy: PolicyDetail): PolicyDraft {
  return {
    code: policy.code,
    titleZh: policy.titleZh,
    titleEn: policy.titleEn,
    issuerZh: policy.issuerZh,
    issuerEn: policy.issuerEn,
    level: policy.level,
    docNumber: policy.docNumber ?? '',
    validFrom: policy.validFrom ?? '',
    validTo: policy.validTo ?? '',
    zones: [...policy.zones],
    summaryZh: policy.summaryZh ?? '',
    summaryEn: policy.summaryEn ?? '',
    fullText: policy.fullText ?? '',
    source: policy.source,
    rule: parseRule(policy.rule),
    benefits: policy.benefits.map(toBenefitDraft),
  };
}

/** The fields each kind of formula needs filled (the cap is optional), for the check before sending. */
const requiredByKind: Record<BenefitKind, readonly ('percent' | 'months' | 'amountYuan' | 'attr')[]> = {
  rent_subsidy: ['percent', 'months'],
  one_off: ['amountYuan'],
  per_unit: ['attr', 'amountYuan'],
  percent_of: ['attr', 'percent'],
  tiered: ['attr'],
  none: [],
};

/**
 * The benefit's formula as the API takes it: null for a benefit without money, 'incomplete' when a field
 * its kind needs is empty. (An empty cap is left out: it is optional.)
 */
export function formulaOf(benefit: BenefitDraft): Formula | null | 'incomplete' {
  if (benefit.kind === 'none') return null;
  if (requiredByKind[benefit.kind].some((field) => benefit[field] === null)) return 'incomplete';
  const cap = benefit.capYuan === null ? {} : { capYuan: benefit.capYuan };
  // The casts: the fields are checked above; attr values come from the lists the selects offer.
  switch (benefit.kind) {
    case 'rent_subsidy':
      return { kind: 'rent_subsidy', percent: benefit.percent!, months: benefit.months!, ...cap };
    case 'one_off':
      return { kind: 'one_off', amountYuan: benefit.amountYuan! };
    case 'per_unit':
      return {
        kind: 'per_unit',
        attr: benefit.attr as (typeof countAttrs)[number],
        amountYuan: benefit.amountYuan!,
        ...cap,
      };
    case 'percent_of':
      return {
        kind: 'percent_of',
        attr: benefit.attr as (typeof moneyAttrs)[number],
        percent: benefit.percent!,
        ...cap,
      };
    case 'tiered':
      if (benefit.tiers.some((tier) => tier.min === null || tier.amountYuan === null)) return 'incomplete';
      return {
        kind: 'tiered',
        attr: benefit.attr as (typeof countAttrs)[number],
        tiers: benefit.tiers.map((tier) => ({ min: tier.min!, amountYuan: tier.amountYuan! })),
      };
  }
}

/** The editor's keys of the fields a benefit leaves empty that its kind needs (checked before sending). */
export function missingBenefitFields(benefits: readonly BenefitDraft[]): string[] {
  return benefits.flatMap((benefit) => {
    if (benefit.kind === 'none') return [];
    const fields = requiredByKind[benefit.kind]
      .filter((field) => benefit[field] === null)
      .map((field) => benefitKey(benefit.id, field));
    const tiers =
      benefit.kind === 'tiered'
        ? benefit.tiers.flatMap((tier) => [
            ...(tier.min === null ? [tierKey(benefit.id, tier.id, 'min')] : []),
            ...(tier.amountYuan === null ? [tierKey(benefit.id, tier.id, 'amountYuan')] : []),
          ])
        : [];
    return [...fields, ...tiers];
  });
}

export const benefitKey = (benefitId: string, field: string) => `benefit:${benefitId}:${field}`;
export const tierKey = (benefitId: string, tierId: string, field: string) =>
  `benefit:${benefitId}:tier:${tierId}:${field}`;

const blankToNull = (text: string) => (text.trim() ? text.trim() : null);

/** Attribute types by key, for sending `exists` clauses without a value. */
export type AttrTypes = ReadonlyMap<string, AttrType>;

/**
 * The body to send and where the rule's paths came from. Benefits whose formula is incomplete are sent
 * with what they have (the check before sending stops that; the server would say the same).
 */
export function toPolicyBody(draft: PolicyDraft, types: AttrTypes): { body: PolicyBody; places: RulePlaces } {
  const { rule, places } = toRuleJson(draft.rule, types);
  const body = {
    code: draft.code.trim(),
    titleZh: draft.titleZh.trim(),
    titleEn: draft.titleEn.trim(),
    issuerZh: draft.issuerZh.trim(),
    issuerEn: draft.issuerEn.trim(),
    level: draft.level,
    docNumber: blankToNull(draft.docNumber),
    validFrom: draft.validFrom || null,
    validTo: draft.validTo || null,
    zones: draft.zones,
    summaryZh: blankToNull(draft.summaryZh),
    summaryEn: blankToNull(draft.summaryEn),
    fullText: draft.fullText.trim() ? draft.fullText : null,
    source: draft.source.trim(),
    // The generated type says `Record<string, never>` for a tree it cannot describe; the server checks it.
    rule: rule as PolicyBody['rule'],
    benefits: draft.benefits.map((benefit) => {
      const formula = formulaOf(benefit);
      return {
        code: benefit.code.trim(),
        labelZh: benefit.labelZh.trim(),
        labelEn: benefit.labelEn.trim(),
        demo: benefit.demo,
        formula: formula === 'incomplete' ? null : formula,
      };
    }),
  };
  return { body, places };
}

/**
 * The live test's body: the draft's rule, zones and the benefits whose formulas are complete, against an
 * enterprise or a profile. Names and codes are not what is tested, so blank ones are filled in.
 */
export function toTestBody(
  draft: PolicyDraft,
  types: AttrTypes,
  subject: { enterpriseId: number } | { profile: Profile },
): { body: PolicyTestBody; places: RulePlaces; skipped: number } {
  const { rule, places } = toRuleJson(draft.rule, types);
  const benefits = draft.benefits.flatMap((benefit, i) => {
    const formula = formulaOf(benefit);
    if (formula === 'incomplete') return [];
    const code = /^[a-z0-9][a-z0-9_-]{1,63}$/.test(benefit.code.trim())
      ? benefit.code.trim()
      : `benefit-${i + 1}`;
    const label = `#${i + 1}`;
    return [
      {
        code,
        labelZh: benefit.labelZh.trim() || label,
        labelEn: benefit.labelEn.trim() || benefit.labelZh.trim() || label,
        demo: benefit.demo,
        formula,
      },
    ];
  });
  // Two benefits with the same code would be refused; the test renames the later ones.
  const seen = new Set<string>();
  for (const [i, benefit] of benefits.entries()) {
    if (seen.has(benefit.code)) benefit.code = `benefit-${i + 1}-${seen.size}`;
    seen.add(benefit.code);
  }
  return {
    body: { rule: rule as PolicyTestBody['rule'], zones: draft.zones, benefits, ...subject },
    places,
    skipped: draft.benefits.length - benefits.length,
  };
}

const headerFields = new Set([
  'code',
  'titleZh',
  'titleEn',
  'issuerZh',
  'issuerEn',
  'level',
  'docNumber',
  'validFrom',
  'validTo',
  'zones',
  'summaryZh',
  'summaryEn',
  'fullText',
  'source',
  'rule',
  'benefits',
]);

/**
 * Where the server's field errors belong in the editor: `titleZh` → that input; `zones.1` → the zones;
 * `rule.all.1.value` → that clause's value (by node id, through `places`); `benefits.0.formula.capYuan`
 * → the cap of the benefit that was first when the draft was sent; `benefits.0.formula.tiers.1.min` →
 * that tier. Anything else stays for the form's alert.
 */
export function placePolicyErrors(
  sent: PolicyDraft,
  places: RulePlaces,
  fields: readonly { path: string; message: string }[],
): { byField: Record<string, string[]>; unplaced: string[] } {
  const byField: Record<string, string[]> = {};
  const unplaced: string[] = [];
  const add = (key: string, message: string) => {
    byField[key] = [...(byField[key] ?? []), message];
  };
  for (const { path, message } of fields) {
    const segments = path.split('.');
    const [head = '', index, field, ...rest] = segments;
    if (head === 'rule') {
      const key = ruleErrorKey(places, path);
      add(key ?? 'rule', message);
      continue;
    }
    const benefit = head === 'benefits' && index !== undefined ? sent.benefits[Number(index)] : undefined;
    if (benefit) {
      add(benefitFieldKey(benefit, field, rest), message);
      continue;
    }
    if (headerFields.has(head)) add(head, message);
    else unplaced.push(message);
  }
  return { byField, unplaced };
}

/** `code`, `labelZh`… of a benefit, or `formula.percent`, `formula.tiers.1.min`, `formula.tiers`. */
function benefitFieldKey(benefit: BenefitDraft, field: string | undefined, rest: string[]): string {
  if (field !== 'formula') return benefitKey(benefit.id, field ?? 'code');
  const [formulaField, tierIndex, tierField] = rest;
  if (formulaField === 'tiers') {
    const tier = tierIndex !== undefined ? benefit.tiers[Number(tierIndex)] : undefined;
    if (tier && (tierField === 'min' || tierField === 'amountYuan'))
      return tierKey(benefit.id, tier.id, tierField);
    return benefitKey(benefit.id, 'tiers');
  }
  return benefitKey(benefit.id, formulaField ?? 'kind');
}

/**
 * The attributes the live test asks for: those the rule tests, those the formulas read, and the zone when
 * the policy is limited to some zones.
 */
export function attributesUsed(draft: PolicyDraft): string[] {
  const used = new Set(attrsOfRule(draft.rule));
  if (draft.zones.length > 0) used.add('zone');
  for (const benefit of draft.benefits) {
    if (benefit.kind === 'rent_subsidy') {
      used.add('rentYuanPerM2Month');
      used.add('leasedAreaM2');
    } else if (benefit.kind !== 'none' && benefit.kind !== 'one_off' && benefit.attr) used.add(benefit.attr);
  }
  return [...used];
}
