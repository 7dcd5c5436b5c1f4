import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../core/auth/auth-plugin.js';
import type { Principal } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors/index.js';
import { changePassword, createUser, login, logout, SESSION_TTL_MS } from './identity.js';
import {
  changePasswordBody,
  createdUserResponse,
  loginBody,
  newUserBody,
  sessionResponse,
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
};
