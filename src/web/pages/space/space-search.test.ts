import { describe, expect, it } from 'vitest';
import type { FacetCounts } from '../../api/queries';
import {
  cleanroomLevelCounts,
  exportHref,
  facetCount,
  spaceSearchSchema,
  toApiFilters,
  toApiQuery,
} from './space-search';

const parse = (search: Record<string, unknown>) => spaceSearchSchema.parse(search);

describe('space search URL', () => {
  it('reads the API query string names, numbers coerced', () => {
    expect(parse({ use: 'gmp_production', minArea: 500, park: '3', status: 'available,reserved' })).toEqual({
      use: 'gmp_production',
      minArea: 500,
      park: 3,
      status: 'available,reserved',
    });
  });

  it('drops what a hand-edited link gets wrong instead of failing the page', () => {
    expect(
      parse({
        use: 'gmp_production,spaceship',
        status: 'nonsense',
        cleanroom: 'Z',
        minArea: -5,
        park: 'abc',
        availableBefore: 'tomorrow',
        sort: 'random',
        limit: 5000,
      }),
    ).toEqual({ use: 'gmp_production' });
  });

  it('keeps each list value once', () => {
    expect(parse({ use: 'office,office,rd_lab' }).use).toBe('office,rd_lab');
  });
});

describe('API request and export link', () => {
  const search = parse({ use: 'rd_lab,office', minArea: 100, cleanroom: 'C', sort: '-price', offset: 40 });

  it('sends lists as arrays and defaults sort and page', () => {
    expect(toApiQuery(parse({}))).toEqual({ sort: 'code', limit: 20, offset: 0 });
    expect(toApiQuery(search)).toEqual({
      use: ['rd_lab', 'office'],
      minArea: 100,
      cleanroom: 'C',
      sort: '-price',
      limit: 20,
      offset: 40,
    });
    expect(toApiFilters(search)).toEqual({ use: ['rd_lab', 'office'], minArea: 100, cleanroom: 'C' });
  });

  it('exports every matching unit: the filters and sort, never the page', () => {
    const href = exportHref(search);
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/api/units/export.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      use: 'rd_lab,office',
      minArea: '100',
      cleanroom: 'C',
      sort: '-price',
    });
    expect(exportHref(parse({}))).toBe('/api/units/export.xlsx');
  });
});

describe('facet counts', () => {
  const facets: FacetCounts = {
    use: [{ value: 'office', count: 4 }],
    status: [],
    dealType: [],
    zone: [],
    park: [{ value: '3', count: 7 }],
    cleanroomGrade: [
      { value: 'none', count: 10 },
      { value: 'gmp_d', count: 5 },
      { value: 'gmp_c', count: 3 },
      { value: 'iso_7', count: 2 },
      { value: 'gmp_a', count: 1 },
    ],
  };

  it('reads a value, zero when the API did not list it', () => {
    expect(facetCount(facets, 'park', '3')).toBe(7);
    expect(facetCount(facets, 'use', 'warehouse')).toBe(0);
    expect(facetCount(undefined, 'use', 'office')).toBe(0);
  });

  it('counts "at least" cleanroom levels over both scales', () => {
    const counts = cleanroomLevelCounts(facets);
    expect(counts.D).toBe(11);
    expect(counts.ISO8).toBe(11);
    expect(counts.C).toBe(6);
    expect(counts.ISO7).toBe(6);
    expect(counts.B).toBe(1);
    expect(counts.A).toBe(1);
  });
});
