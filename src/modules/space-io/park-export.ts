import type { Writable } from 'node:stream';
import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../core/db/db.js';
import { cellNumber } from '../../core/excel/table-export.js';
import { parks } from '../space/tables.js';
import type { Cell } from './cells.js';
import { parkColumns } from './columns.js';
import { mapRows, type SheetSpec, writeWorkbook } from './unit-export.js';

const parksSheet: SheetSpec = {
  name: '园区',
  columns: parkColumns,
  rule: {
    zh: '按 园区编码 匹配并更新园区资料；不会新建园区。空白单元格表示不修改该项。',
    en: "Rows match on park code and update the park's details; parks are not created. A blank cell leaves that detail as it is.",
  },
};

export type ParkExportRow = typeof parks.$inferSelect;

function parkRowCells(park: ParkExportRow): Cell[] {
  const values: Record<string, Cell> = {
    parkCode: park.code,
    parkName: park.nameZh,
    address: park.address,
    lng: cellNumber(park.lng),
    lat: cellNumber(park.lat),
    clusters: park.clusters.join('、') || null,
    facilities: park.facilities.join('、') || null,
    contactName: park.contactName,
    contactPhone: park.contactPhone,
    contactEmail: park.contactEmail,
    descriptionZh: park.descriptionZh,
  };
  return parkColumns.map((c) => values[c.key] ?? null);
}

/** The parks workbook: every park given (an export), or none (the template). */
export function writeParksXlsx(out: Writable, rows: AsyncIterable<ParkExportRow>): Promise<number> {
  return writeWorkbook(out, parksSheet, mapRows(rows, parkRowCells));
}

/** Parks in code order (tens of rows: one query). */
export async function* exportParkRows(db: Executor, parkIds?: number[]): AsyncGenerator<ParkExportRow> {
  const rows = await db
    .select()
    .from(parks)
    .where(parkIds ? inArray(parks.id, parkIds) : undefined)
    .orderBy(asc(parks.code));
  yield* rows;
}
