import type { paths } from '../../api/schema';
import type { UnitUse } from '../../api/space-values';

/** The body of POST /api/leads, as the generated contract states it. */
export type LeadRequest = paths['/api/leads']['post']['requestBody']['content']['application/json'];
export type LeadTimeline = NonNullable<LeadRequest['timeline']>;

/** The purpose statement (/privacy/leads) the consent checkbox refers to; the server records it with the lead. */
export const CONSENT_VERSION = '2026-11' satisfies NonNullable<LeadRequest['consentVersion']>;

// A record, so that the build fails when the contract gains or loses a timeline this list does not match.
const timelineOrder: Record<LeadTimeline, number> = {
  within_3_months: 0,
  within_6_months: 1,
  within_12_months: 2,
  later: 3,
};
/** The timelines, soonest first. */
export const leadTimelines = (Object.keys(timelineOrder) as LeadTimeline[]).sort(
  (a, b) => timelineOrder[a] - timelineOrder[b],
);

/** What the demand form holds: text as typed, numbers as InputNumber gives them (null when cleared). */
export type DemandValues = {
  companyName?: string;
  uscc?: string;
  taiwanUbn?: string;
  contactName?: string;
  phone?: string;
  email?: string;
  direction?: string;
  chainLink?: string;
  intendedUse?: UnitUse;
  areaM2?: number | null;
  investmentWan?: number | null;
  annualTaxWan?: number | null;
  timeline?: LeadTimeline;
  needs?: string;
  preferredZone?: string;
  preferredParkId?: number;
  consent?: boolean;
  website?: string;
};

/** The form's field names: the server's field messages are shown under these. */
export const demandFields = [
  'companyName',
  'uscc',
  'taiwanUbn',
  'contactName',
  'phone',
  'email',
  'direction',
  'chainLink',
  'intendedUse',
  'areaM2',
  'investmentWan',
  'annualTaxWan',
  'timeline',
  'needs',
  'preferredZone',
  'preferredParkId',
  'consent',
] as const satisfies readonly (keyof DemandValues)[];

/** The limits the server applies (src/modules/leads/schema.ts), for the form's own first check. */
export const demandLimits = {
  companyNameMin: 2,
  companyNameMax: 200,
  contactNameMax: 60,
  phoneMax: 40,
  emailMax: 254,
  chainLinkMax: 100,
  needsMax: 2000,
  numberMax: 100_000_000,
} as const;

/** Full-width digits and letters (１３３…, ＡＢＣ) as people type them with a Chinese input method. */
function halfWidth(value: string): string {
  return value.normalize('NFKC');
}

/**
 * A loose shape check, so that an obvious slip is caught before sending: 8 to 15 digits once spaces,
 * hyphens, dots and brackets are removed, with an optional leading +. Which numbers are real (mainland,
 * Taiwan, Hong Kong) the server decides, and its message wins.
 */
export function looksLikePhone(value: string): boolean {
  const stripped = halfWidth(value).replace(/[\s\-.()]/g, '');
  return /^\+?\d{8,15}$/.test(stripped);
}

/** 统一社会信用代码: 18 letters and digits (the check character is the server's to verify). */
export function looksLikeUscc(value: string): boolean {
  return /^[0-9A-Z]{18}$/.test(halfWidth(value).replace(/\s/g, '').toUpperCase());
}

/** 統一編號: 8 digits (the checksum is the server's to verify). */
export function looksLikeTaiwanUbn(value: string): boolean {
  return /^\d{8}$/.test(halfWidth(value).replace(/\s/g, ''));
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

function amount(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The request body: trimmed text, and every field left empty left out (the server reads an empty
 * credit code or e-mail as a wrong one, not as none). Only called once consent is given.
 */
export function toLeadRequest(values: DemandValues): LeadRequest {
  const body: LeadRequest = {
    companyName: values.companyName?.trim() ?? '',
    contactName: values.contactName?.trim() ?? '',
    phone: values.phone?.trim() ?? '',
    uscc: text(values.uscc),
    taiwanUbn: text(values.taiwanUbn),
    email: text(values.email),
    direction: values.direction || undefined,
    chainLink: text(values.chainLink),
    intendedUse: values.intendedUse || undefined,
    areaM2: amount(values.areaM2),
    investmentWan: amount(values.investmentWan),
    annualTaxWan: amount(values.annualTaxWan),
    timeline: values.timeline || undefined,
    needs: text(values.needs),
    preferredZone: values.preferredZone || undefined,
    preferredParkId: values.preferredParkId || undefined,
    consent: true,
    consentVersion: CONSENT_VERSION,
    // The trap field: people never see it, so anything in it came from a script, and the server refuses it.
    website: values.website || undefined,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as LeadRequest;
}
