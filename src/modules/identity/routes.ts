import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../core/auth/auth-plugin.js';
import type { Principal } from '../../core/auth/roles.js';
import { idParam } from '../../core/contract.js';
import { AppError } from '../../core/errors/index.js';
import { requestMeta } from '../../core/http/request-meta.js';
import { changePassword, createUser, login, logout, SESSION_TTL_MS } from './identity.js';
import { deleteOrgUnit, listOrgUnits, putOrgUnit, setUserOrgUnit } from './org-units.js';
import {
  changePasswordBody,
  createdUserResponse,
  loginBody,
  newUserBody,
  orgUnitBody,
  orgUnitParam,
  orgUnitSchema,
  sessionResponse,
  userOrgUnitBody,
} from './schema.js';

const tags = ['identity'];

function presentUser(p: Principal) {
  return {
    id: p.userId,
    email: p.email,
    displayName: p.displayName,
    role: p.role,
    parkIds: p.parkIds,
    mustChangePassword: p.mustChangePassword,
  };
}

export const identityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/auth/me',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'The signed-in user (or null) and a CSRF token',
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => ({
      user: request.principal ? presentUser(request.principal) : null,
      csrfToken: reply.csrfToken(),
    }),
  );

  app.post(
    '/api/auth/login',
    {
      // Per-IP limit against password guessing; argon2id makes each guess costly too.
      config: { access: ['public'], rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: loginBody,
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const { token, principal } = await login(app.db, request.body.email, request.body.password, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      reply.setSessionCookie(token, SESSION_TTL_MS / 1000);
      return { user: presentUser(principal), csrfToken: reply.csrfToken() };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: ['public'] }, schema: { tags, summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(app.db, token);
      reply.clearSessionCookie();
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: ['admin', 'officer', 'park_manager', 'enterprise'] },
      schema: { tags, summary: 'Change my password', body: changePasswordBody, response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (!request.principal) throw new AppError('UNAUTHENTICATED');
      await changePassword(app.db, request.principal, request.body.currentPassword, request.body.newPassword);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Create a user; a generated one-time password is returned when none is given',
        body: newUserBody,
        response: { 201: createdUserResponse },
      },
    },
    async (request, reply) => {
      const created = await createUser(app.db, request.body, request.principal!);
      return reply
        .code(201)
        .send({ user: presentUser(created.principal), password: created.generatedPassword });
    },
  );

  app.get(
    '/api/org-units',
    {
      config: { access: ['admin', 'officer'] },
      schema: {
        tags,
        summary: 'The zone’s organisational units (招商单位 / 处室), in order, with their member counts',
        response: { 200: z.object({ items: z.array(orgUnitSchema) }) },
      },
    },
    async () => ({ items: await listOrgUnits(app.db) }),
  );

  app.put(
    '/api/org-units/:code',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Create an organisational unit, or rename and reorder it',
        params: orgUnitParam,
        body: orgUnitBody,
        response: { 200: z.null(), 201: z.null() },
      },
    },
    async (request, reply) => {
      const outcome = await putOrgUnit(
        app.db,
        request.principal!,
        request.params.code,
        request.body,
        requestMeta(request),
      );
      return reply.code(outcome === 'created' ? 201 : 200).send(null);
    },
  );

  app.delete(
    '/api/org-units/:code',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary:
          'Remove an organisational unit nobody belongs to and no signed project counts for (else 409)',
        params: orgUnitParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteOrgUnit(app.db, request.principal!, request.params.code, requestMeta(request));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/users/:id/org-unit',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Put a staff member in an organisational unit (null: in none)',
        params: idParam,
        body: userOrgUnitBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setUserOrgUnit(
        app.db,
        request.principal!,
        request.params.id,
        request.body.orgUnit,
        requestMeta(request),
      );
      return reply.code(204).send(null);
    },
  );
};
