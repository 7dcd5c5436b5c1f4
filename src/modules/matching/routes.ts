import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../core/contract.js';
import { requestMeta } from '../../core/http/request-meta.js';
import { listChainLinks } from './context.js';
import { attachMatch, demandDraft, listMatches } from './lead-matches.js';
import { runMatch } from './match.js';
import { chainLinkSchema, demandDraftSchema, leadMatchSchema, matchDemand, matchResult } from './schema.js';

const tags = ['matching'];
/** Leads are the investment officers' work (as in the leads module). */
const STAFF = ['admin', 'officer'] as const;
/** Matches per client address per minute: a person refining a demand, not a script walking the inventory. */
const MATCHES_PER_MINUTE = 30;

const description = [
  'Hard constraints exclude (status available, use, area range, cleanroom grade at least, power and floor load at least — a unit that does not state them fails —, available by moveInBy, rent stated and monthly rent within budget); soft criteria rank, each 0–1 with a weight, the weights summing to 100. Every unit carries the breakdown of its score, its monthly rent, the rent subsidies of the policies it qualifies for and the net. See docs/matching.md.',
  `At most ${MATCHES_PER_MINUTE} per minute from one address (429 with Retry-After).`,
].join('\n\n');

export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/match',
    {
      config: { access: ['public'], rateLimit: { max: MATCHES_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Demand → ranked space, costs after subsidies, policies and partners (需求匹配)',
        description,
        body: matchDemand,
        response: { 200: matchResult },
      },
    },
    async (request) => runMatch(app.db, request.body),
  );

  app.get(
    '/api/chain-links',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'The industry chain links, upstream to downstream (the choices of a demand’s chain link)',
        response: { 200: z.object({ items: z.array(chainLinkSchema) }) },
      },
    },
    async () => ({ items: await listChainLinks(app.db) }),
  );

  app.post(
    '/api/leads/:id/matches',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "Run a match for a lead and keep it with the lead (the lead's officer or an admin; audited)",
        params: idParam,
        body: matchDemand,
        response: { 201: leadMatchSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await attachMatch(
            app.db,
            request.principal!,
            request.params.id,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  app.get(
    '/api/leads/:id/matches',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'The matches kept with a lead, newest first',
        params: idParam,
        response: { 200: z.object({ items: z.array(leadMatchSchema) }) },
      },
    },
    async (request) => ({ items: await listMatches(app.db, request.params.id) }),
  );

  app.get(
    '/api/leads/:id/match-demand',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'A demand prefilled from the lead (use, area ± 20 %, zone, park, direction, chain link)',
        params: idParam,
        response: { 200: demandDraftSchema },
      },
    },
    async (request) => demandDraft(app.db, request.params.id),
  );
};
