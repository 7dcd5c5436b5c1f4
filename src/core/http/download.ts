import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * Sends a file as it is written (a workbook or CSV streamed, never held whole in memory). RFC 6266/5987
 * headers keep a Chinese file name (单元.xlsx) with an ASCII fallback; a failure part-way ends the download
 * instead of hanging it, and is logged.
 */
export function sendDownload(
  request: FastifyRequest,
  reply: FastifyReply,
  file: { name: string; type: string },
  write: (out: PassThrough) => Promise<unknown>,
) {
  const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  reply
    .header('content-type', file.type)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    );
  const out = new PassThrough();
  write(out).catch((error: unknown) => {
    request.log.error({ err: error }, 'download failed');
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return reply.send(out);
}

/** Today's date (CST) for file names: 单元-2026-11-23.xlsx. */
export function fileDate(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
