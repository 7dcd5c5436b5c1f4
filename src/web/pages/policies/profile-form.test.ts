import { describe, expect, it } from 'vitest';
import { givenCount, sectionOf, toProfile } from './profile-form';
import type { AttributeInfo } from './rule-draft';

const attribute = (key: string, type: AttributeInfo['type'], unit: string | null = null): AttributeInfo => ({
  key,
  type,
  unit,
  integer: false,
  labelZh: key,
  labelEn: key,
});

const catalogue = [
  attribute('isMahHolder', 'boolean'),
  attribute('isHighTech', 'boolean'),
  attribute('isTaiwanFunded', 'boolean'),
  attribute('registeredCapitalWan', 'number', '万元'),
  attribute('employees', 'number', '人'),
  attribute('zone', 'string'),
  attribute('industryCode', 'string'),
  attribute('chainLinks', 'stringSet'),
  attribute('settledOn', 'date'),
];

describe('calculator profile form', () => {
  it('sends what the reader gave, each value in its attribute’s type', () => {
    expect(
      toProfile(catalogue, {
        isMahHolder: 'yes',
        isHighTech: 'no',
        isTaiwanFunded: 'unknown',
        registeredCapitalWan: 0,
        employees: null,
        zone: 'fuzhou-imcez',
        industryCode: ' C2720 ',
        chainLinks: [' cro', 'cdmo', 'cro', ' '],
        settledOn: '2024-05-01',
      }),
    ).toEqual({
      isMahHolder: true,
      isHighTech: false,
      registeredCapitalWan: 0,
      zone: 'fuzhou-imcez',
      industryCode: 'C2720',
      chainLinks: ['cro', 'cdmo'],
      settledOn: '2024-05-01',
    });
  });

  it('leaves out what is open, blank or of the wrong type, and what the catalogue does not name', () => {
    const values = {
      isMahHolder: 'unknown' as const,
      registeredCapitalWan: 'many',
      zone: '  ',
      chainLinks: [],
      settledOn: '',
      notAnAttribute: 'x',
    };
    expect(toProfile(catalogue, values)).toEqual({});
    expect(givenCount(catalogue, { ...values, employees: 12 })).toBe(1);
  });

  it('groups the inputs by what they describe', () => {
    expect(catalogue.map(sectionOf)).toEqual([
      'flags',
      'flags',
      'flags',
      'figures',
      'figures',
      'place',
      'place',
      'place',
      'dates',
    ]);
  });
});
