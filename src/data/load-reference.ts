import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../core/db/db.js';
import { indexDocuments } from '../core/search/index.js';
import { planTargets, referenceFigures } from '../modules/analytics/tables.js';
import { chainLinks, directions, industryCodes } from '../modules/chain/tables.js';
import { enterpriseSearchSource } from '../modules/enterprises/index.js';
import { enterpriseMilestones, enterprises } from '../modules/enterprises/tables.js';
import { newsSearchSource } from '../modules/portal/index.js';
import { newsItems } from '../modules/portal/tables.js';
import { blocks, divisions, parks, zones } from '../modules/space/tables.js';
import { targetScoreFactors } from '../modules/targets/tables.js';
import { fujianDivisions } from './divisions.js';
import {
  blockRefs,
  chainLinkRefs,
  directionRefs,
  enterpriseRefs,
  figureRefs,
  industryCodeRefs,
  locationNote,
  parkRefs,
  targetRefs,
  targetScoreFactorRefs,
  zoneRefs,
} from './reference.js';
import { newsRefs } from './reference-news.js';
import { MEDZONE_TAXONOMY } from './sources.js';

/** Sets every column but the key to the incoming row: re-running the load updates, never duplicates. */
function excludedAll(columns: string[]) {
  return Object.fromEntries(columns.map((c) => [c, sql.raw(`excluded."${c}"`)]));
}

/**
 * Loads the reference data. Idempotent: every record is keyed by its natural code and upserted,
 * so a restart (or a newer release with corrected data) leaves exactly one row per record.
 */
export async function loadReferenceData(db: Executor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(divisions)
      .values(fujianDivisions())
      .onConflictDoUpdate({
        target: divisions.code,
        set: excludedAll(['name_zh', 'parent_code', 'level', 'source']),
      });
    await tx
      .insert(directions)
      .values(directionRefs)
      .onConflictDoUpdate({ target: directions.code, set: excludedAll(['name_zh', 'name_en', 'source']) });
    await tx
      .insert(industryCodes)
      .values(industryCodeRefs)
      .onConflictDoUpdate({
        target: industryCodes.code,
        set: excludedAll(['name_zh', 'name_en', 'parent_code', 'source']),
      });
    await tx
      .insert(chainLinks)
      .values(chainLinkRefs)
      .onConflictDoUpdate({
        target: chainLinks.code,
        set: excludedAll([
          'segment',
          'position',
          'name_zh',
          'name_en',
          'industry_prefixes',
          'direction_codes',
          'source',
        ]),
        // A link an admin edited (its source says so) is maintained data now: a restart keeps the edit.
        setWhere: sql`${chainLinks.source} = ${MEDZONE_TAXONOMY}`,
      });
    // Weights are the admins' once set: only a factor the table lacks gets its default.
    await tx.insert(targetScoreFactors).values(targetScoreFactorRefs).onConflictDoNothing();

    const zoneRows = await tx
      .insert(zones)
      .values(zoneRefs)
      .onConflictDoUpdate({
        target: zones.code,
        set: excludedAll([
          'name_zh',
          'name_en',
          'division_code',
          'established_month',
          'positioning_zh',
          'sort_order',
          'source',
          'source_note',
        ]),
      })
      .returning({ id: zones.id, code: zones.code });
    const zoneId = idLookup(zoneRows, 'zone');

    const blockRows = await tx
      .insert(blocks)
      .values(blockRefs.map(({ zoneCode, ...b }) => ({ ...b, zoneId: zoneId(zoneCode) })))
      .onConflictDoUpdate({
        target: blocks.code,
        set: excludedAll(['zone_id', 'name_zh', 'name_en', 'division_code', 'source']),
      })
      .returning({ id: blocks.id, code: blocks.code });
    const blockId = idLookup(blockRows, 'block');

    const parkRows = await tx
      .insert(parks)
      .values(
        parkRefs.map(({ zoneCode, blockCode, ...p }) => ({
          ...p,
          zoneId: zoneId(zoneCode),
          blockId: blockCode ? blockId(blockCode) : null,
          locationNote,
        })),
      )
      // Reference columns only: what park managers maintain (address, description edits) is kept
      // unless the reference itself carries it.
      .onConflictDoUpdate({
        target: parks.code,
        set: excludedAll([
          'zone_id',
          'block_id',
          'kind',
          'name_zh',
          'name_en',
          'division_code',
          'source',
          'source_note',
          'opened_month',
        ]),
      })
      .returning({ id: parks.id, code: parks.code });
    const parkId = idLookup(parkRows, 'park');

    await tx
      .insert(referenceFigures)
      .values(figureRefs)
      .onConflictDoUpdate({
        target: referenceFigures.code,
        set: excludedAll([
          'subject_type',
          'subject_code',
          'metric',
          'value',
          'comparator',
          'unit',
          'as_of',
          'label_zh',
          'label_en',
          'source',
        ]),
      });
    await tx
      .insert(planTargets)
      // The documents' targets are reference data: administrators may neither edit nor remove them.
      .values(targetRefs.map((target) => ({ ...target, isReference: true })))
      .onConflictDoUpdate({
        target: planTargets.code,
        set: excludedAll([
          'is_reference',
          'scope_type',
          'scope_code',
          'metric',
          'target_value',
          'unit',
          'due_year',
          'label_zh',
          'label_en',
          'source',
        ]),
      });

    // Named enterprises have no natural key in the documents (no credit code): insert each once by name.
    const enterpriseIds: number[] = [];
    for (const e of enterpriseRefs) {
      const existing = await tx
        .select({ id: enterprises.id })
        .from(enterprises)
        .where(eq(enterprises.nameZh, e.nameZh));
      if (existing.length > 0) {
        enterpriseIds.push(...existing.map((r) => r.id));
        await loadEnterpriseFacts(tx, existing[0]!.id, e);
        continue;
      }
      const [created] = await tx
        .insert(enterprises)
        .values({
          nameZh: e.nameZh,
          nameEn: e.nameEn,
          status: e.status,
          parkId: e.parkCode ? parkId(e.parkCode) : null,
          isLeading: e.isLeading ?? false,
          source: e.source,
        })
        .returning({ id: enterprises.id });
      enterpriseIds.push(created!.id);
      await loadEnterpriseFacts(tx, created!.id, e);
    }
    // Existing ones too: a database that had them before the search index existed gets their documents.
    await indexDocuments(tx, enterpriseSearchSource, enterpriseIds);
    await indexDocuments(tx, newsSearchSource, await upsertReferenceNews(tx, zoneId));
  });
}

