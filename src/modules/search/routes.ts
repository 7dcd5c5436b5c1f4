import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchQuery, searchResponse } from './schema.js';
import { search } from './search.js';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/search',
    {
      // Anyone: the query itself keeps out what the caller may not read (staff-only leads, projects,
      // draft policies, target enterprises), from the results and from the counts.
      config: { access: ['public'] },
      schema: {
        tags: ['search'],
        summary:
          'Search parks, buildings, units, enterprises, policies and news (and, for staff, leads and projects)',
        description:
          'Chinese-aware: simplified and traditional script, full-width and half-width, Latin and numbers. Every term must match; the last one may be the start of a word. When nothing matches, names one character away (typos) are returned with mode `similar`.',
        querystring: searchQuery,
        response: { 200: searchResponse },
      },
    },
    async (request) => search(app.db, request.principal, request.query),
  );
};
