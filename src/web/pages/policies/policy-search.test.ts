import { describe, expect, it } from 'vitest';
import {
  calculatorSearchSchema,
  hasPolicyFilters,
  policySearchSchema,
  toPolicyListQuery,
} from './policy-search';

describe('policy library and calculator URLs', () => {
  it('keeps what is valid and drops what a hand-edited link gets wrong', () => {
    expect(
      policySearchSchema.parse({
        q: 'MAH',
        level: 'municipal',
        zone: 'fuzhou-imcez',
        inForce: 'yes',
        page: '2',
      }),
    ).toEqual({ q: 'MAH', level: 'municipal', zone: 'fuzhou-imcez', page: 2 });
    expect(policySearchSchema.parse({ level: 'galactic', zone: 'Not a code', status: 'draft' })).toEqual({
      status: 'draft',
    });
    expect(calculatorSearchSchema.parse({ policy: '12', enterprise: -1 })).toEqual({ policy: 12 });
  });

  it('asks the API for the page on screen, and for drafts only for staff', () => {
    const search = policySearchSchema.parse({ q: '  扶持 ', status: 'draft', inForce: 'true', page: 3 });
    expect(toPolicyListQuery(search, true)).toEqual({
      q: '扶持',
      level: undefined,
      zone: undefined,
      inForce: 'true',
      status: 'draft',
      limit: 20,
      offset: 40,
    });
    expect(toPolicyListQuery(search, false).status).toBeUndefined();
    expect(hasPolicyFilters(policySearchSchema.parse({ page: 2 }))).toBe(false);
    expect(hasPolicyFilters(search)).toBe(true);
  });
});
