import { eq } from 'drizzle-orm';
import { blocks, parks, zones } from '../../src/modules/space/tables.js';
import { testDatabase, unique } from './test-database.js';

/**
 * A park of the test's own in the shared worker database, so other test files' units (and the demo
 * dataset) never reach its counts.
 */
export async function createTestPark(
  prefix: string,
  code = unique(prefix),
): Promise<{ id: number; code: string }> {
  const { db } = await testDatabase();
  const [zone] = await db.select().from(zones).where(eq(zones.code, 'fuzhou-imcez'));
  const [block] = await db.select().from(blocks).where(eq(blocks.code, 'changle-binhai'));
  const [row] = await db
    .insert(parks)
    .values({
      zoneId: zone!.id,
      blockId: block!.id,
      code,
      kind: 'park',
      nameZh: `测试园${code}`,
      nameEn: code,
      source: 'test',
    })
    .onConflictDoUpdate({ target: parks.code, set: { source: 'test' } })
    .returning({ id: parks.id, code: parks.code });
  return row!;
}
