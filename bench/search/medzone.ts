import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/core/db/db.js';
import type { SearchResponse } from '../../src/modules/search/schema.js';
import { buildApp } from '../../src/server/app.js';

/**
 * MedZone's search as a visitor meets it: GET /api/search through the real HTTP server on 127.0.0.1 (buildApp,
 * as `medzone serve` builds it), anonymous, one request at a time; the time of a query is the client's, from
 * sending the request to having parsed the answer.
 */
export async function startApi(database: Database, cookieSecret: string) {
  const app: FastifyInstance = await buildApp({
    database,
    cookieSecret,
    logLevel: 'warn',
    trustProxy: true,
    webRoot: '/nonexistent',
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  /** How many answers fell back to similar names (no document had every term). */
  const modes = { words: 0, similar: 0 };
  const search = async (q: string): Promise<string[]> => {
    const url = `${address}/api/search?${new URLSearchParams({ q, limit: '10' })}`;
    const response = await fetch(url, { headers: { 'accept-language': 'zh-CN' } });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
    const body = JSON.parse(text) as SearchResponse;
    modes[body.mode]++;
    return body.items.map((item) => `${item.type}:${item.id}`);
  };
  return { search, modes, close: () => app.close() };
}
