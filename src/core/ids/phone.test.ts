import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone, parsePhone } from './phone.js';
import { toFullWidth } from './test-helpers.js';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const cnMobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.array(digit, { minLength: 9, maxLength: 9 }))
  .map(([second, rest]) => `1${second}${rest.join('')}`);
const twMobile = fc.array(digit, { minLength: 8, maxLength: 8 }).map((ds) => `09${ds.join('')}`);

/** The ways people write the same mainland mobile number. */
const decorations: ((n: string) => string)[] = [
  (n) => n,
  (n) => `+86${n}`,
  (n) => `+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
  (n) => `0086-${n}`,
  (n) => `86${n}`,
  (n) => `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
  (n) => toFullWidth(`+86 ${n}`),
  (n) => `(+86) ${n}`,
];

describe('phone numbers', () => {
  it('parses the examples people type', () => {
    expect(parsePhone('13391219793')).toEqual({
      kind: 'cn_mobile',
      region: 'CN',
      e164: '+8613391219793',
      national: '13391219793',
    });
    expect(parsePhone('１３３９１２１９７９３')?.e164).toBe('+8613391219793');
    expect(parsePhone('0591-87654321')).toMatchObject({ kind: 'cn_landline', e164: '+8659187654321' });
    expect(parsePhone('010-12345678')).toMatchObject({ kind: 'cn_landline', e164: '+861012345678' });
    expect(parsePhone('+86 591 8765 4321')).toMatchObject({ kind: 'cn_landline', national: '059187654321' });
    expect(parsePhone('400 0123 021')).toMatchObject({ kind: 'cn_service', e164: '+864000123021' });
    expect(parsePhone('+886 912 345 678')).toMatchObject({
      kind: 'tw_mobile',
      e164: '+886912345678',
      national: '0912345678',
    });
    expect(parsePhone('0912-345-678')).toMatchObject({ kind: 'tw_mobile' });
    expect(parsePhone('02-2345-6789', 'TW')).toMatchObject({ kind: 'tw_landline', e164: '+886223456789' });
    expect(parsePhone('+886 4 2345 6789')).toMatchObject({ kind: 'tw_landline', e164: '+886423456789' });
    expect(parsePhone('+852 9123 4567')).toMatchObject({ kind: 'hk', e164: '+85291234567' });
  });

  it('rejects what is not a phone number', () => {
    for (const bad of [
      '',
      '12345',
      '12391219793',
      '1339121979',
      '133912197934',
      'abc',
      '+1 415 555 0100',
      '+852 1234 5678',
      '010-123',
    ]) {
      expect(parsePhone(bad), bad).toBeNull();
    }
  });

  it('normalises any decoration of a mainland mobile to the same E.164', () => {
    fc.assert(
      fc.property(
        cnMobile,
        fc.constantFrom(...decorations),
        (n, decorate) => normalizePhone(decorate(n)) === `+86${n}`,
      ),
    );
  });

  it('gives a Taiwan mobile the same E.164 in international and national form', () => {
    fc.assert(
      fc.property(twMobile, (n) => {
        const e164 = `+886${n.slice(1)}`;
        return (
          normalizePhone(`+886 ${n.slice(1)}`) === e164 &&
          normalizePhone(`00886${n.slice(1)}`) === e164 &&
          normalizePhone(n, 'TW') === e164 &&
          normalizePhone(n) === e164
        );
      }),
    );
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        (s) => parsePhone(s) === null || typeof parsePhone(s)?.e164 === 'string',
      ),
    );
  });

  it('masks a mobile, revealing at most 7 of its 11 digits', () => {
    expect(maskPhone('13391219793')).toBe('133****9793');
    expect(maskPhone('+8613391219793')).toBe('133****9793');
    fc.assert(
      fc.property(cnMobile, (n) => {
        const masked = maskPhone(n);
        return masked.replace(/\D/g, '').length <= 7 && masked.includes('****');
      }),
    );
  });
});
