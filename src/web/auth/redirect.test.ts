import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it('keeps paths of this app, with their query', () => {
    expect(safeRedirect('/workbench')).toBe('/workbench');
    expect(safeRedirect('/workbench?park=3')).toBe('/workbench?park=3');
  });

  it('sends anything else home', () => {
    expect(safeRedirect(undefined)).toBe('/');
    expect(safeRedirect('')).toBe('/');
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect('workbench')).toBe('/');
  });
});
