import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../core/auth/roles.js';
import { idParam } from '../../core/contract.js';
import type { Executor } from '../../core/db/db.js';
import { requestMeta } from '../../core/http/request-meta.js';
import { evaluateForCaller, testDraftPolicy } from './evaluation.js';
import {
  executeMatchRun,
  listMatchRuns,
  startMatchRun,
  unfinishedRuns,
  unmatchedPolicies,
} from './matching-run.js';
import {
  createPolicy,
  deletePolicy,
  getPolicy,
  listPolicies,
  runView,
  setPolicyStatus,
  updatePolicy,
} from './policies.js';
import { type AttributeDef, attributeList } from './rules/index.js';
import {
  evaluateBody,
  evaluationSchema,
  matchRunSchema,
  policyBody,
  policyListQuery,
  policyListResponse,
  policySchema,
  policyStatusBody,
  policyTestBody,
} from './schema.js';

const tags = ['policies'];
const ADMIN = ['admin'] as const;
const STAFF = ['admin', 'officer'] as const;
const EVERYONE = ['public'] as const;

/**
 * Runs wait for each other: each one reads every enterprise, and several at once (a server starting with
 * many published policies unmatched) would only compete for the same database.
 */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Starts (or finds) the matching run of the policy's current version and lets it work after the answer,
 * after the runs queued before it: the caller follows its progress through GET /api/policies/:id/runs.
 */
export async function matchInBackground(
  db: Executor,
  log: FastifyBaseLogger,
  policyId: number,
  actor: Principal | 'system',
) {
  const run = await startMatchRun(db, policyId, actor);
  if (run.status !== 'done') queue = queue.then(() => executeInBackground(db, log, run.id));
  return run;
}

function executeInBackground(db: Executor, log: FastifyBaseLogger, runId: number) {
  return executeMatchRun(db, runId).then(
    (finished) => log.info({ runId, status: finished.status }, 'policy matching finished'),
    (error: unknown) => log.error({ err: error, runId }, 'policy matching failed'),
  );
}

export const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/policies/attributes',
    {
      config: { access: EVERYONE },
      schema: {
        tags,
        summary: 'The attributes a rule may test and a profile may give, with their types and units',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                key: z.string(),
                type: z.string(),
                unit: z.string().nullable(),
                integer: z.boolean(),
                labelZh: z.string(),
                labelEn: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: attributeList.map((a: AttributeDef) => ({
        key: a.key,
        type: a.type,
        unit: a.unit ?? null,
        integer: a.integer ?? false,
        labelZh: a.labelZh,
        labelEn: a.labelEn,
      })),
    }),
  );

  app.get(
    '/api/policies',
    {
      config: { access: EVERYONE },
      schema: {
        tags,
        summary: 'The policy library (drafts for staff only)',
        querystring: policyListQuery,
        response: { 200: policyListResponse },
      },
    },
    async (request) => listPolicies(app.db, request.principal, request.query),
  );

  app.post(
    '/api/policies/evaluate',
    {
      config: { access: EVERYONE },
      schema: {
        tags,
        summary:
          'The policy calculator: every policy in force against an enterprise or a profile, each clause explained, amounts with their formulas, near-misses',
        body: evaluateBody,
        response: { 200: evaluationSchema },
      },
    },
    async (request) => evaluateForCaller(app.db, request.principal, request.body),
  );

  app.post(
    '/api/policies/test',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'The editor’s live test: an unsaved rule and benefits against an enterprise or a profile',
        body: policyTestBody,
        response: { 200: evaluationSchema },
      },
    },
    async (request) => testDraftPolicy(app.db, request.principal!, request.body),
  );

  app.get(
    '/api/policies/:id',
    {
      config: { access: EVERYONE },
      schema: {
        tags,
        summary: 'One policy, its rule and benefits',
        params: idParam,
        response: { 200: policySchema },
      },
    },
    async (request) => getPolicy(app.db, request.principal, request.params.id),
  );

  app.post(
    '/api/policies',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Add a policy (as a draft)',
        body: policyBody,
        response: { 201: policySchema },
      },
    },
    async (request, reply) => {
      const id = await createPolicy(app.db, request.principal!, request.body, requestMeta(request));
      return reply.code(201).send(await getPolicy(app.db, request.principal, id));
    },
  );

  app.put(
    '/api/policies/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary:
          'Replace a policy; a change of rule, benefits, zones or dates of a published policy matches every enterprise again',
        params: idParam,
        body: policyBody,
        response: { 200: policySchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { rematch } = await updatePolicy(
        app.db,
        request.principal!,
        id,
        request.body,
        requestMeta(request),
      );
      if (rematch) await matchInBackground(app.db, request.log, id, request.principal!);
      return getPolicy(app.db, request.principal, id);
    },
  );

  app.put(
    '/api/policies/:id/status',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Publish (matches every enterprise: 免申即享) or expire a policy',
        params: idParam,
        body: policyStatusBody,
        response: { 200: policySchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { rematch } = await setPolicyStatus(
        app.db,
        request.principal!,
        id,
        request.body.status,
        requestMeta(request),
      );
      if (rematch) await matchInBackground(app.db, request.log, id, request.principal!);
      return getPolicy(app.db, request.principal, id);
    },
  );

  app.delete(
    '/api/policies/:id',
    {
      config: { access: ADMIN },
      schema: { tags, summary: 'Delete a draft policy', params: idParam, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deletePolicy(app.db, request.principal!, request.params.id, requestMeta(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/policies/:id/runs',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'The proactive matching runs of a policy, newest first: progress and report',
        params: idParam,
        response: { 200: z.object({ items: z.array(matchRunSchema) }) },
      },
    },
    async (request) => ({ items: (await listMatchRuns(app.db, request.params.id)).map(runView) }),
  );

  app.post(
    '/api/policies/:id/runs',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary:
          'Match the policy’s current version against every enterprise, or resume its run; a finished run is returned as it is',
        params: idParam,
        response: { 202: matchRunSchema },
      },
    },
    async (request, reply) => {
      const run = await matchInBackground(app.db, request.log, request.params.id, request.principal!);
      return reply.code(202).send(runView(run));
    },
  );
};

/**
 * At start: runs a stopped server left unfinished are taken up again, and published policies without a
 * run for their version (the reference policies on a new installation) are matched, in the background,
 * one after another. Generated benchmark policies (`medzone generate --policies`) are left to an explicit
 * POST /api/policies/:id/runs: a thousand runs over a million enterprises is not a start-up chore.
 */
export async function resumePolicyMatching(db: Executor, log: FastifyBaseLogger) {
  for (const runId of await unfinishedRuns(db)) queue = queue.then(() => executeInBackground(db, log, runId));
  for (const policyId of await unmatchedPolicies(db)) await matchInBackground(db, log, policyId, 'system');
}
