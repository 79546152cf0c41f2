import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { LOCALES, type Locale } from '@xianfeng/shared/domain';
import { pickLocale } from '@xianfeng/shared/i18n';
import type { Config } from './config';
import { registerErrorHandler } from './core/error-handler';
import { DomainError } from './core/errors';
import { type Deps, LOCALE_COOKIE, SESSION_COOKIE } from './core/http';
import type { Database } from './db/client';
import { authRoutes, authenticate, loadActor } from './modules/accounts';
import { auditRoutes } from './modules/audit';
import { orgsRoutes } from './modules/orgs';
import { registerModuleRoutes } from './routes';

export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface AppOptions {
  database: Database;
  config: Config;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp({ database, config, logger = false }: AppOptions) {
  const app = Fastify({ logger, trustProxy: true, genReqId: () => crypto.randomUUID() });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const deps: Deps = { database, config };

  app.decorateRequest('actor', null);
  app.decorateRequest('me', null);
  app.decorateRequest('locale', 'zh-CN');

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '先锋 Xianfeng API', description: 'Party-building work platform', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  registerErrorHandler(app);

  // authenticate → (route) validate → authorise in the service → respond.
  app.addHook('onRequest', async (request) => {
    const cookieLocale = request.cookies[LOCALE_COOKIE];
    request.locale = LOCALES.includes(cookieLocale as Locale) ? (cookieLocale as Locale) : pickLocale(request.headers['accept-language']);
    if (!request.url.startsWith('/api/') || request.routeOptions.config?.public || request.url.startsWith('/api/docs')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new DomainError(401, 'UNAUTHENTICATED', 'error.unauthenticated');
    const accountId = await authenticate(database.db, token, config.sessionIdleMinutes);
    const { actor, me } = await loadActor(database.db, accountId, config.timeZone);
    request.actor = actor;
    request.me = me;
  });

  app.get('/api/health', { config: { public: true } }, async (_req, reply) => {
    await database.db.execute(sql`select 1`);
    return reply.send({ status: 'ok', database: database.kind });
  });

  await app.register(
    async (api) => {
      await api.register(authRoutes(deps));
      await api.register(orgsRoutes(deps));
      await api.register(auditRoutes(deps));
      await registerModuleRoutes(api, deps);
    },
    { prefix: '/api' },
  );

  await registerWeb(app);
  return app;
}

/** The built single-page app, with index.html for client-side routes. */
async function registerWeb(app: FastifyInstance) {
  const hasWeb = existsSync(path.join(webDistDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDistDir, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (request.method === 'GET' && hasWeb && !url.startsWith('/api/') && !url.startsWith('/assets/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'NOT_FOUND', message: 'Not found', requestId: String(request.id) });
  });
}
