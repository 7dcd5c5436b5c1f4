import { createWriteStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../tests/support/import-file.js';
import { testDatabase } from '../../../tests/support/test-database.js';
import { createTestPark } from '../../../tests/support/test-park.js';
import { auditLog } from '../../core/audit/tables.js';
import type { Principal } from '../../core/auth/roles.js';
import type { Db } from '../../core/db/db.js';
import { parks } from '../space/tables.js';
import type { StartImport } from './jobs.js';
import { exportParkRows, writeParksXlsx } from './park-export.js';
import { writeGeneratedUnitsXlsx } from './unit-file-generator.js';

let db: Db;
let dir: string;

function importParks(file: string, options: Partial<StartImport> = {}) {
  return importFile(file, { kind: 'parks', ...options });
}

async function park(id: number) {
  const [row] = await db.select().from(parks).where(eq(parks.id, id));
  return row!;
}

function manager(parkIds: number[]): Principal {
  return {
    userId: 0,
    email: 'pm@test.medzone.local',
    displayName: 'PM',
    role: 'park_manager',
    parkIds,
    mustChangePassword: false,
  };
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  dir = await mkdtemp(path.join(tmpdir(), 'medzone-park-import-'));
});

describe('importing parks', () => {
  const header = '园区编码,地址,配套设施,联系人,联系电话';

  it("updates a park's details, leaves blank cells alone and reports every bad row", async () => {
    const mine = await createTestPark('parks-mine');
    const other = await createTestPark('parks-other');
    await db.update(parks).set({ contactName: '王主任' }).where(eq(parks.id, mine.id));
    const file = path.join(dir, 'parks.csv');
    await writeFile(
      file,
      [
        header,
        `${mine.code},福州市长乐区滨海大道 1 号,"GMP 车间、危化品仓库",,０５９１-８７６５ ４３２１`,
        `${mine.code},重复的一行,,,`,
        `${other.code},不是我的园区,,,`,
        'no-such-park,某地,,,',
        `${mine.code},,,,电话坏了`,
      ].join('\n'),
    );

    const dry = await importParks(file, { dryRun: true, actor: manager([mine.id]) });
    expect(dry.job).toMatchObject({ status: 'done', rowsRead: 5, rowsValid: 1, rowsRejected: 4, updated: 1 });
    expect((await park(mine.id)).address).toBeNull();

    const { job, errors } = await importParks(file, { actor: manager([mine.id]) });
    expect(job).toMatchObject({ status: 'done', updated: 1, rowsRejected: 4 });
    expect(errors.map((e) => [e.rowNumber, e.column, e.messageEn])).toEqual([
      [3, '园区编码', 'Repeats row 2 (same code)'],
      [4, '园区编码', 'You may not change this park'],
      [5, '园区编码', 'No park has the code “no-such-park”'],
      // Every problem of a row is reported: row 6 repeats the park and has a bad phone.
      [6, '园区编码', 'Repeats row 2 (same code)'],
      [6, '联系电话', 'Invalid phone number'],
    ]);
    const after = await park(mine.id);
    expect(after).toMatchObject({
      address: '福州市长乐区滨海大道 1 号',
      facilities: ['GMP 车间', '危化品仓库'],
      contactPhone: '+8659187654321',
      contactName: '王主任',
    });
    expect((await park(other.id)).address).toBeNull();

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'park.update'), eq(auditLog.entityId, String(mine.id))));
    expect(entry!.before).toMatchObject({ address: null });
    expect(entry!.after).toMatchObject({ address: '福州市长乐区滨海大道 1 号' });
  });

  it('imports its own export back without changing anything', async () => {
    const a = await createTestPark('parks-round-a');
    await db
      .update(parks)
      .set({ address: '厦门市海沧区', lng: '118.033000', lat: '24.484000', clusters: ['生物药', 'CRO'] })
      .where(eq(parks.id, a.id));
    const file = path.join(dir, 'parks-export.xlsx');
    const out = createWriteStream(file);
    expect(await writeParksXlsx(out, exportParkRows(db, [a.id]))).toBe(1);
    await finished(out);
    const { job } = await importParks(file);
    expect(job).toMatchObject({ status: 'done', rowsValid: 1, updated: 0, unchanged: 1, rowsRejected: 0 });
  });

  it('fails a units workbook given as parks, naming the missing columns', async () => {
    const file = path.join(dir, 'units-as-parks.xlsx');
    await writeGeneratedUnitsXlsx(file, { parkCodes: ['x'], rows: 3 });
    const { job } = await importParks(file);
    expect(job.status).toBe('failed');
    expect((job.failure as { zh: string }).zh).toContain('园区编码');
  });
});