/**
 * What the documents say of a named enterprise beyond its name: the leading flag and its milestones, each
 * milestone the one of its enterprise, kind and title (updated in place, never repeated).
 */
async function loadEnterpriseFacts(
  tx: Executor,
  enterpriseId: number,
  e: (typeof enterpriseRefs)[number],
): Promise<void> {
  if (e.isLeading) {
    await tx.update(enterprises).set({ isLeading: true }).where(eq(enterprises.id, enterpriseId));
  }
  for (const m of e.milestones ?? []) {
    const values = { ...m, enterpriseId, occurredOn: null, isDemo: false };
    const [existing] = await tx
      .select({ id: enterpriseMilestones.id })
      .from(enterpriseMilestones)
      .where(
        and(
          eq(enterpriseMilestones.enterpriseId, enterpriseId),
          eq(enterpriseMilestones.kind, m.kind),
          eq(enterpriseMilestones.title, m.title),
        ),
      );
    if (existing)
      await tx.update(enterpriseMilestones).set(values).where(eq(enterpriseMilestones.id, existing.id));
    else await tx.insert(enterpriseMilestones).values(values);
  }
}

/** News has no natural code either: an item is the one with its title and source, updated in place. */
async function upsertReferenceNews(tx: Executor, zoneId: (code: string) => number): Promise<number[]> {
  const ids: number[] = [];
  for (const n of newsRefs) {
    const values = {
      kind: n.kind,
      titleZh: n.titleZh,
      summaryZh: n.summaryZh,
      publishedOn: n.publishedOn,
      eventStartsOn: n.eventStartsOn ?? null,
      eventEndsOn: n.eventEndsOn ?? null,
      location: n.location ?? null,
      zoneId: n.zoneCode ? zoneId(n.zoneCode) : null,
      source: n.source,
      isDemo: false,
    };
    const [existing] = await tx
      .select({ id: newsItems.id })
      .from(newsItems)
      .where(and(eq(newsItems.titleZh, n.titleZh), eq(newsItems.source, n.source)));
    if (existing) {
      await tx.update(newsItems).set(values).where(eq(newsItems.id, existing.id));
      ids.push(existing.id);
    } else {
      const [created] = await tx.insert(newsItems).values(values).returning({ id: newsItems.id });
      ids.push(created!.id);
    }
  }
  return ids;
}

function idLookup(rows: { id: number; code: string }[], what: string) {
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  return (code: string): number => {
    const id = byCode.get(code);
    if (id === undefined) throw new Error(`reference data: unknown ${what} ${code}`);
    return id;
  };
}
