import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../db/db.js';
import { extendDictionary } from '../text/index.js';
import { documentRow, type SearchDocumentInput } from './document-vector.js';
import { type SearchType, searchDocuments } from './tables.js';

/**
 * How a module's entities become search documents. `load` returns the documents of the given ids (an id
 * with no document — deleted, or not searchable — is removed from the index); `table` (with a serial `id`)
 * is what a full reindex pages through.
 */
export type SearchSource = {
  type: SearchType;
  /** The public documents' titles are names worth teaching the segmenter (parks, the zone's enterprises). */
  titlesAreWords?: boolean;
  table: string;
  load(db: Executor, ids: readonly number[]): Promise<SearchDocumentInput[]>;
};

// Nine parameters a row: 1,000 rows stay well under PostgreSQL's 65,535 bound parameters.
const CHUNK = 1_000;

type Prepared = { ids: number[]; rows: ReturnType<typeof documentRow>[] };

/** Loads and segments a chunk's documents: the CPU half of indexing. */
async function prepare(db: Executor, source: SearchSource, ids: number[]): Promise<Prepared> {
  const docs = await source.load(db, ids);
  if (source.titlesAreWords)
    extendDictionary(docs.filter((d) => d.audience === 'public').map((d) => d.title));
  return { ids, rows: docs.map((doc) => documentRow(source.type, doc)) };
}

/** Writes a prepared chunk: upserts its documents, removes those of ids that have none. */
async function write(db: Executor, type: SearchType, { ids, rows }: Prepared): Promise<void> {
  if (rows.length > 0) {
    await db
      .insert(searchDocuments)
      .values(rows)
      .onConflictDoUpdate({
        target: [searchDocuments.type, searchDocuments.entityId],
        set: {
          title: sql`excluded.title`,
          subtitle: sql`excluded.subtitle`,
          url: sql`excluded.url`,
          audience: sql`excluded.audience`,
          nameKey: sql`excluded.name_key`,
          excerpt: sql`excluded.excerpt`,
          document: sql`excluded.document`,
          updatedAt: sql`now()`,
        },
      });
  }
  const found = new Set(rows.map((r) => r.entityId));
  const gone = ids.filter((id) => !found.has(id));
  if (gone.length > 0) await removeDocuments(db, type, gone);
}

/**
 * Brings the index up to date for these entities, on the caller's executor: called inside the write's
 * transaction, the document changes with the entity or not at all, and is searchable once the response
 * is sent.
 */
export async function indexDocuments(
  db: Executor,
  source: SearchSource,
  ids: readonly number[],
): Promise<void> {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    await write(db, source.type, await prepare(db, source, unique.slice(i, i + CHUNK)));
  }
}

/**
 * Indexes many entities, a transaction per chunk, segmenting the next chunk while the database writes the
 * previous one (on PostgreSQL the two run on different cores): for reindexing and bulk loads.
 */
export async function indexInBulk(
  db: Executor,
  source: SearchSource,
  chunks: AsyncIterable<number[]>,
  onChunk?: (ids: number[]) => void,
): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  for await (const ids of chunks) {
    const prepared = await prepare(db, source, ids);
    await writing;
    writing = db.transaction((tx) => write(tx, source.type, prepared)).then(() => onChunk?.(ids));
  }
  await writing;
}

/** Ids in chunks of the indexing size. */
export async function* chunksOf(ids: readonly number[]): AsyncGenerator<number[]> {
  for (let i = 0; i < ids.length; i += CHUNK) yield ids.slice(i, i + CHUNK);
}

/** Every id of the source's table, in order, in chunks (read page by page while indexing goes on). */
export async function* allIds(db: Executor, source: SearchSource): AsyncGenerator<number[]> {
  for (let after = 0; ; ) {
    const ids = await idsAfter(db, source, after, CHUNK);
    if (ids.length === 0) return;
    yield ids;
    after = ids[ids.length - 1]!;
  }
}

/** Takes entities out of the index (their rows are being deleted in the same transaction). */
async function removeDocuments(db: Executor, type: SearchType, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .delete(searchDocuments)
    .where(and(eq(searchDocuments.type, type), inArray(searchDocuments.entityId, [...ids])));
}

/** `(1, 2, 3)` as bound parameters: the id list of a source's `WHERE id IN …`. */
export function idList(ids: readonly number[]): SQL {
  return sql`(${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )})`;
}

/** The source's ids after a cursor, in order: the full reindex pages through them. */
async function idsAfter(db: Executor, source: SearchSource, after: number, limit: number) {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT id FROM ${sql.identifier(source.table)} WHERE id > ${after} ORDER BY id LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}

/** Entities of the source without a document (loaded by a bulk path, or from before search existed). */
export async function unindexedIds(db: Executor, source: SearchSource): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT e.id FROM ${sql.identifier(source.table)} e
      WHERE NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.type = ${source.type} AND d.entity_id = e.id)
      ORDER BY e.id`,
  );
  return rows.map((r) => r.id);
}
