import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResult } from '../pages/search/search-types';
import { allOptionId, groupHits, moveActive, optionOrder } from './global-search-options';

function hit(type: SearchHit['type'], id: number): SearchHit {
  const title = `${type} ${id}`;
  return {
    type,
    id,
    title,
    titlePieces: [{ text: title, hit: false }],
    subtitle: null,
    snippet: [],
    url: `/${id}`,
  };
}

const result: SearchResult = {
  q: '医药',
  terms: ['医药'],
  mode: 'words',
  total: 9,
  capped: false,
  facets: [
    { type: 'park', count: 2 },
    { type: 'enterprise', count: 6 },
    { type: 'policy', count: 1 },
  ],
  items: [hit('enterprise', 5), hit('park', 1), hit('enterprise', 7), hit('policy', 3), hit('park', 2)],
};

describe('groupHits', () => {
  it('groups by type in the order of each type’s best hit, with the facet counts', () => {
    expect(groupHits(result).map((g) => [g.type, g.count, g.hits.map((h) => h.id)])).toEqual([
      ['enterprise', 6, [5, 7]],
      ['park', 2, [1, 2]],
      ['policy', 1, [3]],
    ]);
  });

  it('has no group for an empty answer', () => {
    expect(groupHits({ ...result, total: 0, facets: [], items: [] })).toEqual([]);
  });
});

describe('keyboard order', () => {
  const order = optionOrder('gs', groupHits(result));

  it('goes through the groups as shown, then "see all"', () => {
    expect(order).toEqual([
      'gs-enterprise-5',
      'gs-enterprise-7',
      'gs-park-1',
      'gs-park-2',
      'gs-policy-3',
      allOptionId('gs'),
    ]);
  });

  it('moves from none to the first or the last, and around the ends', () => {
    expect(moveActive(order, null, 1)).toBe('gs-enterprise-5');
    expect(moveActive(order, null, -1)).toBe('gs-all');
    expect(moveActive(order, 'gs-park-1', 1)).toBe('gs-park-2');
    expect(moveActive(order, 'gs-park-1', -1)).toBe('gs-enterprise-7');
    expect(moveActive(order, 'gs-all', 1)).toBe('gs-enterprise-5');
    expect(moveActive(order, 'gs-enterprise-5', -1)).toBe('gs-all');
  });

  it('treats an option that is gone as none', () => {
    expect(moveActive(order, 'gs-park-99', 1)).toBe('gs-enterprise-5');
    expect(moveActive([], null, 1)).toBeNull();
  });
});
