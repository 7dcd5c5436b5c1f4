import fastifyCookie from '@fastify/cookie';
import CsrfTokens from '@fastify/csrf';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors/index.js';
import { type Audience, isAllowed, type Principal } from './roles.js';

export const SESSION_COOKIE = 'mz_session';
const CSRF_SECRET_COOKIE = 'mz_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route. Required on every route: a route without it answers 403 to everyone. */
    access?: readonly Audience[];
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyReply {
    /** A CSRF token for the caller's secret (creating the secret cookie when missing). */
    csrfToken(): string;
    setSessionCookie(token: string, maxAgeSeconds: number): void;
    clearSessionCookie(): void;
  }
}

export type AuthPluginOptions = {
  /** Resolves a session cookie token to its user, or null when unknown or expired. */
  loadPrincipal(token: string): Promise<Principal | null>;
  /** Signs the CSRF secret cookie. */
  cookieSecret: string;
};

// Secure: 'auto' marks cookies Secure when the request came over TLS (directly or via a trusted proxy).
const cookieBase = { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto' } as const;

/**
 * Authentication and authorisation for every route: reads the session cookie, enforces the route's
 * declared audience, and requires a CSRF token (synchroniser token, secret in a signed httpOnly
 * cookie) on writes made with a session cookie.
 */
async function authPlugin(app: FastifyInstance, options: AuthPluginOptions) {
  // Without userInfo the constructor returns the simple variant; its typings pick the other overload.
  const tokens = new CsrfTokens() as unknown as {
    secretSync(): string;
    create(secret: string): string;
    verify(secret: string, token: string): boolean;
  };
  await app.register(fastifyCookie, { secret: options.cookieSecret });
  app.decorateRequest('principal', null);

  app.decorateReply('csrfToken', function csrfToken(this: FastifyReply) {
    const existing = readCsrfSecret(this.request);
    if (existing) return tokens.create(existing);
    const secret = tokens.secretSync();
    this.setCookie(CSRF_SECRET_COOKIE, secret, { ...cookieBase, signed: true });
    return tokens.create(secret);
  });
  app.decorateReply(
    'setSessionCookie',
    function setSessionCookie(this: FastifyReply, token: string, maxAge: number) {
      this.setCookie(SESSION_COOKIE, token, { ...cookieBase, maxAge });
    },
  );
  app.decorateReply('clearSessionCookie', function clearSessionCookie(this: FastifyReply) {
    this.clearCookie(SESSION_COOKIE, cookieBase);
  });

  // onRequest, before body parsing and validation: an anonymous caller learns nothing from a write route
  // (not even which fields it wants), and a forged request is refused before any work is done.
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.principal = token ? await options.loadPrincipal(token) : null;
    // The not-found handler answers for paths that are no route at all.
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    // Fail closed: a route that forgot to declare its audience is callable by nobody.
    if (!access || access.length === 0) throw new AppError('FORBIDDEN');
    if (!isAllowed(access, request.principal)) {
      throw new AppError(request.principal ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
    if (needsCsrfCheck(request)) {
      const secret = readCsrfSecret(request);
      const csrf = request.headers[CSRF_HEADER];
      if (!secret || typeof csrf !== 'string' || !tokens.verify(secret, csrf))
        throw new AppError('CSRF_INVALID');
    }
  });
}

function readCsrfSecret(request: FastifyRequest): string | null {
  const raw = request.cookies[CSRF_SECRET_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : null;
}

/** Only requests that carry a session cookie can be forged cross-site with the user's authority. */
function needsCsrfCheck(request: FastifyRequest): boolean {
  return !SAFE_METHODS.has(request.method) && Boolean(request.cookies[SESSION_COOKIE]);
}

export default fp(authPlugin, { name: 'medzone-auth' });
