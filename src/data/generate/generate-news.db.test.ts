import { and, asc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rolledBack, testDatabase } from '../../../tests/support/test-database.js';
import type { Executor } from '../../core/db/db.js';
import { searchDocuments } from '../../core/search/index.js';
import { newsItems } from '../../modules/portal/tables.js';
import { parks, zones } from '../../modules/space/tables.js';
import { GENERATED } from './generate-enterprises.js';
import { generateNews } from './generate-news.js';

// A seed no other test uses: the generator remembers per seed how many items it made.
const SEED = 717_171;

/** The generated items as stored, in id order, without ids and timestamps. */
async function storedNews(tx: Executor) {
  const rows = await tx
    .select()
    .from(newsItems)
    .where(eq(newsItems.source, GENERATED))
    .orderBy(asc(newsItems.id));
  return rows.map(({ id: _i, createdAt: _c, updatedAt: _u, ...row }) => row);
}

describe('medzone generate --news', () => {
  it('makes the same items whether generated at once or in two runs, cumulatively per seed', async () => {
    const atOnce = await rolledBack(async (tx) => {
      expect(await generateNews(tx, { count: 300, seed: SEED })).toBe(300);
      return storedNews(tx);
    });
    const inTwoRuns = await rolledBack(async (tx) => {
      const seen: number[] = [];
      expect(await generateNews(tx, { count: 180, seed: SEED, onProgress: (n) => seen.push(n) })).toBe(180);
      expect(seen).toEqual([180]);
      // The same total again adds nothing; a larger one adds the difference.
      expect(await generateNews(tx, { count: 180, seed: SEED })).toBe(0);
      expect(await generateNews(tx, { count: 300, seed: SEED })).toBe(120);
      return storedNews(tx);
    });
    const { db } = await testDatabase();
    expect(await storedNews(db)).toEqual([]);
    expect(atOnce).toHaveLength(300);
    expect(inTwoRuns).toEqual(atOnce);
  });

  it('writes realistic, dated news of the real zones and parks, flagged demo and searchable', async () => {
    await rolledBack(async (tx) => {
      await generateNews(tx, { count: 400, seed: SEED });
      const rows = await tx.select().from(newsItems).where(eq(newsItems.source, GENERATED));
      const zoneRows = await tx.select().from(zones);
      const parkNames = (await tx.select({ name: parks.nameZh }).from(parks)).map((p) => p.name);
      const zoneIds = new Set(zoneRows.map((z) => z.id));
      const zoneNames = zoneRows.map((z) => z.nameZh);
      for (const n of rows) {
        expect(n.isDemo).toBe(true);
        expect(n.summaryZh).toMatch(/（演示数据，非真实报道）$/);
        const sentences = n.bodyZh.split('。').filter(Boolean);
        expect(sentences.length, n.bodyZh).toBeGreaterThanOrEqual(2);
        expect(sentences.length, n.bodyZh).toBeLessThanOrEqual(6);
        expect(n.bodyZh.endsWith('。')).toBe(true);
        expect(n.publishedOn >= '2023-01-01' && n.publishedOn <= '2025-12-31').toBe(true);
        expect(zoneIds.has(n.zoneId!)).toBe(true);
        // Every story names a real zone or park.
        expect(
          [...zoneNames, ...parkNames].some((name) => n.bodyZh.includes(name)),
          n.bodyZh,
        ).toBe(true);
        if (n.kind === 'event') {
          expect(n.eventStartsOn! >= n.publishedOn).toBe(true);
          expect(n.eventEndsOn! >= n.eventStartsOn!).toBe(true);
          expect(n.location).toBeTruthy();
        } else {
          expect([n.eventStartsOn, n.eventEndsOn, n.location]).toEqual([null, null, null]);
        }
      }
      const kinds = new Set(rows.map((n) => n.kind));
      expect([...kinds].sort()).toEqual(['event', 'news', 'notice']);
      // Signings name generated firms (有限公司), and there is some variety of headlines.
      expect(rows.some((n) => /集中签约/.test(n.titleZh) && /有限公司/.test(n.bodyZh))).toBe(true);
      expect(new Set(rows.map((n) => n.titleZh)).size).toBeGreaterThan(rows.length * 0.75);

      const docs = await tx
        .select()
        .from(searchDocuments)
        .where(
          and(
            eq(searchDocuments.type, 'news'),
            inArray(
              searchDocuments.entityId,
              rows.map((n) => n.id),
            ),
          ),
        );
      expect(docs).toHaveLength(rows.length);
      expect(
        docs.every(
          (d) => d.audience === 'public' && /^(新闻|活动|公告) · \d{4}-\d\d-\d\d$/.test(d.subtitle!),
        ),
      ).toBe(true);
    });
  });
});
