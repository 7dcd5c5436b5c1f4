// Pure helpers of the import page (no React, no API client), so that they can be tested on their own.

export type JobStatus = 'queued' | 'reading' | 'committing' | 'done' | 'failed';

export function isFinished(status: JobStatus): boolean {
  return status === 'done' || status === 'failed';
}

/** What the file picker offers; a dropped file skips the picker's filter, so it is checked by name too. */
export function isImportable(fileName: string): boolean {
  return /\.(xlsx|csv)$/i.test(fileName.trim());
}

/** Bytes read so far as a whole percentage; a file still being read never shows 100 %. */
export function readPercent(job: { bytesRead: number; bytesTotal: number }): number {
  if (job.bytesTotal <= 0) return 0;
  return Math.max(0, Math.min(99, Math.floor((job.bytesRead / job.bytesTotal) * 100)));
}

/** The park's current units as the import workbook (or CSV): the same columns, so it imports back. */
export function exportHref(parkId: number, format: 'xlsx' | 'csv'): string {
  return `/api/units/export.${format}?${new URLSearchParams({ park: String(parkId) })}`;
}

export const TEMPLATE_HREF = '/api/imports/units/template.xlsx';
