import { describe, expect, it } from 'vitest';
import { exportHref, isFinished, isImportable, readPercent } from './import-files';

describe('import page helpers', () => {
  it('accepts .xlsx and .csv files only, whatever the case', () => {
    expect(isImportable('单元.xlsx')).toBe(true);
    expect(isImportable('UNITS.CSV')).toBe(true);
    expect(isImportable('old.xls')).toBe(false);
    expect(isImportable('units.xlsx.pdf')).toBe(false);
    expect(isImportable('csv')).toBe(false);
  });

  it('reads progress as a whole percentage below 100 until the file is read', () => {
    expect(readPercent({ bytesRead: 0, bytesTotal: 0 })).toBe(0);
    expect(readPercent({ bytesRead: 1, bytesTotal: 3 })).toBe(33);
    expect(readPercent({ bytesRead: 3, bytesTotal: 3 })).toBe(99);
    expect(readPercent({ bytesRead: 5, bytesTotal: 3 })).toBe(99);
  });

  it('stops following a job once it is done or has failed', () => {
    expect(isFinished('done')).toBe(true);
    expect(isFinished('failed')).toBe(true);
    expect(isFinished('reading')).toBe(false);
    expect(isFinished('committing')).toBe(false);
    expect(isFinished('queued')).toBe(false);
  });

  it("links to a park's units in the import layout", () => {
    expect(exportHref(12, 'xlsx')).toBe('/api/units/export.xlsx?park=12');
    expect(exportHref(12, 'csv')).toBe('/api/units/export.csv?park=12');
  });
});
