import { describe, expect, it } from 'vitest';
import { ORG_UNIT_CODE, orgUnitBody, orgUnitChanged, sameDirections } from './org-unit-values';
import type { OrgUnit } from './use-officers';

const unit: OrgUnit = {
  code: 'investment_1',
  nameZh: '招商一处',
  nameEn: 'Investment Division 1',
  position: 1,
  isDemo: false,
  members: 2,
};

describe('organisational unit values', () => {
  it('accepts the codes the API accepts and no others', () => {
    expect(['investment_1', 'ab', `a${'b'.repeat(39)}`].map((c) => ORG_UNIT_CODE.test(c))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['a', '1ab', 'Ab', 'a-b', `a${'b'.repeat(40)}`].some((c) => ORG_UNIT_CODE.test(c))).toBe(false);
  });

  it('trims the names and sends 0 for an order left empty', () => {
    expect(orgUnitBody({ nameZh: ' 招商二处 ', nameEn: 'Division 2 ', position: null })).toEqual({
      nameZh: '招商二处',
      nameEn: 'Division 2',
      position: 0,
    });
  });

  it('counts a row as changed only when a trimmed value differs', () => {
    expect(orgUnitChanged(unit, undefined)).toBe(false);
    expect(orgUnitChanged(unit, {})).toBe(false);
    expect(orgUnitChanged(unit, { nameZh: '招商一处 ', nameEn: 'Investment Division 1', position: 1 })).toBe(
      false,
    );
    expect(orgUnitChanged(unit, { nameZh: '招商一处', nameEn: 'Investment Division 1', position: 2 })).toBe(
      true,
    );
    expect(orgUnitChanged(unit, { nameZh: '招商壹处', nameEn: 'Investment Division 1', position: 1 })).toBe(
      true,
    );
  });

  it('compares direction sets regardless of order', () => {
    expect(sameDirections(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameDirections(['a'], ['a', 'b'])).toBe(false);
    expect(sameDirections([], [])).toBe(true);
  });
});
