import { describe, expect, it } from 'vitest';
import { looksLikePhone, looksLikeTaiwanUbn, looksLikeUscc, toLeadRequest } from './demand-values';

describe('toLeadRequest', () => {
  it('trims the text, leaves empty fields out and states the consent and its version', () => {
    expect(
      toLeadRequest({
        companyName: '  福州安布瑞医药 ',
        contactName: ' 王先生',
        phone: '0912-345-678 ',
        uscc: '   ',
        email: '',
        chainLink: ' CDMO ',
        areaM2: null,
        investmentWan: 0,
        needs: '',
        consent: true,
        website: '',
      }),
    ).toEqual({
      companyName: '福州安布瑞医药',
      contactName: '王先生',
      phone: '0912-345-678',
      chainLink: 'CDMO',
      investmentWan: 0,
      consent: true,
      consentVersion: '2026-11',
    });
  });

  it('passes the trap field on when something filled it, for the server to refuse', () => {
    expect(toLeadRequest({ companyName: 'ab', website: 'http://spam.example' }).website).toBe(
      'http://spam.example',
    );
  });
});

describe('shape checks', () => {
  it.each([
    '0912-345-678',
    '+886 912 345 678',
    '13391219793',
    '０５９１－８７６５４３２１',
    '(0591) 8765 4321',
    '2345 6789',
    '+852 2345 6789',
  ])('takes %s as a phone number', (phone) => {
    expect(looksLikePhone(phone)).toBe(true);
  });

  it.each(['1234567', 'phone', '133-9121-97ab', '+', ''])('refuses %s as a phone number', (phone) => {
    expect(looksLikePhone(phone)).toBe(false);
  });

  it('checks the credit code and the business number loosely', () => {
    expect(looksLikeUscc('91350100 ma2xxxxxx0')).toBe(true);
    expect(looksLikeUscc('9135010')).toBe(false);
    expect(looksLikeTaiwanUbn('０４５９５２５７')).toBe(true);
    expect(looksLikeTaiwanUbn('0459525')).toBe(false);
  });
});
