import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import authPlugin from '../core/auth/auth-plugin.js';
import type { Audience } from '../core/auth/roles.js';
import type { Database } from '../core/db/db.js';
import '../core/db/fastify-db.js';
import { langFromAcceptLanguage } from '../core/errors/index.js';
import { analyticsRoutes } from '../modules/analytics/index.js';
import { chainRoutes } from '../modules/chain/index.js';
import { enterpriseRoutes } from '../modules/enterprises/index.js';
import { identityRoutes, loadPrincipal } from '../modules/identity/index.js';
import { inboxRoutes } from '../modules/inbox/index.js';
import { leadRoutes } from '../modules/leads/index.js';
import { matchingRoutes } from '../modules/matching/index.js';
import { pipelineRoutes } from '../modules/pipeline/index.js';
import { policyRoutes } from '../modules/policies/index.js';
import { portalRoutes } from '../modules/portal/index.js';
import { searchRoutes } from '../modules/search/index.js';
import { spaceRoutes } from '../modules/space/index.js';
import { spaceIoRoutes } from '../modules/space-io/index.js';
import { targetRoutes } from '../modules/targets/index.js';
import { errorBody, handleError } from './error-handler.js';
import { healthRoutes } from './health-routes.js';

export const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export type AppOptions = {
  database: Database;
  /** Signs the CSRF cookie; persisted per installation (see startup). */
  cookieSecret: string;
  logLevel?: string;
  trustProxy?: boolean;
  /** Built web app to serve; skipped when the folder has no index.html. */
  webRoot?: string;
};

export type RegisteredRoute = { method: string; url: string; access: readonly Audience[] | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with the audience it declared (walked by the access test). */
    registeredRoutes: RegisteredRoute[];
  }
}

// Routes added by third-party plugins (OpenAPI UI, static files) declare no audience of their own:
// they are public by nature, and are listed here — the one place such an exception is made.
function isPublicPluginRoute(url: string): boolean {
  return url === '/docs' || url.startsWith('/docs/') || url === '/*';
}

function declarePluginRoutes(route: RouteOptions) {
  const config = (route.config ?? {}) as { access?: readonly Audience[] };
  if (!config.access && isPublicPluginRoute(route.url)) {
    route.config = { ...config, access: ['public'] } as RouteOptions['config'];
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    // Ids from the client are never trusted; every request gets its own for the audit log.
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorate('db', options.database.db);
  app.decorate('database', options.database);
  app.decorate('registeredRoutes', [] as RegisteredRoute[]);
  app.addHook('onRoute', (route) => {
    declarePluginRoutes(route);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = (route.config as { access?: readonly Audience[] } | undefined)?.access;
    for (const method of methods) app.registeredRoutes.push({ method, url: route.url, access });
  });

  await app.register(fastifyRateLimit, { global: false });
  await app.register(authPlugin, {
    cookieSecret: options.cookieSecret,
    loadPrincipal: (token) => loadPrincipal(options.database.db, token),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'MedZone API',
        description:
          '生物医药园区招商与产业服务平台 — investment promotion and industry services for biomedical zones',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'mz_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { config: { access: ['public'] }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(healthRoutes);
  await app.register(identityRoutes);
  await app.register(spaceRoutes);
  await app.register(spaceIoRoutes);
  await app.register(portalRoutes);
  await app.register(leadRoutes);
  await app.register(pipelineRoutes);
  await app.register(matchingRoutes);
  await app.register(policyRoutes);
  await app.register(enterpriseRoutes);
  await app.register(inboxRoutes);
  await app.register(chainRoutes);
  await app.register(targetRoutes);
  await app.register(searchRoutes);
  await app.register(analyticsRoutes);

  const webRoot = options.webRoot ?? defaultWebRoot;
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const lang = langFromAcceptLanguage(request.headers['accept-language']);
    // Client-side routes (/parks/3, /login) get the app shell; unknown API paths a 404 in the catalogue's shape.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send(errorBody('ROUTE_NOT_FOUND', lang));
  });
  return app;
}
