import { describe, expect, it, vi } from 'vitest';
import {
  effectiveSort,
  hasFilters,
  projectSearchSchema,
  projectsExportHref,
  toProjectListQuery,
} from './project-search';

// The URL helpers need only the pipeline codes; the API client behind them wants a browser.
vi.mock('../../api/client', () => ({ api: {}, unwrap: () => undefined }));

const parse = (search: Record<string, unknown>) => projectSearchSchema.parse(search);

describe('projects table URL', () => {
  it('keeps what is valid and drops what a hand-edited link gets wrong', () => {
    expect(
      parse({
        pipeline: 'investment',
        stage: 'signed,registered',
        outcome: 'maybe',
        sort: 'size',
        signedFrom: '2024-06-01',
        signedTo: 'June',
        page: 2,
      }),
    ).toEqual({ pipeline: 'investment', stage: 'signed,registered', signedFrom: '2024-06-01', page: 2 });
    expect(parse({ pipeline: 'Not a code!', stage: 'a,,b' })).toEqual({});
  });

  it('asks the API for the page on screen, stages as a list and mine as true', () => {
    expect(toProjectListQuery(parse({ stage: 'signed,lost', mine: true, q: '  药业 ', page: 3 }))).toEqual({
      stage: ['signed', 'lost'],
      mine: 'true',
      q: '药业',
      limit: 20,
      offset: 40,
    });
  });

  it('exports what the filters match in the table’s order, without paging', () => {
    const search = parse({
      pipeline: 'investment',
      stage: 'signed,registered',
      q: '100%',
      sort: 'name',
      order: 'asc',
      page: 4,
    });
    const url = new URL(projectsExportHref(search), 'http://x');
    expect(url.pathname).toBe('/api/projects/export.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      pipeline: 'investment',
      stage: 'signed,registered',
      q: '100%',
      sort: 'name',
      order: 'asc',
    });
    expect(projectsExportHref(parse({}))).toBe('/api/projects/export.xlsx');
  });

  it('shows the default sort and knows when filters are set', () => {
    expect(effectiveSort(parse({}))).toEqual({ sort: 'updatedAt', order: 'desc' });
    expect(hasFilters(parse({ sort: 'name', page: 2 }))).toBe(false);
    expect(hasFilters(parse({ mine: true }))).toBe(true);
  });
});
