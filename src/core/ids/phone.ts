import { toHalfWidth } from './fullwidth.js';

export type PhoneKind = 'cn_mobile' | 'cn_landline' | 'cn_service' | 'tw_mobile' | 'tw_landline' | 'hk';
export type PhoneRegion = 'CN' | 'TW' | 'HK';

/** e164: '+8613391219793'; national: the digits as dialled at home, with the trunk 0 ('059187654321'). */
export type ParsedPhone = { kind: PhoneKind; region: PhoneRegion; e164: string; national: string };

const CN_MOBILE = /^1[3-9]\d{9}$/;
// Area code 0 + 2–3 digits, subscriber 7–8 digits: 10 to 12 digits in all.
const CN_LANDLINE = /^0[1-9]\d{8,10}$/;
const CN_SERVICE = /^[48]00\d{7}$/;
const TW_MOBILE = /^09\d{8}$/;
// 0 + area code (1–2 digits, not 9) + 7–8 digits.
const TW_LANDLINE = /^0[1-8]\d{7,9}$/;
const HK = /^[2-9]\d{7}$/;

/** Keeps digits and a leading plus; spaces, hyphens, dots and parentheses are decoration. */
function strip(input: string): string | null {
  const s = toHalfWidth(input).replace(/[()]/g, ' ').trim();
  if (!/^\+?[\d\s\-.]+$/.test(s)) return null;
  return (s.startsWith('+') ? '+' : '') + s.replace(/\D/g, '');
}

function cn(national: string): ParsedPhone | null {
  if (CN_MOBILE.test(national)) return { kind: 'cn_mobile', region: 'CN', e164: `+86${national}`, national };
  if (CN_SERVICE.test(national))
    return { kind: 'cn_service', region: 'CN', e164: `+86${national}`, national };
  if (CN_LANDLINE.test(national))
    return { kind: 'cn_landline', region: 'CN', e164: `+86${national.slice(1)}`, national };
  return null;
}

function tw(national: string): ParsedPhone | null {
  if (TW_MOBILE.test(national))
    return { kind: 'tw_mobile', region: 'TW', e164: `+886${national.slice(1)}`, national };
  if (TW_LANDLINE.test(national))
    return { kind: 'tw_landline', region: 'TW', e164: `+886${national.slice(1)}`, national };
  return null;
}

/**
 * Parses mainland, Taiwan and Hong Kong numbers as people write them: full-width digits, spaces,
 * hyphens, +86 / 0086 / 86, +886 / 00886, +852 / 00852. Returns null for anything else; never throws.
 */
export function parsePhone(input: string, defaultRegion: 'CN' | 'TW' = 'CN'): ParsedPhone | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const s = strip(input);
  if (!s) return null;
  const international = s.startsWith('+') ? s.slice(1) : s.startsWith('00') ? s.slice(2) : null;
  if (international !== null) {
    if (international.startsWith('886')) return tw(`0${international.slice(3).replace(/^0/, '')}`);
    if (international.startsWith('852')) {
      const local = international.slice(3);
      return HK.test(local) ? { kind: 'hk', region: 'HK', e164: `+852${local}`, national: local } : null;
    }
    if (international.startsWith('86')) {
      const rest = international.slice(2);
      return cn(CN_MOBILE.test(rest) || CN_SERVICE.test(rest) ? rest : `0${rest.replace(/^0/, '')}`);
    }
    return null;
  }
  // 86 + 11-digit mobile written without the plus.
  if (/^861[3-9]\d{9}$/.test(s)) return cn(s.slice(2));
  if (defaultRegion === 'TW') return tw(s);
  // A 09 + 8 digit number cannot be mainland: it is a Taiwan mobile.
  if (TW_MOBILE.test(s)) return tw(s);
  return cn(s);
}

export function normalizePhone(input: string, defaultRegion: 'CN' | 'TW' = 'CN'): string | null {
  return parsePhone(input, defaultRegion)?.e164 ?? null;
}

/** 13391219793 → 133****9793: first 3 and last 4 of the national number (2 and 2 when short). */
export function maskPhone(phone: string): string {
  const parsed = parsePhone(phone);
  const digits = parsed ? parsed.national : phone.replace(/\D/g, '');
  if (digits.length >= 9) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 5) return `${digits.slice(0, 2)}****${digits.slice(-2)}`;
  return '****';
}
